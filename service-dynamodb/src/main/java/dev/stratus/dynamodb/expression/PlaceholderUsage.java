package dev.stratus.dynamodb.expression;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which placeholders the expressions of one request used, to refuse the ones they did not. */
final class PlaceholderUsage {

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> values = new LinkedHashSet<>();

    void usedName(String placeholder) {
        names.add(placeholder);
    }

    void usedValue(String placeholder) {
        values.add(placeholder);
    }

    List<String> unusedNames(Set<String> defined) {
        return defined.stream().filter(name -> !names.contains(name)).toList();
    }

    List<String> unusedValues(Set<String> defined) {
        return defined.stream().filter(value -> !values.contains(value)).toList();
    }
}
