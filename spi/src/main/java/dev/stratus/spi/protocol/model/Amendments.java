package dev.stratus.spi.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a service's live front end checks otherwise than its published model says (see
 * {@link ModelValidator.Builder}).
 *
 * @param enumWording   per enum shape, its values in the order AWS lists them
 * @param alsoRequired  per structure shape, the members AWS requires beyond the model's
 * @param substitutions values of a shape checked as values of another
 */
record Amendments(Map<String, List<String>> enumWording, Map<String, Set<String>> alsoRequired,
                  List<Substitution> substitutions) {

    Amendments {
        enumWording = Map.copyOf(enumWording);
        alsoRequired = Map.copyOf(alsoRequired);
        substitutions = List.copyOf(substitutions);
    }

    /** A value of {@code shape} that {@code when} accepts is checked against {@code replacement} instead. */
    record Substitution(String shape, Predicate<JsonNode> when, String replacement) {
    }

    /** The values of enum {@code shape} in the order AWS lists them. */
    List<String> wordingOf(Shape shape) {
        return enumWording.getOrDefault(shape.name(), shape.enumValues());
    }

    /** Whether AWS requires {@code member} of {@code structure}. */
    boolean requires(Shape structure, String member) {
        return structure.required().contains(member)
                || alsoRequired.getOrDefault(structure.name(), Set.of()).contains(member);
    }
}
