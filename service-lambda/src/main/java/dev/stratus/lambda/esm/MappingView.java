package dev.stratus.lambda.esm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A mapping as the API shows it (EventSourceMappingConfiguration), with the state an answer reports: the
 * stored state, or the transition a create, update or delete has just begun.
 */
record MappingView(EventSourceMapping mapping, String state) {

    static MappingView current(EventSourceMapping mapping) {
        return new MappingView(mapping, mapping.enabled() ? "Enabled" : "Disabled");
    }

    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("UUID", mapping.uuid());
        json.put("BatchSize", mapping.batchSize());
        json.put("MaximumBatchingWindowInSeconds", mapping.maximumBatchingWindowInSeconds());
        json.put("EventSourceArn", mapping.eventSourceArn());
        if (mapping.filterPatterns() != null) {
            ArrayNode filters = json.putObject("FilterCriteria").putArray("Filters");
            mapping.filterPatterns().forEach(pattern -> filters.addObject().put("Pattern", pattern));
        }
        json.put("FunctionArn", mapping.functionArn());
        json.put("LastModified", mapping.lastModifiedMillis() / 1000.0);
        json.put("LastProcessingResult", mapping.lastProcessingResult());
        json.put("State", state);
        json.put("StateTransitionReason", mapping.stateTransitionReason());
        if (mapping.startingPosition() != null) {
            writeStreamSettings(json);
        }
        if (mapping.maximumConcurrency() != null) {
            json.putObject("ScalingConfig").put("MaximumConcurrency", mapping.maximumConcurrency());
        }
        ArrayNode types = json.putArray("FunctionResponseTypes");
        mapping.functionResponseTypes().forEach(types::add);
        json.put("EventSourceMappingArn", mapping.arn());
        return json;
    }

    /** What only stream mappings have (a queue's mapping has no starting position). */
    private void writeStreamSettings(ObjectNode json) {
        json.put("StartingPosition", mapping.startingPosition());
        json.put("ParallelizationFactor", mapping.parallelizationFactor());
        ObjectNode onFailure = json.putObject("DestinationConfig").putObject("OnFailure");
        if (mapping.onFailureDestination() != null) {
            onFailure.put("Destination", mapping.onFailureDestination());
        }
        json.put("MaximumRecordAgeInSeconds", mapping.maximumRecordAgeInSeconds());
        json.put("BisectBatchOnFunctionError", mapping.bisectBatchOnFunctionError());
        json.put("MaximumRetryAttempts", mapping.maximumRetryAttempts());
        json.put("TumblingWindowInSeconds", mapping.tumblingWindowInSeconds());
    }
}
