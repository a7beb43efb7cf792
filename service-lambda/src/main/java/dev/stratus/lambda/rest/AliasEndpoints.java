package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.Alias;
import dev.stratus.lambda.function.Aliases;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The alias operations of the Lambda API. */
@Singleton
public class AliasEndpoints implements LambdaRoutes {

    private static final String ALIASES = "/2015-03-31/functions/{FunctionName}/aliases";

    private final Aliases aliases;
    private final FunctionJson json;

    @Inject
    public AliasEndpoints(Aliases aliases, FunctionJson json) {
        this.aliases = aliases;
        this.json = json;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("POST", ALIASES, "CreateAlias", this::createAlias)
                .route("GET", ALIASES, "ListAliases", this::listAliases)
                .route("GET", ALIASES + "/{Name}", "GetAlias", this::getAlias)
                .route("PUT", ALIASES + "/{Name}", "UpdateAlias", this::updateAlias)
                .route("DELETE", ALIASES + "/{Name}", "DeleteAlias", this::deleteAlias);
    }

    private ServiceResponse createAlias(RestRequest request) {
        FunctionArn function = function(request);
        JsonNode body = request.json();
        String name = required(body, "Name", "name");
        String version = required(body, "FunctionVersion", "functionVersion");
        Alias alias = aliases.create(function, name, version, JsonMembers.text(body, "Description"), weights(body));
        return request.respond(201, json.alias(function, alias));
    }

    private ServiceResponse getAlias(RestRequest request) {
        FunctionArn function = function(request);
        return request.respond(200, json.alias(function, aliases.get(function, request.pathParam("Name"))));
    }

    private ServiceResponse listAliases(RestRequest request) {
        FunctionArn function = function(request);
        Paging<Alias> page = Paging.of(request, aliases.list(function, request.query("FunctionVersion").orElse(null)),
                Alias::name);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("Aliases");
        page.items().forEach(alias -> items.add(json.alias(function, alias)));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private ServiceResponse updateAlias(RestRequest request) {
        FunctionArn function = function(request);
        JsonNode body = request.json();
        Alias alias = aliases.update(function, request.pathParam("Name"), JsonMembers.text(body, "FunctionVersion"),
                JsonMembers.text(body, "Description"), weights(body), JsonMembers.text(body, "RevisionId"));
        return request.respond(200, json.alias(function, alias));
    }

    private ServiceResponse deleteAlias(RestRequest request) {
        aliases.delete(function(request), request.pathParam("Name"));
        return ServiceResponse.empty(204);
    }

    private static FunctionArn function(RestRequest request) {
        return FunctionEndpoints.target(request).unqualified();
    }

    private static Map<String, Double> weights(JsonNode body) {
        JsonNode routing = JsonMembers.object(body, "RoutingConfig");
        return routing == null ? null : JsonMembers.numberMap(routing, "AdditionalVersionWeights");
    }

    private static String required(JsonNode body, String member, String wireName) {
        String value = JsonMembers.text(body, member);
        if (value == null) {
            throw LambdaErrors.validation("null", wireName, "Member must not be null");
        }
        return value;
    }
}
