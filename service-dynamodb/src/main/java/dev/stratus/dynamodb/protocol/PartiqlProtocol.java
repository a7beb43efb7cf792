package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.partiql.PartiqlBackend;
import dev.stratus.dynamodb.partiql.PartiqlParser;
import dev.stratus.dynamodb.partiql.PartiqlRequest;
import dev.stratus.dynamodb.partiql.PartiqlRunner;
import dev.stratus.dynamodb.partiql.PartiqlStatement;
import dev.stratus.dynamodb.partiql.PartiqlTranslator;
import dev.stratus.dynamodb.partiql.PartiqlTranslator.StatementBatch;
import dev.stratus.dynamodb.partiql.StatementBatches;
import dev.stratus.dynamodb.partiql.StatementOptions;
import dev.stratus.dynamodb.partiql.TableKeys;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ExecuteStatement, BatchExecuteStatement and ExecuteTransaction in DynamoDB JSON: reads each statement's members
 * (in the order AWS reports mistakes), compiles the statement to the engine's typed request, runs it through a
 * {@link PartiqlRunner} and writes the result.
 */
public final class PartiqlProtocol {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PartiqlRunner runner;

    public PartiqlProtocol(PartiqlBackend backend) {
        this.runner = new PartiqlRunner(backend);
    }

    public JsonNode executeStatement(JsonNode input, RequestContext context) {
        PartiqlStatement statement = PartiqlParser.parse(statementText(input, "statement"));
        JsonNode parameters = parameters(input, "parameters");
        TableKeys keys = runner.keysOf(statement, context);
        CapacityMode capacity = CapacityMode.of(JsonInput.text(input, "ReturnConsumedCapacity"));
        StatementOptions options = statement.isRead()
                ? new StatementOptions(JsonInput.flag(input, "ConsistentRead"), JsonInput.number(input, "Limit"),
                        startKey(input), capacity, false)
                : new StatementOptions(false, null, null, capacity, oldItemOnConditionFailure(input));
        PartiqlRequest request = PartiqlTranslator.translate(statement, decode(parameters), keys, options);
        if (statement.isRead()) {
            return PartiqlResults.selectOutput(runner.read(request, context));
        }
        return PartiqlResults.writeOutput(runner.write(statement, request, context));
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
            TableKeys keys = runner.keysOf(statement, context);
            StatementOptions options = new StatementOptions(false, null, null, CapacityMode.NONE,
                    oldItemOnConditionFailure(requests.get(i)));
            compiled.add(PartiqlTranslator.translateSingleItem(statement, decode(parameters), keys,
                    StatementBatch.TRANSACTION, options));
        }
        CapacityMode capacity = CapacityMode.of(JsonInput.text(input, "ReturnConsumedCapacity"));
        boolean reads = !statements.isEmpty() && statements.get(0).isRead();
        if (reads) {
            return PartiqlResults.transactionReadOutput(runner.readTransaction(compiled, capacity, context));
        }
        String token = JsonInput.text(input, "ClientRequestToken");
        return PartiqlResults.transactionWriteOutput(runner.writeTransaction(compiled, capacity, token, context));
    }

    private ObjectNode batchResponse(JsonNode request, Object parsed, RequestContext context) {
        if (parsed instanceof AwsServiceException error) {
            return PartiqlResults.batchError(null, error);
        }
        PartiqlStatement statement = (PartiqlStatement) parsed;
        try {
            JsonNode parameters = parameters(request, "statements.member.parameters");
            TableKeys keys = runner.keysOf(statement, context);
            StatementOptions options = statement.isRead()
                    ? new StatementOptions(JsonInput.flag(request, "ConsistentRead"), null, null, CapacityMode.NONE,
                            false)
                    : new StatementOptions(false, null, null, CapacityMode.NONE, oldItemOnConditionFailure(request));
            PartiqlRequest compiled = PartiqlTranslator.translateSingleItem(statement, decode(parameters), keys,
                    StatementBatch.BATCH, options);
            if (compiled instanceof PartiqlRequest.Get get) {
                return PartiqlResults.batchResponse(statement.tableName(), runner.get(get, context));
            }
            runner.write(statement, compiled, context);
            return PartiqlResults.batchResponse(statement.tableName(), null);
        } catch (AwsServiceException e) {
            return PartiqlResults.batchError(statement.tableName(), e);
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
