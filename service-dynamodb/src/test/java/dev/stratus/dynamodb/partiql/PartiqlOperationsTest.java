package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.CommonErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartiqlOperationsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    private static final RequestContext CONTEXT = new RequestContext("r", "000000000000", "us-east-1", "dynamodb",
            "ExecuteStatement", Instant.EPOCH, "");

    private final RecordingBackend backend = new RecordingBackend();
    private final PartiqlOperations operations = new PartiqlOperations(backend);

    @Test
    void executeStatementRunsASelectWithTheRequestsPagingAndReadSettings() {
        String token = NextTokens.encode(json("{'pk':{'S':'a'},'sk':{'N':'1'}}"));
        backend.answer("Query", "{'Items':[{'pk':{'S':'a'}}],'LastEvaluatedKey':{'pk':{'S':'a'},'sk':{'N':'2'}}}");

        JsonNode output = operations.executeStatement(json("{'Statement':'SELECT * FROM T WHERE pk = ?',"
                + "'Parameters':[{'S':'a'}],'ConsistentRead':true,'Limit':1,'NextToken':'" + token + "',"
                + "'ReturnConsumedCapacity':'TOTAL'}"), CONTEXT);

        ObjectNode query = backend.onlyCall("Query");
        assertEquals(true, query.get("ConsistentRead").asBoolean());
        assertEquals(1, query.get("Limit").asInt());
        assertEquals("TOTAL", query.get("ReturnConsumedCapacity").asText());
        assertEquals(json("{'pk':{'S':'a'},'sk':{'N':'1'}}"), query.get("ExclusiveStartKey"));
        assertEquals(json("{'pk':{'S':'a'},'sk':{'N':'2'}}"), NextTokens.decode(output.get("NextToken").asText()));
        assertEquals(1, output.get("Items").size());
    }

    @Test
    void executeStatementInsertOfAnExistingKeyIsADuplicateItem() {
        backend.fail("PutItem", new AwsServiceException("ConditionalCheckFailedException",
                "The conditional request failed", 400));

        AwsServiceException error = assertThrows(AwsServiceException.class, () -> operations.executeStatement(
                json("{'Statement':\"INSERT INTO T VALUE {'pk': 'a', 'sk': 1}\"}"), CONTEXT));

        assertEquals("DuplicateItemException", error.errorCode());
        assertEquals("Duplicate primary key exists in table", error.getMessage());
    }

    @Test
    void executeStatementUpdateOfAMissingItemFailsItsCondition() {
        backend.fail("UpdateItem", new AwsServiceException("ConditionalCheckFailedException",
                "The conditional request failed", 400));

        AwsServiceException error = assertThrows(AwsServiceException.class, () -> operations.executeStatement(
                json("{'Statement':'UPDATE T SET a = 1 WHERE pk = ? AND sk = 1','Parameters':[{'S':'a'}]}"),
                CONTEXT));

        assertEquals("ConditionalCheckFailedException", error.errorCode());
    }

    @Test
    void executeStatementWriteReturnsTheReturnedAttributes() {
        backend.answer("DeleteItem", "{'Attributes':{'pk':{'S':'a'}}}");

        JsonNode output = operations.executeStatement(json("{'Statement':"
                + "\"DELETE FROM T WHERE pk = 'a' AND sk = 1 RETURNING ALL OLD *\","
                + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}"), CONTEXT);

        assertEquals(json("{'Items':[{'pk':{'S':'a'}}]}"), output);
        assertEquals("ALL_OLD", backend.onlyCall("DeleteItem").get("ReturnValuesOnConditionCheckFailure").asText());
    }

    @Test
    void executeStatementRefusesMissingStatementAndEmptyParameters() {
        assertEquals("1 validation error detected: Value null at 'statement' failed to satisfy constraint: "
                + "Member must not be null", refused(() -> operations.executeStatement(json("{}"), CONTEXT)));
        assertEquals("1 validation error detected: Value '[]' at 'parameters' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1", refused(() -> operations.executeStatement(
                json("{'Statement':'SELECT * FROM T','Parameters':[]}"), CONTEXT)));
    }

    @Test
    void batchExecuteStatementAnswersEachStatementOnItsOwn() {
        backend.answer("GetItem", "{'Item':{'pk':{'S':'a'},'sk':{'N':'1'}}}");

        JsonNode output = operations.batchExecuteStatement(json("{'Statements':["
                + "{'Statement':\"SELECT * FROM T WHERE pk = 'a' AND sk = 1\",'ConsistentRead':true},"
                + "{'Statement':'SELECT * FROM'},"
                + "{'Statement':\"SELECT * FROM T WHERE pk = 'a'\"}]}"), CONTEXT);

        assertEquals(json("{'Responses':[{'TableName':'T','Item':{'pk':{'S':'a'},'sk':{'N':'1'}}},"
                + "{'Error':{'Code':'ValidationError','Message':"
                + "\"Statement wasn't well formed, can't be processed: Unexpected end of statement at position 13\"}},"
                + "{'Error':{'Code':'ValidationError','Message':'Select statements within BatchExecuteStatement "
                + "must specify the primary key in the where clause.'},'TableName':'T'}]}"), output);
        assertEquals(true, backend.onlyCall("GetItem").get("ConsistentRead").asBoolean());
    }

    @Test
    void batchExecuteStatementReportsDuplicateInsertsPerStatement() {
        backend.fail("PutItem", new AwsServiceException("ConditionalCheckFailedException",
                "The conditional request failed", 400));

        JsonNode output = operations.batchExecuteStatement(json("{'Statements':["
                + "{'Statement':\"INSERT INTO T VALUE {'pk': 'a', 'sk': 1}\"}]}"), CONTEXT);

        assertEquals(json("{'Responses':[{'Error':{'Code':'DuplicateItem',"
                + "'Message':'Duplicate primary key exists in table'},'TableName':'T'}]}"), output);
    }

    @Test
    void batchExecuteStatementRefusesReadsMixedWithWrites() {
        assertEquals("Mixed read and write statements are not supported", refused(() ->
                operations.batchExecuteStatement(json("{'Statements':["
                        + "{'Statement':\"SELECT * FROM T WHERE pk = 'a' AND sk = 1\"},"
                        + "{'Statement':\"DELETE FROM T WHERE pk = 'a' AND sk = 1\"}]}"), CONTEXT)));
    }

    @Test
    void executeTransactionRunsWritesAsOneTransactWriteItems() {
        backend.answer("TransactWriteItems", "{}");

        operations.executeTransaction(json("{'ClientRequestToken':'tok','TransactStatements':["
                + "{'Statement':\"INSERT INTO T VALUE {'pk': 'a', 'sk': 1}\"},"
                + "{'Statement':'UPDATE T SET n = n + 1 WHERE pk = ? AND sk = 2','Parameters':[{'S':'a'}],"
                + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'},"
                + "{'Statement':\"EXISTS(SELECT * FROM T WHERE pk = 'b' AND sk = 3)\"}]}"), CONTEXT);

        ObjectNode transaction = backend.onlyCall("TransactWriteItems");
        assertEquals("tok", transaction.get("ClientRequestToken").asText());
        assertEquals(List.of("Put", "Update", "ConditionCheck"), List.of(
                transaction.at("/TransactItems/0").fieldNames().next(),
                transaction.at("/TransactItems/1").fieldNames().next(),
                transaction.at("/TransactItems/2").fieldNames().next()));
        assertEquals("ALL_OLD", transaction.at("/TransactItems/1/Update/ReturnValuesOnConditionCheckFailure").asText());
    }

    @Test
    void executeTransactionRunsReadsAsOneTransactGetItems() {
        backend.answer("TransactGetItems", "{'Responses':[{'Item':{'pk':{'S':'a'}}},{}]}");

        JsonNode output = operations.executeTransaction(json("{'TransactStatements':["
                + "{'Statement':\"SELECT * FROM T WHERE pk = 'a' AND sk = 1\"},"
                + "{'Statement':\"SELECT x FROM T WHERE pk = 'b' AND sk = 1\"}]}"), CONTEXT);

        assertEquals(json("{'Responses':[{'Item':{'pk':{'S':'a'}}},{}]}"), output);
        assertEquals(2, backend.onlyCall("TransactGetItems").get("TransactItems").size());
    }

    private static String refused(Runnable call) {
        return assertThrows(AwsServiceException.class, call::run).getMessage();
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A backend whose tables all have keys pk and sk, recording the operations it is asked to run. */
    private static final class RecordingBackend implements PartiqlBackend {

        private final List<Map.Entry<String, ObjectNode>> calls = new ArrayList<>();
        private final Map<String, Object> answers = new HashMap<>();

        void answer(String operation, String output) {
            answers.put(operation, json(output));
        }

        void fail(String operation, AwsServiceException error) {
            answers.put(operation, error);
        }

        ObjectNode onlyCall(String operation) {
            List<ObjectNode> matching = calls.stream().filter(call -> call.getKey().equals(operation))
                    .map(Map.Entry::getValue).toList();
            assertEquals(1, matching.size(), operation + " calls");
            return matching.get(0);
        }

        @Override
        public TableKeys keysOf(String tableName, RequestContext context) {
            if (!tableName.equals("T")) {
                throw CommonErrors.validation("no such table in this test");
            }
            return TableKeys.of("pk", "sk");
        }

        @Override
        public JsonNode run(String operation, ObjectNode input, RequestContext context) {
            calls.add(Map.entry(operation, input));
            Object answer = answers.getOrDefault(operation, json("{}"));
            if (answer instanceof AwsServiceException error) {
                throw error;
            }
            return (JsonNode) answer;
        }
    }
}
