package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.item.GetItemResult;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.query.ReadResult;
import dev.stratus.dynamodb.transaction.TransactGetItemsResult;
import dev.stratus.dynamodb.transaction.TransactWriteItemsResult;
import dev.stratus.spi.AwsServiceException;
import java.util.Map;

/** The outputs of ExecuteStatement, BatchExecuteStatement and ExecuteTransaction, made from the engine's results. */
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
     * ExecuteStatement's output for a SELECT, from the Query's or Scan's result: its Items, a NextToken (and the
     * LastEvaluatedKey) when there is more, and its ConsumedCapacity.
     */
    public static ObjectNode selectOutput(ReadResult result) {
        ObjectNode output = JSON.objectNode();
        ArrayNode items = output.putArray("Items");
        if (result.items() != null) {
            result.items().forEach(item -> items.add(AttributeValueCodec.encodeItem(item)));
        }
        if (result.lastEvaluatedKey() != null && !result.lastEvaluatedKey().isEmpty()) {
            ObjectNode key = AttributeValueCodec.encodeItem(result.lastEvaluatedKey());
            output.put("NextToken", NextTokens.encode(key));
            output.set("LastEvaluatedKey", key);
        }
        CapacityJson.set(output, result.consumedCapacity());
        return output;
    }

    /**
     * ExecuteStatement's output for INSERT, UPDATE or DELETE, from the PutItem's, UpdateItem's or DeleteItem's
     * result: the returned attributes (RETURNING) as the one item of Items, and the ConsumedCapacity.
     */
    public static ObjectNode writeOutput(WriteItemResult result) {
        ObjectNode output = JSON.objectNode();
        ArrayNode items = output.putArray("Items");
        if (result.attributes() != null && !result.attributes().isEmpty()) {
            items.add(AttributeValueCodec.encodeItem(result.attributes()));
        }
        CapacityJson.set(output, result.consumedCapacity());
        return output;
    }

    /**
     * One BatchExecuteStatement response for a statement that ran: its table and, for a read, the item found
     * ({@code null} for a write).
     */
    public static ObjectNode batchResponse(String tableName, GetItemResult readOrNull) {
        ObjectNode response = JSON.objectNode().put("TableName", tableName);
        if (readOrNull != null && readOrNull.item() != null && !readOrNull.item().isEmpty()) {
            response.set("Item", AttributeValueCodec.encodeItem(readOrNull.item()));
        }
        return response;
    }

    /** ExecuteTransaction's output for reads: one response per statement, with the item found if any. */
    public static ObjectNode transactionReadOutput(TransactGetItemsResult result) {
        return TransactionProtocol.getResult(result);
    }

    /** ExecuteTransaction's output for writes: the ConsumedCapacity when asked for. */
    public static ObjectNode transactionWriteOutput(TransactWriteItemsResult result) {
        ObjectNode output = JSON.objectNode();
        CapacityJson.setList(output, result.consumedCapacity());
        return output;
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
}
