package dev.stratus.lambda.esm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The API model's constraints on the mapping parameters, checked before anything else as AWS does. */
final class MappingConstraints {

    private static final Set<String> STARTING_POSITIONS = Set.of("TRIM_HORIZON", "LATEST", "AT_TIMESTAMP");
    private static final String FUNCTION_NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

    private MappingConstraints() {
    }

    static void check(MappingParameters parameters) {
        List<String> problems = new ArrayList<>();
        range(problems, "batchSize", parameters.batchSize(), 1, 10000);
        range(problems, "maximumBatchingWindowInSeconds", parameters.maximumBatchingWindowInSeconds(), 0, 300);
        range(problems, "parallelizationFactor", parameters.parallelizationFactor(), 1, 10);
        range(problems, "maximumRetryAttempts", parameters.maximumRetryAttempts(), -1, 10000);
        range(problems, "maximumRecordAgeInSeconds", parameters.maximumRecordAgeInSeconds(), -1, 604800);
        range(problems, "tumblingWindowInSeconds", parameters.tumblingWindowInSeconds(), 0, 900);
        range(problems, "scalingConfig.maximumConcurrency", parameters.maximumConcurrency(), 2, 1000);
        String position = parameters.startingPosition();
        if (position != null && !STARTING_POSITIONS.contains(position)) {
            problems.add("Value '" + position + "' at 'startingPosition' failed to satisfy constraint: Member must "
                    + "satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]");
        }
        List<String> types = parameters.functionResponseTypes();
        if (types != null) {
            if (types.size() > 1) {
                problems.add("Value '" + types + "' at 'functionResponseTypes' failed to satisfy constraint: Member "
                        + "must have length less than or equal to 1");
            } else if (types.size() == 1 && !EventSourceMapping.REPORT_BATCH_ITEM_FAILURES.equals(types.get(0))) {
                problems.add("Value '" + types + "' at 'functionResponseTypes' failed to satisfy constraint: Member "
                        + "must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]");
            }
        }
        String name = parameters.functionName();
        if (name != null && (name.isEmpty() || name.length() > 140 || !name.matches(FUNCTION_NAME_PATTERN))) {
            problems.add("Value '" + name + "' at 'functionName' failed to satisfy constraint: Member must satisfy "
                    + "regular expression pattern: " + FUNCTION_NAME_PATTERN);
        }
        if (!problems.isEmpty()) {
            throw EventSourceMappingErrors.validation(problems);
        }
    }

    private static void range(List<String> problems, String member, Integer value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min) {
            problems.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have "
                    + "value greater than or equal to " + min);
        } else if (value > max) {
            problems.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have "
                    + "value less than or equal to " + max);
        }
    }
}
