package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.ConfigurationChange;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.function.FunctionRecord;
import dev.stratus.lambda.function.FunctionSnapshot;
import dev.stratus.lambda.function.Functions;
import dev.stratus.lambda.layer.Layers;
import dev.stratus.lambda.signing.CodeSigningConfigs;
import dev.stratus.lambda.url.FunctionUrls;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The function and version operations of the Lambda API. */
@Singleton
public class FunctionEndpoints implements LambdaRoutes {

    private static final String FUNCTIONS = "/2015-03-31/functions";
    private static final String FUNCTION = FUNCTIONS + "/{FunctionName}";
    private static final int MAX_NAME_LENGTH = 64;

    private final Functions functions;
    private final CodeSigningConfigs codeSigning;
    private final FunctionJson json;
    private final StratusEndpoint endpoint;
    private final Layers layers;
    private final FunctionUrls urls;

    @Inject
    public FunctionEndpoints(Functions functions, CodeSigningConfigs codeSigning, FunctionJson json,
                             StratusEndpoint endpoint, Layers layers, FunctionUrls urls) {
        this.functions = functions;
        this.codeSigning = codeSigning;
        this.json = json;
        this.endpoint = endpoint;
        this.layers = layers;
        this.urls = urls;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("POST", FUNCTIONS, "CreateFunction", this::createFunction)
                .route("GET", FUNCTIONS, "ListFunctions", this::listFunctions)
                .route("GET", FUNCTION, "GetFunction", this::getFunction)
                .route("DELETE", FUNCTION, "DeleteFunction", this::deleteFunction)
                .route("GET", FUNCTION + "/configuration", "GetFunctionConfiguration", this::getFunctionConfiguration)
                .route("PUT", FUNCTION + "/configuration", "UpdateFunctionConfiguration", this::updateFunctionConfiguration)
                .route("PUT", FUNCTION + "/code", "UpdateFunctionCode", this::updateFunctionCode)
                .route("POST", FUNCTION + "/versions", "PublishVersion", this::publishVersion)
                .route("GET", FUNCTION + "/versions", "ListVersionsByFunction", this::listVersionsByFunction);
    }

    /** The function a request's path (and {@code Qualifier} query parameter) names. */
    static FunctionArn target(RestRequest request) {
        RequestContext context = request.context();
        return FunctionLocator.locate(request.pathParam("FunctionName"), request.query("Qualifier").orElse(null),
                context.accountId(), context.region());
    }

    private ServiceResponse createFunction(RestRequest request) {
        ZipUpload.checkRequestSize(request);
        JsonNode body = request.json();
        String name = JsonMembers.text(body, "FunctionName");
        if (name == null) {
            throw LambdaErrors.validation("null", "functionName", "Member must not be null");
        }
        RequestContext context = request.context();
        FunctionArn arn = FunctionLocator.locate(name, null, context.accountId(), context.region());
        if (arn.isQualified()) {
            throw LambdaErrors.validation("'" + name + "'", "functionName",
                    "Member must satisfy regular expression pattern: "
                            + "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)");
        }
        if (arn.functionName().length() > MAX_NAME_LENGTH) {
            throw LambdaErrors.validation("'" + name + "'", "functionName",
                    "Member must have length less than or equal to " + MAX_NAME_LENGTH);
        }
        String packageType = JsonMembers.text(body, "PackageType");
        if (packageType != null && !packageType.equals("Zip")) {
            throw LambdaErrors.invalidParameter("Stratus runs functions from zip packages only; PackageType "
                    + packageType + " is not available.");
        }
        Map<String, String> tags = JsonMembers.stringMap(body, "Tags");
        String codeSigningConfig = JsonMembers.text(body, "CodeSigningConfigArn");
        if (codeSigningConfig != null) {
            codeSigning.requireAttachable(context, codeSigningConfig);
        }
        FunctionSnapshot created = functions.create(arn, configurationChange(body), ZipUpload.zipOf(JsonMembers.object(body, "Code")),
                JsonMembers.flag(body, "Publish"), tags == null ? Map.of() : tags);
        if (codeSigningConfig != null) {
            codeSigning.attach(arn, codeSigningConfig, context);
        }
        return request.respond(201, json.configuration(created));
    }

