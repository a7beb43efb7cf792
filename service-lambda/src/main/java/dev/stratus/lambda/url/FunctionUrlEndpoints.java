package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.rest.Paging;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/** CreateFunctionUrlConfig, GetFunctionUrlConfig, UpdateFunctionUrlConfig, DeleteFunctionUrlConfig, ListFunctionUrlConfigs. */
@Singleton
public class FunctionUrlEndpoints implements LambdaRoutes {

    private static final String URL = "/2021-10-31/functions/{FunctionName}/url";
    private static final String QUALIFIER_PATTERN = "((?!^\\d+$)^[0-9a-zA-Z-_]+$)";
    private static final Pattern QUALIFIER = Pattern.compile(QUALIFIER_PATTERN);
    private static final List<String> AUTH_TYPES = List.of("NONE", "AWS_IAM");
    private static final List<String> INVOKE_MODES = List.of("BUFFERED", "RESPONSE_STREAM");
    /** The most URL configs a ListFunctionUrlConfigs page holds. */
    private static final int MAX_ITEMS = 50;

    private final FunctionUrls urls;
    private final StratusEndpoint endpoint;

    @Inject
    public FunctionUrlEndpoints(FunctionUrls urls, StratusEndpoint endpoint) {
        this.urls = urls;
        this.endpoint = endpoint;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("POST", URL, "CreateFunctionUrlConfig", this::create)
                .route("GET", URL, "GetFunctionUrlConfig", this::get)
                .route("PUT", URL, "UpdateFunctionUrlConfig", this::update)
                .route("DELETE", URL, "DeleteFunctionUrlConfig", this::delete)
                .route("GET", "/2021-10-31/functions/{FunctionName}/urls", "ListFunctionUrlConfigs", this::list);
    }

    private ServiceResponse create(RestRequest request) {
        JsonNode body = request.json();
        String authType = enumMember(body, "AuthType", "authType", AUTH_TYPES);
        if (authType == null) {
            throw LambdaErrors.validation("null", "authType", "Member must not be null");
        }
        FunctionUrlConfig config = urls.create(target(request), authType, cors(body),
                orDefault(enumMember(body, "InvokeMode", "invokeMode", INVOKE_MODES), "BUFFERED"));
        ObjectNode response = render(request, config);
        response.remove("LastModifiedTime");
        return request.respond(201, response);
    }

    private ServiceResponse get(RestRequest request) {
        return request.respond(200, render(request, urls.get(target(request))));
    }

    private ServiceResponse update(RestRequest request) {
        JsonNode body = request.json();
        FunctionUrlConfig config = urls.update(target(request), enumMember(body, "AuthType", "authType", AUTH_TYPES),
                body.has("Cors") ? cors(body) : null, enumMember(body, "InvokeMode", "invokeMode", INVOKE_MODES));
        return request.respond(200, render(request, config));
    }

    private ServiceResponse delete(RestRequest request) {
        urls.delete(target(request));
        return ServiceResponse.empty(204);
    }

    private ServiceResponse list(RestRequest request) {
        Paging<FunctionUrlConfig> page = Paging.of(request, urls.list(target(request)),
                config -> config.function().toString(), MAX_ITEMS);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode configs = response.putArray("FunctionUrlConfigs");
        page.items().forEach(config -> configs.add(render(request, config)));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private ObjectNode render(RestRequest request, FunctionUrlConfig config) {
        ObjectNode node = request.mapper().createObjectNode();
        node.put("FunctionUrl", url(config.urlId(), config.function().region()));
        node.put("FunctionArn", config.function().toString());
        node.put("AuthType", config.authType());
        if (!config.cors().isEmpty()) {
            node.set("Cors", config.cors());
        }
        node.put("CreationTime", config.creationTime());
        node.put("LastModifiedTime", config.lastModified());
        node.put("InvokeMode", config.invokeMode());
        return node;
    }

    /** The URL's host form; {@code *.localhost} resolves to the loopback address on common systems. */
    private String url(String urlId, String region) {
        return "http://" + urlId + ".lambda-url." + region + ".localhost:" + endpoint.port() + "/";
    }

    private static FunctionArn target(RestRequest request) {
        String qualifier = request.query("Qualifier").orElse(null);
        if (qualifier != null && (qualifier.length() > 128 || !QUALIFIER.matcher(qualifier).matches())) {
            throw LambdaErrors.validation("'" + qualifier + "'", "qualifier",
                    "Member must satisfy regular expression pattern: " + QUALIFIER_PATTERN);
        }
        RequestContext context = request.context();
        return FunctionLocator.locate(request.pathParam("FunctionName"), qualifier, context.accountId(),
                context.region());
    }

    private static String enumMember(JsonNode body, String name, String member, List<String> values) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!values.contains(value.asText())) {
            throw LambdaErrors.validation("'" + value.asText() + "'", member,
                    "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
        }
        return value.asText();
    }

    private static ObjectNode cors(JsonNode body) {
        JsonNode cors = body.get("Cors");
        if (cors == null || !cors.isObject()) {
            return JsonNodeFactory.instance.objectNode();
        }
        return ((ObjectNode) cors).deepCopy();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
