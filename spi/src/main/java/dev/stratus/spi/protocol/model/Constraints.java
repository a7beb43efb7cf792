package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A shape's own constraints on one value, worded as AWS words them ({@code Member must ...}). */
final class Constraints {

    private Constraints() {
    }

    /** The constraints {@code node} breaks, in AWS's order: enum, pattern, lower bound, upper bound. */
    static List<String> broken(Shape shape, JsonNode node, List<String> enumWording) {
        List<String> broken = new ArrayList<>();
        if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(node.asText())) {
            broken.add(enumConstraint(enumWording));
        }
        if (shape.pattern() != null && !shape.pattern().matcher(node.asText()).matches()) {
            broken.add(patternConstraint(shape));
        }
        if (shape.min() != null && measure(shape, node) < shape.min()) {
            broken.add(minConstraint(shape));
        }
        if (shape.max() != null && measure(shape, node) > shape.max()) {
            broken.add(maxConstraint(shape));
        }
        return broken;
    }

    /** Every constraint of {@code shape}, as AWS lists them for an element, key or value of a collection. */
    static List<String> all(Shape shape, List<String> enumWording) {
        List<String> all = new ArrayList<>();
        if (shape.max() != null) {
            all.add(maxConstraint(shape));
        }
        if (shape.min() != null) {
            all.add(minConstraint(shape));
        }
        if (shape.pattern() != null) {
            all.add(patternConstraint(shape));
        }
        if (!shape.enumValues().isEmpty()) {
            all.add(enumConstraint(enumWording));
        }
        return all;
    }

    private static String enumConstraint(List<String> wording) {
        return "Member must satisfy enum value set: " + wording;
    }

    private static String patternConstraint(Shape shape) {
        return "Member must satisfy regular expression pattern: " + shape.pattern().pattern();
    }

    private static String minConstraint(Shape shape) {
        return "Member must have " + (shape.boundsLength() ? "length" : "value") + " greater than or equal to "
                + shape.min();
    }

    private static String maxConstraint(Shape shape) {
        return "Member must have " + (shape.boundsLength() ? "length" : "value") + " less than or equal to "
                + shape.max();
    }

    private static long measure(Shape shape, JsonNode node) {
        return switch (shape.type()) {
            case "string" -> node.asText().length();
            case "blob" -> decodedLength(node.asText());
            case "list", "map" -> node.size();
            default -> node.asLong();
        };
    }

    private static long decodedLength(String base64) {
        int padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
        return base64.length() / 4L * 3 - padding;
    }
}
