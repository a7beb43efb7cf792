package dev.stratus.lambda.esm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of a CreateEventSourceMapping or UpdateEventSourceMapping request; {@code null} when not given.
 *
 * @param filterCriteria    the FilterCriteria object as sent, or {@code null}
 * @param destinationConfig the DestinationConfig object as sent, or {@code null}
 * @param scalingConfig     the ScalingConfig object as sent, or {@code null}
 */
record MappingParameters(
        String functionName,
        String eventSourceArn,
        Boolean enabled,
        Integer batchSize,
        Integer maximumBatchingWindowInSeconds,
        Integer parallelizationFactor,
        String startingPosition,
        Integer maximumRetryAttempts,
        Integer maximumRecordAgeInSeconds,
        Boolean bisectBatchOnFunctionError,
        Integer tumblingWindowInSeconds,
        List<String> functionResponseTypes,
        JsonNode filterCriteria,
        JsonNode destinationConfig,
        JsonNode scalingConfig) {

    static MappingParameters from(JsonNode body) {
        return new MappingParameters(
                text(body, "FunctionName"),
                text(body, "EventSourceArn"),
                bool(body, "Enabled"),
                integer(body, "BatchSize"),
                integer(body, "MaximumBatchingWindowInSeconds"),
                integer(body, "ParallelizationFactor"),
                text(body, "StartingPosition"),
                integer(body, "MaximumRetryAttempts"),
                integer(body, "MaximumRecordAgeInSeconds"),
                bool(body, "BisectBatchOnFunctionError"),
                integer(body, "TumblingWindowInSeconds"),
                texts(body, "FunctionResponseTypes"),
                object(body, "FilterCriteria"),
                object(body, "DestinationConfig"),
                object(body, "ScalingConfig"));
    }

    /** ScalingConfig's MaximumConcurrency, or {@code null} when not given (an empty ScalingConfig removes it). */
    Integer maximumConcurrency() {
        return scalingConfig == null ? null : integer(scalingConfig, "MaximumConcurrency");
    }

    /** The FilterCriteria patterns: {@code null} when FilterCriteria has no filters (or none was given). */
    List<String> filterPatterns() {
        if (filterCriteria == null) {
            return null;
        }
        JsonNode filters = filterCriteria.get("Filters");
        if (filters == null || filters.isNull()) {
            return null;
        }
        if (!filters.isArray()) {
            throw EventSourceMappingErrors.serialization("Filters");
        }
        List<String> patterns = new ArrayList<>();
        for (JsonNode filter : filters) {
            JsonNode pattern = filter.get("Pattern");
            if (pattern == null || !pattern.isTextual()) {
                throw EventSourceMappingErrors.invalidFilterPattern();
            }
            patterns.add(pattern.asText());
        }
        return patterns.isEmpty() ? null : patterns;
    }

    /** The OnFailure destination ARN, or {@code null} when there is none. */
    String onFailureDestination() {
        if (destinationConfig == null) {
            return null;
        }
        if (destinationConfig.hasNonNull("OnSuccess") && !destinationConfig.get("OnSuccess").isEmpty()) {
            throw EventSourceMappingErrors.unsupportedDestination();
        }
        JsonNode destination = destinationConfig.path("OnFailure").path("Destination");
        return destination.isTextual() && !destination.asText().isEmpty() ? destination.asText() : null;
    }

    private static String text(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw EventSourceMappingErrors.serialization(member);
        }
        return value.asText();
    }

    private static Integer integer(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw EventSourceMappingErrors.serialization(member);
        }
        return value.intValue();
    }

    private static Boolean bool(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw EventSourceMappingErrors.serialization(member);
        }
        return value.booleanValue();
    }

    private static List<String> texts(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw EventSourceMappingErrors.serialization(member);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw EventSourceMappingErrors.serialization(member);
            }
            texts.add(element.asText());
        }
        return texts;
    }

    private static JsonNode object(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw EventSourceMappingErrors.serialization(member);
        }
        return value;
    }
}
