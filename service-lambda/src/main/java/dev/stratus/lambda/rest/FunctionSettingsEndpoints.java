package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.settings.FunctionSettings;
import dev.stratus.lambda.settings.RuntimeManagementConfig;
import dev.stratus.lambda.settings.ScalingConfig;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Runtime management, recursive loop detection and scaling configs of functions. */
@Singleton
public class FunctionSettingsEndpoints implements LambdaRoutes {

    private static final String RUNTIME_MANAGEMENT = "/2021-07-20/functions/{FunctionName}/runtime-management-config";
    private static final String RECURSION = "/2024-08-31/functions/{FunctionName}/recursion-config";
    private static final String SCALING = "/2025-11-30/functions/{FunctionName}/function-scaling-config";

    private final FunctionSettings settings;

    @Inject
    public FunctionSettingsEndpoints(FunctionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("PUT", RUNTIME_MANAGEMENT, "PutRuntimeManagementConfig", this::putRuntimeManagement)
                .route("GET", RUNTIME_MANAGEMENT, "GetRuntimeManagementConfig", this::getRuntimeManagement)
                .route("PUT", RECURSION, "PutFunctionRecursionConfig", this::putRecursion)
                .route("GET", RECURSION, "GetFunctionRecursionConfig", this::getRecursion)
                .route("PUT", SCALING, "PutFunctionScalingConfig", this::putScaling)
                .route("GET", SCALING, "GetFunctionScalingConfig", this::getScaling);
    }

    /** Put answers the version's ARN, {@code $LATEST} included. */
    private ServiceResponse putRuntimeManagement(RestRequest request) {
        JsonNode body = request.json();
        FunctionArn target = FunctionEndpoints.target(request);
        RuntimeManagementConfig config = settings.putRuntimeManagement(target, new RuntimeManagementConfig(
                JsonMembers.text(body, "UpdateRuntimeOn"), JsonMembers.text(body, "RuntimeVersionArn")));
        return request.respond(200, runtimeManagement(request, config, settings.versionArn(target)));
    }

    /** Get answers the ARN as the caller named the function. */
    private ServiceResponse getRuntimeManagement(RestRequest request) {
        FunctionArn target = FunctionEndpoints.target(request);
        return request.respond(200, runtimeManagement(request, settings.runtimeManagement(target), target));
    }

    private ServiceResponse putRecursion(RestRequest request) {
        String loop = settings.putRecursiveLoop(FunctionEndpoints.target(request),
                JsonMembers.text(request.json(), "RecursiveLoop"));
        return request.respond(200, request.mapper().createObjectNode().put("RecursiveLoop", loop));
    }

    private ServiceResponse getRecursion(RestRequest request) {
        return request.respond(200, request.mapper().createObjectNode()
                .put("RecursiveLoop", settings.recursiveLoop(FunctionEndpoints.target(request))));
    }

    private ServiceResponse putScaling(RestRequest request) {
        JsonNode config = JsonMembers.object(request.json(), "FunctionScalingConfig");
        settings.putScaling(FunctionEndpoints.target(request), new ScalingConfig(
                JsonMembers.integer(config, "MinExecutionEnvironments"),
                JsonMembers.integer(config, "MaxExecutionEnvironments")));
        return request.respond(202, request.mapper().createObjectNode().put("FunctionState", "Active"));
    }

    private ServiceResponse getScaling(RestRequest request) {
        FunctionArn target = FunctionEndpoints.target(request);
        ScalingConfig config = settings.scaling(target);
        ObjectNode response = request.mapper().createObjectNode();
        response.put("FunctionArn", target.toString());
        if (config != null) {
            response.set("AppliedFunctionScalingConfig", scaling(request, config));
            response.set("RequestedFunctionScalingConfig", scaling(request, config));
        }
        return request.respond(200, response);
    }

    private static ObjectNode runtimeManagement(RestRequest request, RuntimeManagementConfig config, FunctionArn arn) {
        ObjectNode response = request.mapper().createObjectNode();
        response.put("UpdateRuntimeOn", config.updateRuntimeOn());
        response.put("FunctionArn", arn.toString());
        if (config.runtimeVersionArn() != null) {
            response.put("RuntimeVersionArn", config.runtimeVersionArn());
        }
        return response;
    }

    private static ObjectNode scaling(RestRequest request, ScalingConfig config) {
        ObjectNode json = request.mapper().createObjectNode();
        if (config.minExecutionEnvironments() != null) {
            json.put("MinExecutionEnvironments", config.minExecutionEnvironments());
        }
        if (config.maxExecutionEnvironments() != null) {
            json.put("MaxExecutionEnvironments", config.maxExecutionEnvironments());
        }
        return json;
    }
}
