package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.capacity.CapacityProvider;
import dev.stratus.lambda.capacity.CapacityProviders;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Capacity providers: stored and reported as {@code Active}. No function version runs on one here, so none is
 * listed by ListFunctionVersionsByCapacityProvider.
 */
@Singleton
public class CapacityProviderEndpoints implements LambdaRoutes {

    private static final String PROVIDERS = "/2025-11-30/capacity-providers";
    private static final String PROVIDER = PROVIDERS + "/{CapacityProviderName}";
    private static final List<String> STATES = List.of("Pending", "Active", "Failed", "Deleting");

    private final CapacityProviders providers;

    @Inject
    public CapacityProviderEndpoints(CapacityProviders providers) {
        this.providers = providers;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("POST", PROVIDERS, "CreateCapacityProvider", this::create)
                .route("GET", PROVIDERS, "ListCapacityProviders", this::list)
                .route("GET", PROVIDER, "GetCapacityProvider", this::get)
                .route("PUT", PROVIDER, "UpdateCapacityProvider", this::update)
                .route("DELETE", PROVIDER, "DeleteCapacityProvider", this::delete)
                .route("GET", PROVIDER + "/function-versions", "ListFunctionVersionsByCapacityProvider",
                        this::functionVersions);
    }

    private ServiceResponse create(RestRequest request) {
        JsonNode body = request.json();
        CapacityProvider requested = new CapacityProvider(JsonMembers.text(body, "CapacityProviderName"), null, null,
                JsonMembers.object(body, "VpcConfig"), JsonMembers.object(body, "PermissionsConfig"),
                JsonMembers.object(body, "InstanceRequirements"), JsonMembers.object(body, "CapacityProviderScalingConfig"),
                JsonMembers.text(body, "KmsKeyArn"), null);
        Map<String, String> tags = JsonMembers.stringMap(body, "Tags");
        CapacityProvider created = providers.create(request.context(), requested, tags == null ? Map.of() : tags);
        return respond(request, 202, created, "Active");
    }

    private ServiceResponse get(RestRequest request) {
        return respond(request, 200, providers.get(request.context(), name(request)), "Active");
    }

    private ServiceResponse update(RestRequest request) {
        CapacityProvider updated = providers.updateScaling(request.context(), name(request),
                JsonMembers.object(request.json(), "CapacityProviderScalingConfig"));
        return respond(request, 202, updated, "Active");
    }

    private ServiceResponse delete(RestRequest request) {
        return respond(request, 202, providers.delete(request.context(), name(request)), "Deleting");
    }

    /** Every provider here is {@code Active}: a State filter keeps all of them or none. */
    private ServiceResponse list(RestRequest request) {
        String state = request.query("State").orElse(null);
        if (state != null && !STATES.contains(state)) {
            throw LambdaErrors.validation("'" + state + "'", "state",
                    "Member must satisfy enum value set: [Pending, Active, Failed, Deleting]");
        }
        List<CapacityProvider> all = state == null || state.equals("Active") ? providers.list(request.context()) : List.of();
        Paging<CapacityProvider> page = Paging.of(request, all, CapacityProvider::name);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("CapacityProviders");
        page.items().forEach(provider -> items.add(json(request, provider, "Active")));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private ServiceResponse functionVersions(RestRequest request) {
        CapacityProvider provider = providers.get(request.context(), name(request));
        ObjectNode response = request.mapper().createObjectNode();
        response.put("CapacityProviderArn", provider.arn());
        response.putArray("FunctionVersions");
        return request.respond(200, response);
    }

    private static String name(RestRequest request) {
        return request.pathParam("CapacityProviderName");
    }

    private static ServiceResponse respond(RestRequest request, int status, CapacityProvider provider, String state) {
        ObjectNode response = request.mapper().createObjectNode();
        response.set("CapacityProvider", json(request, provider, state));
        return request.respond(status, response);
    }

    private static ObjectNode json(RestRequest request, CapacityProvider provider, String state) {
        ObjectNode json = request.mapper().createObjectNode();
        json.put("CapacityProviderArn", provider.arn());
        json.put("State", state);
        json.set("VpcConfig", provider.vpcConfig());
        json.set("PermissionsConfig", provider.permissionsConfig());
        if (provider.instanceRequirements() != null) {
            json.set("InstanceRequirements", provider.instanceRequirements());
        }
        if (provider.scalingConfig() != null) {
            json.set("CapacityProviderScalingConfig", provider.scalingConfig());
        }
        if (provider.kmsKeyArn() != null) {
            json.put("KmsKeyArn", provider.kmsKeyArn());
        }
        json.put("LastModified", provider.lastModified());
        return json;
    }
}
