package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.partiql.PartiqlTranslator.StatementBatch;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * ExecuteStatement, BatchExecuteStatement and ExecuteTransaction, JSON in and JSON out, run through the plain
 * operations of a {@link PartiqlBackend}.
 */
public final class PartiqlOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PartiqlBackend backend;

    public PartiqlOperations(PartiqlBackend backend) {
        this.backend = backend;
    }

    public JsonNode executeStatement(JsonNode input, RequestContext context) {
        PartiqlStatement statement = PartiqlParser.parse(statementText(input, "statement"));
        OperationRequest request = PartiqlTranslator.translate(statement, parameters(input, "parameters"),
                backend.keysOf(statement.tableName(), context));
        ObjectNode body = request.body();
        copy(input, body, "ReturnConsumedCapacity");
        if (statement.isRead()) {
            copy(input, body, "ConsistentRead");
            copy(input, body, "Limit");
            JsonNode nextToken = input.get("NextToken");
            if (nextToken != null && !nextToken.isNull()) {
                body.set("ExclusiveStartKey", NextTokens.decode(nextToken.asText()));
            }
            return PartiqlResults.selectOutput((ObjectNode) run(statement, request, context));
        }
        copy(input, body, "ReturnValuesOnConditionCheckFailure");
        return PartiqlResults.writeOutput((ObjectNode) run(statement, request, context));
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
        ArrayNode items = JSON.arrayNode();
        for (int i = 0; i < requests.size(); i++) {
            PartiqlStatement statement = statements.get(i);
            OperationRequest request = PartiqlTranslator.translateSingleItem(statement,
                    parameters(requests.get(i), "transactStatements.member.parameters"),
                    backend.keysOf(statement.tableName(), context), StatementBatch.TRANSACTION);
            copy(requests.get(i), request.body(), "ReturnValuesOnConditionCheckFailure");
            items.add(PartiqlResults.transactItem(request));
        }
        ObjectNode transaction = JSON.objectNode();
        transaction.set("TransactItems", items);
        copy(input, transaction, "ReturnConsumedCapacity");
        boolean reads = !statements.isEmpty() && statements.get(0).isRead();
        ObjectNode output = JSON.objectNode();
        if (reads) {
            JsonNode result = backend.run("TransactGetItems", transaction, context);
            copy(result, output, "Responses");
            copy(result, output, "ConsumedCapacity");
        } else {
            copy(input, transaction, "ClientRequestToken");
            copy(backend.run("TransactWriteItems", transaction, context), output, "ConsumedCapacity");
        }
        return output;
    }

    private ObjectNode batchResponse(JsonNode request, Object parsed, RequestContext context) {
        if (parsed instanceof AwsServiceException error) {
            return PartiqlResults.batchError(null, error);
        }
        PartiqlStatement statement = (PartiqlStatement) parsed;
        try {
            OperationRequest operation = PartiqlTranslator.translateSingleItem(statement,
                    parameters(request, "statements.member.parameters"),
                    backend.keysOf(statement.tableName(), context), StatementBatch.BATCH);
            copy(request, operation.body(), statement.isRead() ? "ConsistentRead"
                    : "ReturnValuesOnConditionCheckFailure");
            JsonNode output = run(statement, operation, context);
            return PartiqlResults.batchResponse(statement.tableName(), (ObjectNode) output);
        } catch (AwsServiceException e) {
            return PartiqlResults.batchError(statement.tableName(), e);
        }
    }

    /** Runs the request; an INSERT whose key exists fails as AWS's DuplicateItemException. */
    private JsonNode run(PartiqlStatement statement, OperationRequest request, RequestContext context) {
        try {
            return backend.run(request.operation(), request.body(), context);
        } catch (AwsServiceException e) {
            if (statement instanceof PartiqlStatement.Insert
                    && e.errorCode().equals("ConditionalCheckFailedException")) {
                throw PartiqlErrors.duplicateItem();
            }
            throw e;
        }
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

    private static void copy(JsonNode from, ObjectNode to, String member) {
        JsonNode value = from.get(member);
        if (value != null && !value.isNull()) {
            to.set(member, value);
        }
    }
}
