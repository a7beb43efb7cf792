package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.settings.ProvisionedConcurrency;
import dev.stratus.lambda.settings.ProvisionedConcurrencyConfig;
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
                JsonMembers.integer(request.json(), "ProvisionedConcurrentExecutions"));
        ObjectNode response = request.mapper().createObjectNode();
        response.put("RequestedProvisionedConcurrentExecutions", config.requested());
        response.put("AvailableProvisionedConcurrentExecutions", 0);
        response.put("AllocatedProvisionedConcurrentExecutions", 0);
        response.put("Status", "IN_PROGRESS");
        response.put("LastModified", config.lastModified());
        return request.respond(202, response);
    }

    /** ListProvisionedConcurrencyConfigs shares the path, told apart by its {@code List=ALL} query parameter. */
    private ServiceResponse getOrList(RestRequest request) {
        if (request.query("List").isPresent()) {
            return list(request);
        }
        return request.respond(200, ready(request, provisioned.get(FunctionEndpoints.target(request))));
    }

    private ServiceResponse delete(RestRequest request) {
        provisioned.delete(FunctionEndpoints.target(request));
        return ServiceResponse.empty(204);
    }

    private ServiceResponse list(RestRequest request) {
        FunctionArn function = FunctionEndpoints.target(request);
        Paging<ProvisionedConcurrencyConfig> page = Paging.of(request, provisioned.list(function),
                ProvisionedConcurrencyConfig::qualifier);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("ProvisionedConcurrencyConfigs");
        page.items().forEach(config -> items.add(ready(request, config)
                .put("FunctionArn", function.unqualified().qualified(config.qualifier()).toString())));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private static ObjectNode ready(RestRequest request, ProvisionedConcurrencyConfig config) {
        ObjectNode json = request.mapper().createObjectNode();
        json.put("RequestedProvisionedConcurrentExecutions", config.requested());
        json.put("AvailableProvisionedConcurrentExecutions", config.requested());
        json.put("AllocatedProvisionedConcurrentExecutions", config.requested());
        json.put("Status", "READY");
        json.put("LastModified", config.lastModified());
        return json;
    }
}
