package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.function.Alias;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionSnapshot;
import dev.stratus.lambda.function.FunctionVersion;
import dev.stratus.lambda.function.FunctionVersion.FunctionConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Writes functions and aliases in the shapes Lambda answers with ({@code FunctionConfiguration}, {@code AliasConfiguration}). */
@Singleton
public class FunctionJson {

    private static final String CREATING_REASON = "The function is being created.";

    private final ObjectMapper mapper;

    @Inject
    public FunctionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode configuration(FunctionSnapshot snapshot) {
        FunctionVersion version = snapshot.version();
        FunctionConfiguration configuration = version.configuration();
        ObjectNode json = mapper.createObjectNode();
        json.put("FunctionName", version.functionName());
        json.put("FunctionArn", snapshot.arn().toString());
        json.put("Runtime", configuration.runtime());
        json.put("Role", configuration.role());
        json.put("Handler", configuration.handler());
        json.put("CodeSize", version.codeSize());
        json.put("Description", configuration.description());
        json.put("Timeout", configuration.timeout());
        json.put("MemorySize", configuration.memorySize());
        json.put("LastModified", version.lastModified());
        json.put("CodeSha256", version.codeSha256());
        json.put("Version", version.version());
        if (configuration.environment() != null) {
            json.putObject("Environment").set("Variables", mapper.valueToTree(configuration.environment()));
        }
        json.putObject("TracingConfig").put("Mode", configuration.tracingMode());
        json.put("RevisionId", version.revisionId());
        putStatus(json, snapshot.progress());
        json.put("PackageType", "Zip");
        json.set("Architectures", mapper.valueToTree(configuration.architectures()));
        json.putObject("EphemeralStorage").put("Size", configuration.ephemeralStorage());
        ObjectNode snapStart = json.putObject("SnapStart");
        snapStart.put("ApplyOn", "None");
        snapStart.put("OptimizationStatus", "Off");
        json.putObject("RuntimeVersionConfig").put("RuntimeVersionArn",
                runtimeVersionArn(snapshot.arn(), configuration.runtime()));
        ObjectNode logging = json.putObject("LoggingConfig");
        logging.put("LogFormat", configuration.logFormat());
        logging.put("LogGroup", configuration.logGroup());
        if (!configuration.layers().isEmpty()) {
            ArrayNode layers = json.putArray("Layers");
            configuration.layers().forEach(layer -> layers.addObject()
                    .put("Arn", layer.arn())
                    .put("CodeSize", layer.codeSize()));
        }
        return json;
    }

    public ObjectNode alias(FunctionArn function, Alias alias) {
        ObjectNode json = mapper.createObjectNode();
        json.put("AliasArn", function.qualified(alias.name()).toString());
        json.put("Name", alias.name());
        json.put("FunctionVersion", alias.functionVersion());
        json.put("Description", alias.description());
        if (!alias.additionalVersionWeights().isEmpty()) {
            json.putObject("RoutingConfig").set("AdditionalVersionWeights",
                    mapper.valueToTree(alias.additionalVersionWeights()));
        }
        json.put("RevisionId", alias.revisionId());
        return json;
    }

    public ObjectNode tags(Map<String, String> tags) {
        ObjectNode json = mapper.createObjectNode();
        json.set("Tags", mapper.valueToTree(tags));
        return json;
    }

    private static void putStatus(ObjectNode json, FunctionSnapshot.Progress progress) {
        switch (progress) {
            case CREATING -> {
                json.put("State", "Pending");
                json.put("StateReason", CREATING_REASON);
                json.put("StateReasonCode", "Creating");
            }
            case UPDATING -> {
                json.put("State", "Active");
                json.put("LastUpdateStatus", "InProgress");
                json.put("LastUpdateStatusReason", CREATING_REASON);
                json.put("LastUpdateStatusReasonCode", "Creating");
            }
            case SETTLED -> {
                json.put("State", "Active");
                json.put("LastUpdateStatus", "Successful");
            }
        }
    }

    /** A stable runtime version ARN per runtime, shaped as Lambda's. */
    private static String runtimeVersionArn(FunctionArn arn, String runtime) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(runtime.getBytes(StandardCharsets.UTF_8));
            return "arn:aws:lambda:" + arn.region() + "::runtime:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
