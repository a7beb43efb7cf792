package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.settings.ProvisionedConcurrency;
import dev.stratus.lambda.runtime.Provisioning;
import dev.stratus.lambda.settings.ProvisionedConcurrencyConfig;
import dev.stratus.lambda.settings.ProvisionedConcurrencyState;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Put, Get, Delete and ListProvisionedConcurrencyConfigs. */
@Singleton
public class ProvisionedConcurrencyEndpoints implements LambdaRoutes {

    private static final String PROVISIONED = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency";

    private final ProvisionedConcurrency provisioned;

    @Inject
    public ProvisionedConcurrencyEndpoints(ProvisionedConcurrency provisioned) {
        this.provisioned = provisioned;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("PUT", PROVISIONED, "PutProvisionedConcurrencyConfig", this::put)
                .route("GET", PROVISIONED, "GetProvisionedConcurrencyConfig", this::getOrList)
                .route("DELETE", PROVISIONED, "DeleteProvisionedConcurrencyConfig", this::delete);
    }

    /** A new config is being allocated: nothing is available yet. */
    private ServiceResponse put(RestRequest request) {
        ProvisionedConcurrencyConfig config = provisioned.put(FunctionEndpoints.target(request),
                JsonMembers.integer(request.json(), "ProvisionedConcurrentExecutions")).config();
        ObjectNode response = request.mapper().createObjectNode();
        response.put("RequestedProvisionedConcurrentExecutions", config.requested());
        response.put("AvailableProvisionedConcurrentExecutions", 0);
        response.put("AllocatedProvisionedConcurrentExecutions", 0);
        response.put("Status", Provisioning.Status.IN_PROGRESS.name());
        response.put("LastModified", config.lastModified());
        return request.respond(202, response);
    }

    /** ListProvisionedConcurrencyConfigs shares the path, told apart by its {@code List=ALL} query parameter. */
    private ServiceResponse getOrList(RestRequest request) {
        if (request.query("List").isPresent()) {
            return list(request);
        }
        return request.respond(200, render(request, provisioned.get(FunctionEndpoints.target(request))));
    }

    private ServiceResponse delete(RestRequest request) {
        provisioned.delete(FunctionEndpoints.target(request));
        return ServiceResponse.empty(204);
    }

    private ServiceResponse list(RestRequest request) {
        FunctionArn function = FunctionEndpoints.target(request);
        Paging<ProvisionedConcurrencyState> page = Paging.of(request, provisioned.list(function),
                state -> state.config().qualifier());
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("ProvisionedConcurrencyConfigs");
        page.items().forEach(state -> items.add(render(request, state)
                .put("FunctionArn", function.unqualified().qualified(state.config().qualifier()).toString())));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private static ObjectNode render(RestRequest request, ProvisionedConcurrencyState state) {
        ProvisionedConcurrencyConfig config = state.config();
        Provisioning provisioning = state.provisioning();
        ObjectNode json = request.mapper().createObjectNode();
        json.put("RequestedProvisionedConcurrentExecutions", config.requested());
        json.put("AvailableProvisionedConcurrentExecutions", provisioning.allocated());
        json.put("AllocatedProvisionedConcurrentExecutions", provisioning.allocated());
        json.put("Status", provisioning.status().name());
        if (provisioning.statusReason() != null) {
            json.put("StatusReason", provisioning.statusReason());
        }
        json.put("LastModified", config.lastModified());
        return json;
    }
}
