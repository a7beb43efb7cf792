package dev.stratus.lambda.function;

import java.util.Map;

/**
 * A named pointer to a version of a function.
 *
 * @param name                     the alias name
 * @param functionVersion          the version it points to
 * @param description              free text
 * @param additionalVersionWeights a second version and the share of invocations it gets, possibly empty
 * @param revisionId               changes with every update
 */
public record Alias(String name, String functionVersion, String description,
                    Map<String, Double> additionalVersionWeights, String revisionId) {

    public Alias {
        additionalVersionWeights = Map.copyOf(additionalVersionWeights);
    }

    public Alias withRevision(String newRevisionId) {
        return new Alias(name, functionVersion, description, additionalVersionWeights, newRevisionId);
    }
}
