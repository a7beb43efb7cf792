package dev.stratus.lambda.esm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.tags.ResourceTags;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The REST routes of the event source mapping operations ({@code /2015-03-31/event-source-mappings/...}). */
public final class EventSourceMappingRoutes implements LambdaRoutes {

    private static final String MAPPINGS = "/2015-03-31/event-source-mappings";
    private static final String MAPPING = MAPPINGS + "/{UUID}";

    private final EventSourceMappings mappings;
    private final ResourceTags tags;

    @Inject
    public EventSourceMappingRoutes(EventSourceMappings mappings, ResourceTags tags) {
        this.mappings = mappings;
        this.tags = tags;
    }

    /** Adds the five operations' routes to the Lambda handler being built. */
    @Override
    public void addTo(RestJsonHandler.Builder handler) {
        handler
                .route("POST", MAPPINGS, "CreateEventSourceMapping", this::create)
                .route("GET", MAPPINGS, "ListEventSourceMappings", this::list)
                .route("GET", MAPPING, "GetEventSourceMapping", this::get)
                .route("PUT", MAPPING, "UpdateEventSourceMapping", this::update)
                .route("DELETE", MAPPING, "DeleteEventSourceMapping", this::delete);
    }

    private ServiceResponse create(RestRequest request) {
        Map<String, String> newTags = tags(request.json());
        MappingView created = mappings.create(request.context(), MappingParameters.from(request.json()));
        if (!newTags.isEmpty()) {
            tags.tag(created.mapping().arn(), newTags);
        }
        return request.respond(202, created.toJson(request.mapper()));
    }

    private ServiceResponse get(RestRequest request) {
        return request.respond(200, mappings.get(request.context(), request.pathParam("UUID")).toJson(request.mapper()));
    }

    private ServiceResponse list(RestRequest request) {
        Integer maxItems = maxItems(request.query("MaxItems"));
        EventSourceMappings.MappingPage page = mappings.list(request.context(), request.query("FunctionName").orElse(null),
                request.query("EventSourceArn").orElse(null), request.query("Marker").orElse(null), maxItems);
        ObjectNode body = request.mapper().createObjectNode();
        if (page.nextMarker() != null) {
            body.put("NextMarker", page.nextMarker());
        }
        ArrayNode list = body.putArray("EventSourceMappings");
        page.mappings().forEach(view -> list.add(view.toJson(request.mapper())));
        return request.respond(200, body);
    }

    private ServiceResponse update(RestRequest request) {
        MappingView updated = mappings.update(request.context(), request.pathParam("UUID"),
                MappingParameters.from(request.json()));
        return request.respond(202, updated.toJson(request.mapper()));
    }

    private ServiceResponse delete(RestRequest request) {
        MappingView deleted = mappings.delete(request.context(), request.pathParam("UUID"));
        tags.delete(deleted.mapping().arn());
        return request.respond(202, deleted.toJson(request.mapper()));
    }

    private static Map<String, String> tags(JsonNode body) {
        JsonNode value = body.get("Tags");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw EventSourceMappingErrors.serialization("Tags");
        }
        Map<String, String> tags = new TreeMap<>();
        value.fields().forEachRemaining(field -> tags.put(field.getKey(), field.getValue().asText()));
        ResourceTags.checkCount(tags);
        return tags;
    }

    private static Integer maxItems(Optional<String> text) {
        if (text.isEmpty()) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw EventSourceMappingErrors.serialization("MaxItems");
        }
        if (value < 1 || value > 10000) {
            String bound = value < 1 ? "greater than or equal to 1" : "less than or equal to 10000";
            throw EventSourceMappingErrors.validation(List.of(
                    "Value '" + value + "' at 'maxItems' failed to satisfy constraint: Member must have value " + bound));
        }
        return value;
    }
}