    private ServiceResponse listFunctions(RestRequest request) {
        RequestContext context = request.context();
        boolean allVersions = request.query("FunctionVersion").map("ALL"::equals).orElse(false);
        List<FunctionSnapshot> all = functions.list(context.accountId(), context.region());
        if (allVersions) {
            all = all.stream().flatMap(latest -> functions.versions(latest.arn()).stream()).toList();
        }
        Paging<FunctionSnapshot> page = Paging.of(request, all, snapshot -> snapshot.arn().unqualified()
                .qualified(snapshot.version().version()).toString());
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("Functions");
        page.items().forEach(snapshot -> items.add(json.configuration(snapshot)));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private ServiceResponse getFunction(RestRequest request) {
        FunctionArn arn = target(request);
        FunctionSnapshot snapshot = functions.get(arn);
        FunctionRecord function = functions.function(arn);
        ObjectNode response = request.mapper().createObjectNode();
        response.set("Configuration", json.configuration(snapshot));
        ObjectNode code = response.putObject("Code");
        code.put("RepositoryType", "S3");
        code.put("Location", CodeDownloadEndpoint.location(endpoint, snapshot.version().codeSha256()));
        if (!function.tags().isEmpty()) {
            response.set("Tags", request.mapper().valueToTree(function.tags()));
        }
        if (function.reservedConcurrency() != null) {
            response.putObject("Concurrency").put("ReservedConcurrentExecutions", function.reservedConcurrency());
        }
        return request.respond(200, response);
    }

    private ServiceResponse getFunctionConfiguration(RestRequest request) {
        return request.respond(200, json.configuration(functions.get(target(request))));
    }

    private ServiceResponse deleteFunction(RestRequest request) {
        FunctionArn arn = target(request);
        functions.delete(arn);
        if (!arn.isQualified()) {
            urls.forget(arn);
        }
        return ServiceResponse.empty(204);
    }

    private ServiceResponse updateFunctionConfiguration(RestRequest request) {
        JsonNode body = request.json();
        FunctionSnapshot updated = functions.updateConfiguration(target(request), configurationChange(body),
                JsonMembers.text(body, "RevisionId"));
        return request.respond(200, json.configuration(updated));
    }

    private ServiceResponse updateFunctionCode(RestRequest request) {
        ZipUpload.checkRequestSize(request);
        JsonNode body = request.json();
        FunctionArn arn = target(request);
        byte[] zip = ZipUpload.zipOf(body);
        if (JsonMembers.flag(body, "DryRun")) {
            return request.respond(200, json.configuration(functions.get(arn)));
        }
        FunctionSnapshot updated = functions.updateCode(arn, zip, JsonMembers.flag(body, "Publish"),
                JsonMembers.text(body, "RevisionId"));
        return request.respond(200, json.configuration(updated));
    }

    private ServiceResponse publishVersion(RestRequest request) {
        JsonNode body = request.json();
        FunctionSnapshot published = functions.publish(target(request), JsonMembers.text(body, "CodeSha256"),
                JsonMembers.text(body, "Description"), JsonMembers.text(body, "RevisionId"));
        return request.respond(201, json.configuration(published));
    }

    private ServiceResponse listVersionsByFunction(RestRequest request) {
        Paging<FunctionSnapshot> page = Paging.of(request, functions.versions(target(request)),
                snapshot -> snapshot.version().version());
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("Versions");
        page.items().forEach(snapshot -> items.add(json.configuration(snapshot)));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private ConfigurationChange configurationChange(JsonNode body) {
        JsonNode environment = JsonMembers.object(body, "Environment");
        Map<String, String> variables = environment == null ? null : JsonMembers.stringMap(environment, "Variables");
        if (environment != null && variables == null) {
            variables = Map.of();
        }
        JsonNode ephemeralStorage = JsonMembers.object(body, "EphemeralStorage");
        JsonNode tracing = JsonMembers.object(body, "TracingConfig");
        JsonNode logging = JsonMembers.object(body, "LoggingConfig");
        List<String> layerArns = JsonMembers.strings(body, "Layers");
        return new ConfigurationChange(
                JsonMembers.text(body, "Description"),
                JsonMembers.text(body, "Runtime"),
                JsonMembers.text(body, "Handler"),
                JsonMembers.text(body, "Role"),
                JsonMembers.integer(body, "Timeout"),
                JsonMembers.integer(body, "MemorySize"),
                variables,
                JsonMembers.strings(body, "Architectures"),
                JsonMembers.integer(ephemeralStorage, "Size"),
                JsonMembers.text(tracing, "Mode"),
                JsonMembers.text(logging, "LogFormat"),
                JsonMembers.text(logging, "LogGroup"),
                layerArns == null ? null : layers.resolve(layerArns));
    }
}
