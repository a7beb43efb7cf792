package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.partiql.PartiqlTranslator.StatementBatch;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.transaction.TransactGetItem;
import dev.stratus.dynamodb.transaction.TransactGetItemsRequest;
import dev.stratus.dynamodb.transaction.TransactWriteItem;
import dev.stratus.dynamodb.transaction.TransactWriteItemsRequest;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ExecuteStatement, BatchExecuteStatement and ExecuteTransaction, JSON in and JSON out, compiled to the engine's
 * typed requests and run through a {@link PartiqlBackend}.
 */
public final class PartiqlOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PartiqlBackend backend;

    public PartiqlOperations(PartiqlBackend backend) {
        this.backend = backend;
    }

    public JsonNode executeStatement(JsonNode input, RequestContext context) {
        PartiqlStatement statement = PartiqlParser.parse(statementText(input, "statement"));
        JsonNode parameters = parameters(input, "parameters");
        TableKeys keys = backend.keysOf(statement.tableName(), context);
        CapacityMode capacity = CapacityMode.of(JsonInput.text(input, "ReturnConsumedCapacity"));
        StatementOptions options = statement.isRead()
                ? new StatementOptions(JsonInput.flag(input, "ConsistentRead"), JsonInput.number(input, "Limit"),
                        startKey(input), capacity, false)
                : new StatementOptions(false, null, null, capacity, oldItemOnConditionFailure(input));
        PartiqlRequest request = PartiqlTranslator.translate(statement, decode(parameters), keys, options);
        if (request instanceof PartiqlRequest.Query query) {
            return PartiqlResults.selectOutput(backend.query(query.request(), context));
        }
        if (request instanceof PartiqlRequest.Scan scan) {
            return PartiqlResults.selectOutput(backend.scan(scan.request(), context));
        }
        return PartiqlResults.writeOutput(write(statement, request, context));
    }

    public JsonNode batchExecuteStatement(JsonNode input, RequestContext context) {
        List<JsonNode> requests = list(input, "Statements", "statements");
        List<Object> parsed = new ArrayList<>();
        List<PartiqlStatement> statements = new ArrayList<>();
        for (JsonNode request : requests) {
            try {
                PartiqlStatement statement = PartiqlParser.parse(statementText(request, "statements.member.statement"));
                parsed.add(statement);
                statements.add(statement);
            } catch (AwsServiceException e) {
                parsed.add(e);
            }
        }
        StatementBatches.requireReadsOrWrites(statements);
        ArrayNode responses = JSON.arrayNode();
        for (int i = 0; i < requests.size(); i++) {
            responses.add(batchResponse(requests.get(i), parsed.get(i), context));
        }
        ObjectNode output = JSON.objectNode();
        output.set("Responses", responses);
        return output;
    }

    public JsonNode executeTransaction(JsonNode input, RequestContext context) {
        List<JsonNode> requests = list(input, "TransactStatements", "transactStatements");
        List<PartiqlStatement> statements = new ArrayList<>();
        for (JsonNode request : requests) {
            statements.add(PartiqlParser.parse(statementText(request, "transactStatements.member.statement")));
        }
        StatementBatches.requireReadsOrWrites(statements);
        List<PartiqlRequest> compiled = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            PartiqlStatement statement = statements.get(i);
            JsonNode parameters = parameters(requests.get(i), "transactStatements.member.parameters");
            TableKeys keys = backend.keysOf(statement.tableName(), context);
            StatementOptions options = new StatementOptions(false, null, null, CapacityMode.NONE,
                    oldItemOnConditionFailure(requests.get(i)));
            compiled.add(PartiqlTranslator.translateSingleItem(statement, decode(parameters), keys,
                    StatementBatch.TRANSACTION, options));
        }
        CapacityMode capacity = CapacityMode.of(JsonInput.text(input, "ReturnConsumedCapacity"));
        boolean reads = !statements.isEmpty() && statements.get(0).isRead();
        if (reads) {
            List<TransactGetItem> gets = compiled.stream()
                    .map(request -> ((PartiqlRequest.Get) request).transactGetItem()).toList();
            return PartiqlResults.transactionReadOutput(backend.transactGetItems(
                    new TransactGetItemsRequest(gets, capacity), context));
        }
        List<TransactWriteItem> writes = compiled.stream().map(PartiqlRequest::transactWriteItem).toList();
        String token = JsonInput.text(input, "ClientRequestToken");
        return PartiqlResults.transactionWriteOutput(backend.transactWriteItems(
                new TransactWriteItemsRequest(writes, capacity, false, token), context));
    }

    private ObjectNode batchResponse(JsonNode request, Object parsed, RequestContext context) {
        if (parsed instanceof AwsServiceException error) {
            return PartiqlResults.batchError(null, error);
        }
        PartiqlStatement statement = (PartiqlStatement) parsed;
        try {
            JsonNode parameters = parameters(request, "statements.member.parameters");
            TableKeys keys = backend.keysOf(statement.tableName(), context);
            StatementOptions options = statement.isRead()
                    ? new StatementOptions(JsonInput.flag(request, "ConsistentRead"), null, null, CapacityMode.NONE,
                            false)
                    : new StatementOptions(false, null, null, CapacityMode.NONE, oldItemOnConditionFailure(request));
            PartiqlRequest compiled = PartiqlTranslator.translateSingleItem(statement, decode(parameters), keys,
                    StatementBatch.BATCH, options);
            if (compiled instanceof PartiqlRequest.Get get) {
                return PartiqlResults.batchResponse(statement.tableName(), backend.getItem(get.request(), context));
            }
            write(statement, compiled, context);
            return PartiqlResults.batchResponse(statement.tableName(), null);
        } catch (AwsServiceException e) {
            return PartiqlResults.batchError(statement.tableName(), e);
        }
    }

    /** Runs a write; an INSERT whose key exists fails as AWS's DuplicateItemException. */
    private WriteItemResult write(PartiqlStatement statement, PartiqlRequest request, RequestContext context) {
        try {
            if (request instanceof PartiqlRequest.Put put) {
                return backend.putItem(put.request(), context);
            }
            if (request instanceof PartiqlRequest.Update update) {
                return backend.updateItem(update.request(), context);
            }
            return backend.deleteItem(((PartiqlRequest.Delete) request).request(), context);
        } catch (AwsServiceException e) {
            if (statement instanceof PartiqlStatement.Insert
                    && e.errorCode().equals("ConditionalCheckFailedException")) {
                throw PartiqlErrors.duplicateItem();
            }
            throw e;
        }
    }

    /** The request's parameters as values ({@code null} for none), refused as the JSON layer refuses them. */
    private static List<AttributeValue> decode(JsonNode parameters) {
        if (parameters == null || parameters.isNull()) {
            return null;
        }
        if (!parameters.isArray()) {
            throw CommonErrors.serialization("Expected list or null");
        }
        List<AttributeValue> values = new ArrayList<>();
        parameters.forEach(parameter -> values.add(AttributeValueCodec.decode(parameter)));
        return values;
    }

    private static Map<String, AttributeValue> startKey(JsonNode input) {
        JsonNode nextToken = input.get("NextToken");
        if (nextToken == null || nextToken.isNull()) {
            return null;
        }
        return AttributeValueCodec.decodeItem(NextTokens.decode(nextToken.asText()));
    }

    private static boolean oldItemOnConditionFailure(JsonNode input) {
        return "ALL_OLD".equals(JsonInput.text(input, "ReturnValuesOnConditionCheckFailure"));
    }

    private static String statementText(JsonNode request, String path) {
        JsonNode statement = request == null ? null : request.get("Statement");
        if (statement == null || statement.isNull()) {
            throw CommonErrors.validation("1 validation error detected: Value null at '" + path
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (!statement.isTextual()) {
            throw CommonErrors.serialization("Expected string");
        }
        return statement.textValue();
    }

    private static JsonNode parameters(JsonNode request, String path) {
        JsonNode parameters = request.get("Parameters");
        if (parameters != null && parameters.isArray() && parameters.isEmpty()) {
            throw CommonErrors.validation("1 validation error detected: Value '[]' at '" + path
                    + "' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        return parameters;
    }

    private static List<JsonNode> list(JsonNode input, String member, String path) {
        JsonNode list = input.get(member);
        if (list == null || list.isNull()) {
            throw CommonErrors.validation("1 validation error detected: Value null at '" + path
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (!list.isArray()) {
            throw CommonErrors.serialization("Expected list or null");
        }
        List<JsonNode> members = new ArrayList<>();
        list.forEach(members::add);
        return members;
    }
}
