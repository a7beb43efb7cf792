package dev.stratus.lambda.invoke.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.EventInvokeConfig;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.rest.JsonMembers;
import dev.stratus.lambda.rest.Paging;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Set;

/** The event invoke config operations of the Lambda API. */
@Singleton
public class EventInvokeConfigEndpoints implements LambdaRoutes {

    private static final String CONFIG = "/2019-09-25/functions/{FunctionName}/event-invoke-config";
    private static final String DESTINATION_ARN = "$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):"
            + "([a-zA-Z0-9\\-])+:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)";
    /** The services Lambda can deliver an invocation record to. */
    /** The most configs a ListFunctionEventInvokeConfigs page holds. */
    private static final int MAX_ITEMS = 50;
    private static final Set<String> DESTINATION_SERVICES = Set.of("lambda", "sqs", "sns", "s3", "events");

    private final EventInvokeConfigs configs;

    @Inject
    EventInvokeConfigEndpoints(EventInvokeConfigs configs) {
        this.configs = configs;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("PUT", CONFIG, "PutFunctionEventInvokeConfig", this::put)
                .route("POST", CONFIG, "UpdateFunctionEventInvokeConfig", this::update)
                .route("GET", CONFIG, "GetFunctionEventInvokeConfig", this::get)
                .route("DELETE", CONFIG, "DeleteFunctionEventInvokeConfig", this::delete)
                .route("GET", CONFIG + "/list", "ListFunctionEventInvokeConfigs", this::list);
    }

    private ServiceResponse put(RestRequest request) {
        FunctionArn arn = target(request);
        return request.respond(200, json(request, arn, configs.put(arn, change(request.json()))));
    }

    private ServiceResponse update(RestRequest request) {
        FunctionArn arn = target(request);
        return request.respond(200, json(request, arn, configs.update(arn, change(request.json()))));
    }

    private ServiceResponse get(RestRequest request) {
        FunctionArn arn = target(request);
        return request.respond(200, json(request, arn, configs.get(arn)));
    }

    private ServiceResponse delete(RestRequest request) {
        configs.delete(target(request));
        return ServiceResponse.empty(204);
    }

    private ServiceResponse list(RestRequest request) {
        FunctionArn arn = target(request);
        Paging<EventInvokeConfig> page = Paging.of(request, configs.list(arn), EventInvokeConfig::qualifier,
                MAX_ITEMS);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("FunctionEventInvokeConfigs");
        page.items().forEach(config -> items.add(json(request, arn, config)));
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
        return request.respond(200, response);
    }

    private static FunctionArn target(RestRequest request) {
        RequestContext context = request.context();
        return FunctionLocator.locate(request.pathParam("FunctionName"), request.query("Qualifier").orElse(null),
                context.accountId(), context.region());
    }

    private static EventInvokeConfigChange change(JsonNode body) {
        Integer retries = JsonMembers.integer(body, "MaximumRetryAttempts");
        checkRange(retries, "maximumRetryAttempts", 0, 2);
        Integer maxAge = JsonMembers.integer(body, "MaximumEventAgeInSeconds");
        checkRange(maxAge, "maximumEventAgeInSeconds", 60, 21600);
        JsonNode destinations = JsonMembers.object(body, "DestinationConfig");
        return new EventInvokeConfigChange(retries, maxAge, destination(destinations, "OnSuccess", "onSuccess"),
                destination(destinations, "OnFailure", "onFailure"));
    }

    private static String destination(JsonNode destinations, String member, String name) {
        JsonNode target = JsonMembers.object(destinations, member);
        String arn = JsonMembers.text(target, "Destination");
        if (arn == null) {
            return target == null ? null : "";
        }
        if (arn.length() > 350 || !arn.matches(DESTINATION_ARN)) {
            throw LambdaErrors.validation("'" + arn + "'", "destinationConfig." + name + ".destination",
                    "Member must satisfy regular expression pattern: " + DESTINATION_ARN);
        }
        if (!arn.isEmpty() && !DESTINATION_SERVICES.contains(arn.split(":")[2])) {
            throw LambdaErrors.invalidParameter("The destination ARN " + arn + " is invalid.");
        }
        return arn;
    }

    private static void checkRange(Integer value, String name, int min, int max) {
        if (value != null && value < min) {
            throw LambdaErrors.validation("'" + value + "'", name, "Member must have value greater than or equal to " + min);
        }
        if (value != null && value > max) {
            throw LambdaErrors.validation("'" + value + "'", name, "Member must have value less than or equal to " + max);
        }
    }

    private static ObjectNode json(RestRequest request, FunctionArn arn, EventInvokeConfig config) {
        ObjectNode json = request.mapper().createObjectNode();
        json.put("LastModified", BigDecimal.valueOf(config.lastModified()).movePointLeft(3));
        json.put("FunctionArn", arn.unqualified().qualified(config.qualifier()).toString());
        if (config.maximumRetryAttempts() != null) {
            json.put("MaximumRetryAttempts", config.maximumRetryAttempts());
        }
        if (config.maximumEventAgeInSeconds() != null) {
            json.put("MaximumEventAgeInSeconds", config.maximumEventAgeInSeconds());
        }
        ObjectNode destinations = json.putObject("DestinationConfig");
        ObjectNode onSuccess = destinations.putObject("OnSuccess");
        if (config.onSuccess() != null) {
            onSuccess.put("Destination", config.onSuccess());
        }
        ObjectNode onFailure = destinations.putObject("OnFailure");
        if (config.onFailure() != null) {
            onFailure.put("Destination", config.onFailure());
        }
        return json;
    }
}
