package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** How AWS shows a value in a constraint violation: scalars as text, lists as {@code [a, b]}, maps as {@code {k=v}}. */
final class ValueRendering {

    private ValueRendering() {
    }

    /** Whether {@code node} has the JSON type {@code shape} expects; a mismatch is the deserializer's to report. */
    static boolean fits(Shape shape, JsonNode node) {
        return JsonType.of(shape.type()).fits(node);
    }

    /** {@code node} as AWS prints it; structures as {@code Shape(member=value, ...)} with the members sent. */
    static String render(ServiceModel model, Shape shape, JsonNode node) {
        if (!fits(shape, node)) {
            return node.isValueNode() ? node.asText() : node.toString();
        }
        if (shape.isList()) {
            List<String> elements = new ArrayList<>();
            node.forEach(element -> elements.add(render(model, model.shape(shape.member()), element)));
            return "[" + String.join(", ", elements) + "]";
        }
        if (shape.isMap()) {
            List<String> entries = new ArrayList<>();
            Shape value = model.shape(shape.value());
            node.fields().forEachRemaining(entry ->
                    entries.add(entry.getKey() + "=" + render(model, value, entry.getValue())));
            return "{" + String.join(", ", entries) + "}";
        }
        if (shape.isStructure()) {
            List<String> members = new ArrayList<>();
            for (Shape.Member member : shape.members()) {
                JsonNode child = node.get(member.name());
                if (child != null && !child.isNull()) {
                    members.add(lowerFirst(member.name()) + "=" + render(model, model.shape(member.shape()), child));
                }
            }
            return shape.name() + "(" + String.join(", ", members) + ")";
        }
        return node.asText();
    }

    /** A member's name as AWS writes it in a path: {@code TableName} is {@code tableName}. */
    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
