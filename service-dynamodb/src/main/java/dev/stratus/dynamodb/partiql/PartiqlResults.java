package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import java.util.Map;

/** The outputs of ExecuteStatement, BatchExecuteStatement and ExecuteTransaction, made from the plain outputs. */
public final class PartiqlResults {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> BATCH_ERROR_CODES = Map.of(
            "ValidationException", "ValidationError",
            "ThrottlingException", "ThrottlingError",
            "InternalServerError", "InternalServerError",
            "RequestLimitExceeded", "RequestLimitExceeded");

    private PartiqlResults() {
    }

    /**
     * ExecuteStatement's output for a SELECT, from the Query's or Scan's output: its Items, a NextToken (and the
     * LastEvaluatedKey) when there is more, and its ConsumedCapacity.
     */
    public static ObjectNode selectOutput(ObjectNode queryOrScanOutput) {
        ObjectNode output = JSON.objectNode();
        JsonNode items = queryOrScanOutput.get("Items");
        output.set("Items", items == null ? JSON.arrayNode() : items);
        JsonNode lastKey = queryOrScanOutput.get("LastEvaluatedKey");
        if (lastKey instanceof ObjectNode key && !key.isEmpty()) {
            output.put("NextToken", NextTokens.encode(key));
            output.set("LastEvaluatedKey", key);
        }
        copy(queryOrScanOutput, output, "ConsumedCapacity");
        return output;
    }

    /**
     * ExecuteStatement's output for INSERT, UPDATE or DELETE, from the PutItem's, UpdateItem's or DeleteItem's
     * output: the returned attributes (RETURNING) as the one item of Items, and the ConsumedCapacity.
     */
    public static ObjectNode writeOutput(ObjectNode writeOutput) {
        ObjectNode output = JSON.objectNode();
        ArrayNode items = output.putArray("Items");
        JsonNode attributes = writeOutput.get("Attributes");
        if (attributes != null && !attributes.isEmpty()) {
            items.add(attributes);
        }
        copy(writeOutput, output, "ConsumedCapacity");
        return output;
    }

    /** One BatchExecuteStatement response for a statement that ran: its table and, for a read, the item found. */
    public static ObjectNode batchResponse(String tableName, ObjectNode operationOutput) {
        ObjectNode response = JSON.objectNode().put("TableName", tableName);
        JsonNode item = operationOutput.get("Item");
        if (item != null && !item.isEmpty()) {
            response.set("Item", item);
        }
        return response;
    }

    /**
     * One BatchExecuteStatement response for a statement that failed: {@code Error {Code, Message, Item?}}, the
     * code being AWS's batch code for the error ({@code ConditionalCheckFailedException} to
     * {@code ConditionalCheckFailed}, {@code ValidationException} to {@code ValidationError}, ...).
     */
    public static ObjectNode batchError(String tableNameOrNull, AwsServiceException error) {
        ObjectNode response = JSON.objectNode();
        ObjectNode body = response.putObject("Error");
        body.put("Code", batchErrorCode(error.errorCode()));
        body.put("Message", error.getMessage());
        Object item = error.fields().get("Item");
        if (item instanceof JsonNode json) {
            body.set("Item", json);
        }
        if (tableNameOrNull != null) {
            response.put("TableName", tableNameOrNull);
        }
        return response;
    }

    static String batchErrorCode(String errorCode) {
        String mapped = BATCH_ERROR_CODES.get(errorCode);
        if (mapped != null) {
            return mapped;
        }
        return errorCode.endsWith("Exception") ? errorCode.substring(0, errorCode.length() - "Exception".length())
                : errorCode;
    }

    /**
     * The TransactWriteItems / TransactGetItems entry for a statement of ExecuteTransaction:
     * {@code {"Put": ..}}, {@code {"Update": ..}}, {@code {"Delete": ..}}, {@code {"ConditionCheck": ..}} or
     * {@code {"Get": ..}}.
     */
    public static ObjectNode transactItem(OperationRequest request) {
        String member = switch (request.operation()) {
            case "PutItem" -> "Put";
            case "UpdateItem" -> "Update";
            case "DeleteItem" -> "Delete";
            case "GetItem" -> "Get";
            case "ConditionCheck" -> "ConditionCheck";
            default -> throw new IllegalArgumentException("Not a single-item request: " + request.operation());
        };
        ObjectNode body = request.body().deepCopy();
        body.remove("ReturnValues");
        ObjectNode item = JSON.objectNode();
        item.set(member, body);
        return item;
    }

    private static void copy(ObjectNode from, ObjectNode to, String member) {
        JsonNode value = from.get(member);
        if (value != null) {
            to.set(member, value);
        }
    }
}
