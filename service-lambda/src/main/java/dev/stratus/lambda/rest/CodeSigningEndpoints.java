package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.signing.CodeSigningChange;
import dev.stratus.lambda.signing.CodeSigningConfig;
import dev.stratus.lambda.signing.CodeSigningConfigs;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** Code signing configs, and the one each function is attached to. */
@Singleton
public class CodeSigningEndpoints implements LambdaRoutes {

    private static final String CONFIGS = "/2020-04-22/code-signing-configs";
    private static final String CONFIG = CONFIGS + "/{CodeSigningConfigArn}";
    private static final String FUNCTION_CONFIG = "/2020-06-30/functions/{FunctionName}/code-signing-config";

    private final CodeSigningConfigs configs;

    @Inject
    public CodeSigningEndpoints(CodeSigningConfigs configs) {
        this.configs = configs;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("POST", CONFIGS, "CreateCodeSigningConfig", this::create)
                .route("GET", CONFIGS, "ListCodeSigningConfigs", this::list)
                .route("GET", CONFIG, "GetCodeSigningConfig", this::get)
                .route("PUT", CONFIG, "UpdateCodeSigningConfig", this::update)
                .route("DELETE", CONFIG, "DeleteCodeSigningConfig", this::delete)
                .route("GET", CONFIG + "/functions", "ListFunctionsByCodeSigningConfig", this::listFunctions)
                .route("PUT", FUNCTION_CONFIG, "PutFunctionCodeSigningConfig", this::putFunctionConfig)
                .route("GET", FUNCTION_CONFIG, "GetFunctionCodeSigningConfig", this::getFunctionConfig)
                .route("DELETE", FUNCTION_CONFIG, "DeleteFunctionCodeSigningConfig", this::deleteFunctionConfig);
    }

    private ServiceResponse create(RestRequest request) {
        JsonNode body = request.json();
        Map<String, String> tags = JsonMembers.stringMap(body, "Tags");
        CodeSigningConfig created = configs.create(request.context(), change(body), tags == null ? Map.of() : tags);
        return respond(request, 201, created);
    }

    private ServiceResponse get(RestRequest request) {
        return respond(request, 200, configs.get(request.context(), request.pathParam("CodeSigningConfigArn")));
    }

    private ServiceResponse update(RestRequest request) {
        CodeSigningConfig updated = configs.update(request.context(), request.pathParam("CodeSigningConfigArn"),
                change(request.json()));
        return respond(request, 200, updated);
    }

    private ServiceResponse delete(RestRequest request) {
        configs.delete(request.context(), request.pathParam("CodeSigningConfigArn"));
        return ServiceResponse.empty(204);
    }

    private ServiceResponse list(RestRequest request) {
        Paging<CodeSigningConfig> page = Paging.of(request, configs.list(request.context()), CodeSigningConfig::id);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("CodeSigningConfigs");
        page.items().forEach(config -> items.add(json(request, config)));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private ServiceResponse listFunctions(RestRequest request) {
        Paging<String> page = Paging.of(request,
                configs.functionsUsing(request.context(), request.pathParam("CodeSigningConfigArn")), arn -> arn);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("FunctionArns");
        page.items().forEach(items::add);
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private ServiceResponse putFunctionConfig(RestRequest request) {
        String arn = JsonMembers.text(request.json(), "CodeSigningConfigArn");
        if (arn == null) {
            throw LambdaErrors.validation("null", "codeSigningConfigArn", "Member must not be null");
        }
        CodeSigningConfigs.checkArn(arn);
        FunctionArn function = FunctionEndpoints.target(request);
        configs.attach(function, arn, request.context());
        return request.respond(200, request.mapper().createObjectNode()
                .put("CodeSigningConfigArn", arn).put("FunctionName", function.functionName()));
    }

    /** A function without a configuration answers an empty structure, as AWS does. */
    private ServiceResponse getFunctionConfig(RestRequest request) {
        FunctionArn function = FunctionEndpoints.target(request);
        ObjectNode response = request.mapper().createObjectNode();
        configs.attached(function).ifPresent(arn -> response.put("CodeSigningConfigArn", arn)
                .put("FunctionName", function.functionName()));
        return request.respond(200, response);
    }

    private ServiceResponse deleteFunctionConfig(RestRequest request) {
        configs.detach(FunctionEndpoints.target(request));
        return ServiceResponse.empty(204);
    }

    private static CodeSigningChange change(JsonNode body) {
        JsonNode publishers = JsonMembers.object(body, "AllowedPublishers");
        JsonNode policies = JsonMembers.object(body, "CodeSigningPolicies");
        return new CodeSigningChange(JsonMembers.text(body, "Description"),
                JsonMembers.strings(publishers, "SigningProfileVersionArns"),
                JsonMembers.text(policies, "UntrustedArtifactOnDeployment"));
    }

    private static ServiceResponse respond(RestRequest request, int status, CodeSigningConfig config) {
        ObjectNode response = request.mapper().createObjectNode();
        response.set("CodeSigningConfig", json(request, config));
        return request.respond(status, response);
    }

    private static ObjectNode json(RestRequest request, CodeSigningConfig config) {
        ObjectNode json = request.mapper().createObjectNode();
        json.put("CodeSigningConfigId", config.id());
        json.put("CodeSigningConfigArn", config.arn());
        json.put("Description", config.description());
        ArrayNode arns = json.putObject("AllowedPublishers").putArray("SigningProfileVersionArns");
        config.signingProfileVersionArns().forEach(arns::add);
        json.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", config.untrustedArtifactOnDeployment());
        json.put("LastModified", config.lastModified());
        return json;
    }
}
