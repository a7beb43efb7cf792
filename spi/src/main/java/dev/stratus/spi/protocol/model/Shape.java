package dev.stratus.spi.protocol.model;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One shape of an AWS API model, with the constraints a request is checked against.
 *
 * @param name     the shape's name in the model
 * @param type     the model's type ({@code structure}, {@code list}, {@code map}, {@code string}, {@code long}, ...)
 * @param members  a structure's members in the model's order
 * @param required a structure's required members
 * @param member   a list's element shape
 * @param key      a map's key shape
 * @param value    a map's value shape
 * @param min      the least length (strings, blobs, lists, maps) or value (numbers), or {@code null}
 * @param max      the greatest length or value, or {@code null}
 * @param pattern  the regular expression a string must match entirely, or {@code null}
 * @param enumValues the values a string may take, in the model's order; empty when any value goes
 */
public record Shape(String name, String type, List<Member> members, Set<String> required, String member,
                    String key, String value, Long min, Long max, Pattern pattern, List<String> enumValues) {

    public Shape {
        members = List.copyOf(members);
        required = Set.copyOf(required);
        enumValues = List.copyOf(enumValues);
    }

    /** A member of a structure: its name as sent on the wire and the name of its shape. */
    public record Member(String name, String shape) {
    }

    public boolean isStructure() {
        return "structure".equals(type);
    }

    public boolean isList() {
        return "list".equals(type);
    }

    public boolean isMap() {
        return "map".equals(type);
    }

    /** Whether the bounds apply to a length (strings, blobs, lists, maps) rather than a value. */
    public boolean boundsLength() {
        return switch (type) {
            case "string", "blob", "list", "map" -> true;
            default -> false;
        };
    }
}
