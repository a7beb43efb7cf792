package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An AWS API model as the AWS SDKs ship it ({@code service-2.json}: operations, their input shapes and every
 * shape's constraints), read once so requests can be checked against it.
 */
public final class ServiceModel {

    private final Map<String, String> inputs;
    private final Map<String, Shape> shapes;

    private ServiceModel(Map<String, String> inputs, Map<String, Shape> shapes) {
        this.inputs = Map.copyOf(inputs);
        this.shapes = Map.copyOf(shapes);
    }

    /** Reads the model at {@code resource} on the class path of {@code anchor}. */
    public static ServiceModel fromResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("API model not found: " + resource);
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("API model unreadable: " + resource, e);
        }
    }

    /** The model a parsed {@code service-2.json} describes. */
    public static ServiceModel read(JsonNode model) {
        Map<String, String> inputs = new HashMap<>();
        model.path("operations").fields().forEachRemaining(operation -> {
            String input = operation.getValue().path("input").path("shape").asText(null);
            if (input != null) {
                inputs.put(operation.getKey(), input);
            }
        });
        Map<String, Shape> shapes = new HashMap<>();
        model.path("shapes").fields().forEachRemaining(shape ->
                shapes.put(shape.getKey(), shape(shape.getKey(), shape.getValue())));
        return new ServiceModel(inputs, shapes);
    }

    /** The names of the model's operations that take input. */
    public Set<String> operationsWithInput() {
        return inputs.keySet();
    }

    /** The input shape of {@code operation}, if the model has the operation and it takes input. */
    public Optional<Shape> input(String operation) {
        return Optional.ofNullable(inputs.get(operation)).map(this::shape);
    }

    /** The shape called {@code name}; the model must have it. */
    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("No shape " + name + " in the API model");
        }
        return shape;
    }

    private static Shape shape(String name, JsonNode node) {
        List<Shape.Member> members = new ArrayList<>();
        node.path("members").fields().forEachRemaining(member ->
                members.add(new Shape.Member(member.getKey(), member.getValue().path("shape").asText())));
        Set<String> required = new HashSet<>();
        node.path("required").forEach(member -> required.add(member.asText()));
        List<String> enumValues = new ArrayList<>();
        node.path("enum").forEach(value -> enumValues.add(value.asText()));
        String pattern = node.path("pattern").asText(null);
        return new Shape(name, node.path("type").asText(), members, required, elementShape(node, "member"),
                elementShape(node, "key"), elementShape(node, "value"), bound(node, "min"), bound(node, "max"),
                pattern == null ? null : Pattern.compile(pattern), enumValues);
    }

    private static String elementShape(JsonNode node, String field) {
        return node.path(field).path("shape").asText(null);
    }

    private static Long bound(JsonNode node, String field) {
        JsonNode bound = node.get(field);
        return bound == null || !bound.isNumber() ? null : bound.asLong();
    }
}
