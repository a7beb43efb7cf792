package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A shape's own constraints on one value, read once from the shape and worded as AWS words them
 * ({@code Member must ...}). Checking a value that breaks none allocates nothing.
 */
final class Constraints {

    private final Set<String> enumValues;
    private final Pattern pattern;
    private final Predicate<String> matches;
    private final Long min;
    private final Long max;
    private final boolean textMeasured;
    private final boolean blob;
    private final boolean sized;
    private final boolean none;
    private final String enumConstraint;
    private final String patternConstraint;
    private final String minConstraint;
    private final String maxConstraint;
    private final String listed;

    /** The constraints of {@code shape}, its enum's values listed in {@code enumWording}. */
    Constraints(Shape shape, List<String> enumWording) {
        enumValues = shape.enumValues().isEmpty() ? null : Set.copyOf(shape.enumValues());
        pattern = shape.pattern();
        matches = pattern == null ? null : TextPattern.of(pattern);
        min = shape.min();
        max = shape.max();
        textMeasured = "string".equals(shape.type()) || "blob".equals(shape.type());
        blob = "blob".equals(shape.type());
        sized = shape.isList() || shape.isMap();
        none = enumValues == null && pattern == null && min == null && max == null;
        String measure = "Member must have " + (shape.boundsLength() ? "length" : "value");
        enumConstraint = enumValues == null ? null : "Member must satisfy enum value set: " + enumWording;
        patternConstraint = pattern == null ? null : "Member must satisfy regular expression pattern: " + pattern.pattern();
        minConstraint = min == null ? null : measure + " greater than or equal to " + min;
        maxConstraint = max == null ? null : measure + " less than or equal to " + max;
        listed = "[" + String.join(", ", all()) + "]";
    }

    /** Whether {@code node}, a value of the shape's JSON type, breaks any of the constraints. */
    boolean brokenBy(JsonNode node) {
        if (none) {
            return false;
        }
        if (textMeasured) {
            return brokenByText(node.asText());
        }
        if (enumValues != null && !enumValues.contains(node.asText())
                || pattern != null && !matches.test(node.asText())) {
            return true;
        }
        return (min != null || max != null) && outOfBounds(measure(node));
    }

    /** Whether {@code text}, a value of a string or blob shape, breaks any of the constraints. */
    boolean brokenByText(String text) {
        if (none) {
            return false;
        }
        if (enumValues != null && !enumValues.contains(text)
                || pattern != null && !matches.test(text)) {
            return true;
        }
        return (min != null || max != null) && outOfBounds(blob ? decodedLength(text) : text.length());
    }

    /** Whether text is measured by its length, so {@link #brokenByText(String)} applies. */
    boolean textMeasured() {
        return textMeasured;
    }

    /** The constraints {@code node} breaks, in AWS's order: enum, pattern, lower bound, upper bound. */
    List<String> broken(JsonNode node) {
        List<String> broken = new ArrayList<>();
        if (enumValues != null && !enumValues.contains(node.asText())) {
            broken.add(enumConstraint);
        }
        if (pattern != null && !matches.test(node.asText())) {
            broken.add(patternConstraint);
        }
        if (min != null && measure(node) < min) {
            broken.add(minConstraint);
        }
        if (max != null && measure(node) > max) {
            broken.add(maxConstraint);
        }
        return broken;
    }

    /** Every constraint, as AWS lists them for an element, key or value of a collection: {@code [a, b]}. */
    String listed() {
        return listed;
    }

    private List<String> all() {
        List<String> all = new ArrayList<>();
        if (max != null) {
            all.add(maxConstraint);
        }
        if (min != null) {
            all.add(minConstraint);
        }
        if (pattern != null) {
            all.add(patternConstraint);
        }
        if (enumValues != null) {
            all.add(enumConstraint);
        }
        return all;
    }

    private boolean outOfBounds(long measure) {
        return min != null && measure < min || max != null && measure > max;
    }

    private long measure(JsonNode node) {
        if (textMeasured) {
            return blob ? decodedLength(node.asText()) : node.asText().length();
        }
        return sized ? node.size() : node.asLong();
    }

    private static long decodedLength(String base64) {
        int padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
        return base64.length() / 4L * 3 - padding;
    }
}
