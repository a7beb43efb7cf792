package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sqs.SqsErrors;
import dev.stratus.spi.AwsServiceException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The batch operations' shared rules: 1 to 10 entries with distinct valid ids, each succeeding or failing alone. */
final class BatchEntries {

    private static final int MAX_ENTRIES = 10;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private BatchEntries() {
    }

    /** The request's entries, refused as a whole when the batch itself is malformed. */
    static List<JsonNode> check(JsonNode input, String entryName) {
        List<JsonNode> entries = Input.entries(input, "Entries");
        if (entries.isEmpty()) {
            throw SqsErrors.emptyBatchRequest(entryName);
        }
        if (entries.size() > MAX_ENTRIES) {
            throw SqsErrors.tooManyEntriesInBatchRequest(entries.size());
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : entries) {
            String id = Input.optional(entry, "Id");
            if (id == null || !ID.matcher(id).matches()) {
                throw SqsErrors.invalidBatchEntryId();
            }
            if (!ids.add(id)) {
                throw SqsErrors.batchEntryIdsNotDistinct(id);
            }
        }
        return entries;
    }

    /** Runs every entry; an entry that fails is reported in {@code Failed} with AWS's code and message. */
    static JsonNode run(ObjectMapper mapper, List<JsonNode> entries, Function<JsonNode, ObjectNode> action) {
        ObjectNode output = mapper.createObjectNode();
        ArrayNode successful = output.putArray("Successful");
        ArrayNode failed = output.putArray("Failed");
        for (JsonNode entry : entries) {
            String id = entry.get("Id").asText();
            try {
                ObjectNode result = mapper.createObjectNode().put("Id", id);
                result.setAll(action.apply(entry));
                successful.add(result);
            } catch (AwsServiceException e) {
                failed.add(mapper.createObjectNode().put("Id", id)
                        .put("SenderFault", e.fault() == AwsServiceException.Fault.SENDER)
                        .put("Code", e.errorCode())
                        .put("Message", e.getMessage()));
            }
        }
        return output;
    }
}
