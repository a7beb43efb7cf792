package dev.stratus.dynamodb.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.item.DeleteItemRequest;
import dev.stratus.dynamodb.item.GetItemRequest;
import dev.stratus.dynamodb.item.GetItemResult;
import dev.stratus.dynamodb.item.PutItemRequest;
import dev.stratus.dynamodb.item.ReturnValues;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.item.WriteOptions;
import dev.stratus.dynamodb.partiql.PartiqlBackend;
import dev.stratus.dynamodb.partiql.TableKeys;
import dev.stratus.dynamodb.query.QueryRequest;
import dev.stratus.dynamodb.query.ReadResult;
import dev.stratus.dynamodb.query.ScanRequest;
import dev.stratus.dynamodb.transaction.TransactGetItemsRequest;
import dev.stratus.dynamodb.transaction.TransactGetItemsResult;
import dev.stratus.dynamodb.transaction.TransactWriteItem;
import dev.stratus.dynamodb.transaction.TransactWriteItemsRequest;
import dev.stratus.dynamodb.transaction.TransactWriteItemsResult;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.CommonErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartiqlProtocolTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    private static final RequestContext CONTEXT = new RequestContext("r", "000000000000", "us-east-1", "dynamodb",
            "ExecuteStatement", Instant.EPOCH, "");

    private final RecordingBackend backend = new RecordingBackend();
    private final PartiqlProtocol operations = new PartiqlProtocol(backend);

    @Test
    void executeStatementRunsASelectWithTheRequestsPagingAndReadSettings() {
        String token = NextTokens.encode(json("{'pk':{'S':'a'},'sk':{'N':'1'}}"));
        backend.answer("Query", new ReadResult(List.of(Map.of("pk", AttributeValue.s("a"))), 1, 1,
                Map.of("pk", AttributeValue.s("a"), "sk", AttributeValue.n("2")), null));

        JsonNode output = operations.executeStatement(json("{'Statement':'SELECT * FROM T WHERE pk = ?',"
                + "'Parameters':[{'S':'a'}],'ConsistentRead':true,'Limit':1,'NextToken':'" + token + "',"
                + "'ReturnConsumedCapacity':'TOTAL'}"), CONTEXT);

        QueryRequest query = (QueryRequest) backend.onlyCall("Query");
        assertEquals(true, query.target().consistentRead());
        assertEquals(1L, query.limit());
        assertEquals(CapacityMode.TOTAL, query.target().capacity());
        assertEquals(Map.of("pk", AttributeValue.s("a"), "sk", AttributeValue.n("1")), query.exclusiveStartKey());
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
        backend.answer("DeleteItem", new WriteItemResult(Map.of("pk", AttributeValue.s("a")), null, null));

        JsonNode output = operations.executeStatement(json("{'Statement':"
                + "\"DELETE FROM T WHERE pk = 'a' AND sk = 1 RETURNING ALL OLD *\","
                + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}"), CONTEXT);

        assertEquals(json("{'Items':[{'pk':{'S':'a'}}]}"), output);
        WriteOptions options = ((DeleteItemRequest) backend.onlyCall("DeleteItem")).options();
        assertEquals(ReturnValues.ALL_OLD, options.returnValues());
        assertTrue(options.oldItemOnConditionFailure());
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
        backend.answer("GetItem", new GetItemResult(Map.of("pk", AttributeValue.s("a"), "sk", AttributeValue.n("1")),
                null));

        JsonNode output = operations.batchExecuteStatement(json("{'Statements':["
                + "{'Statement':\"SELECT * FROM T WHERE pk = 'a' AND sk = 1\",'ConsistentRead':true},"
                + "{'Statement':'SELECT * FROM'},"
                + "{'Statement':\"SELECT * FROM T WHERE pk = 'a'\"}]}"), CONTEXT);

        assertEquals(json("{'Responses':[{'TableName':'T','Item':{'pk':{'S':'a'},'sk':{'N':'1'}}},"
                + "{'Error':{'Code':'ValidationError','Message':"
                + "\"Statement wasn't well formed, can't be processed: Unexpected end of statement at position 13\"}},"
                + "{'Error':{'Code':'ValidationError','Message':'Select statements within BatchExecuteStatement "
                + "must specify the primary key in the where clause.'},'TableName':'T'}]}"), output);
        assertTrue(((GetItemRequest) backend.onlyCall("GetItem")).consistentRead());
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
        backend.answer("TransactWriteItems", new TransactWriteItemsResult(null, null));

        operations.executeTransaction(json("{'ClientRequestToken':'tok','TransactStatements':["
                + "{'Statement':\"INSERT INTO T VALUE {'pk': 'a', 'sk': 1}\"},"
                + "{'Statement':'UPDATE T SET n = n + 1 WHERE pk = ? AND sk = 2','Parameters':[{'S':'a'}],"
                + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'},"
                + "{'Statement':\"EXISTS(SELECT * FROM T WHERE pk = 'b' AND sk = 3)\"}]}"), CONTEXT);

        TransactWriteItemsRequest transaction = (TransactWriteItemsRequest) backend.onlyCall("TransactWriteItems");
        assertEquals("tok", transaction.clientRequestToken());
        assertEquals(List.of(TransactWriteItem.Kind.PUT, TransactWriteItem.Kind.UPDATE,
                TransactWriteItem.Kind.CONDITION_CHECK), transaction.items().stream().map(TransactWriteItem::kind)
                .toList());
        assertEquals(List.of(false, true, false), transaction.items().stream()
                .map(TransactWriteItem::oldItemOnConditionFailure).toList());
    }

    @Test
    void executeTransactionRunsReadsAsOneTransactGetItems() {
        backend.answer("TransactGetItems", new TransactGetItemsResult(
                Arrays.<Map<String, AttributeValue>>asList(Map.of("pk", AttributeValue.s("a")), null), null));

        JsonNode output = operations.executeTransaction(json("{'TransactStatements':["
                + "{'Statement':\"SELECT * FROM T WHERE pk = 'a' AND sk = 1\"},"
                + "{'Statement':\"SELECT x FROM T WHERE pk = 'b' AND sk = 1\"}]}"), CONTEXT);

        assertEquals(json("{'Responses':[{'Item':{'pk':{'S':'a'}}},{}]}"), output);
        assertEquals(2, ((TransactGetItemsRequest) backend.onlyCall("TransactGetItems")).items().size());
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

        private final List<Map.Entry<String, Object>> calls = new ArrayList<>();
        private final Map<String, Object> answers = new HashMap<>();

        void answer(String operation, Object result) {
            answers.put(operation, result);
        }

        void fail(String operation, AwsServiceException error) {
            answers.put(operation, error);
        }

        Object onlyCall(String operation) {
            List<Object> matching = calls.stream().filter(call -> call.getKey().equals(operation))
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
        public ReadResult query(QueryRequest request, RequestContext context) {
            return run("Query", request, new ReadResult(List.of(), 0, 0, null, null));
        }

        @Override
        public ReadResult scan(ScanRequest request, RequestContext context) {
            return run("Scan", request, new ReadResult(List.of(), 0, 0, null, null));
        }

        @Override
        public GetItemResult getItem(GetItemRequest request, RequestContext context) {
            return run("GetItem", request, new GetItemResult(null, null));
        }

        @Override
        public WriteItemResult putItem(PutItemRequest request, RequestContext context) {
            return run("PutItem", request, new WriteItemResult(null, null, null));
        }

        @Override
        public WriteItemResult updateItem(UpdateItemRequest request, RequestContext context) {
            return run("UpdateItem", request, new WriteItemResult(null, null, null));
        }

        @Override
        public WriteItemResult deleteItem(DeleteItemRequest request, RequestContext context) {
            return run("DeleteItem", request, new WriteItemResult(null, null, null));
        }

        @Override
        public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request, RequestContext context) {
            return run("TransactGetItems", request, new TransactGetItemsResult(List.of(), null));
        }

        @Override
        public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request,
                                                           RequestContext context) {
            return run("TransactWriteItems", request, new TransactWriteItemsResult(null, null));
        }

        @SuppressWarnings("unchecked")
        private <T> T run(String operation, Object request, T otherwise) {
            calls.add(Map.entry(operation, request));
            Object answer = answers.getOrDefault(operation, otherwise);
            if (answer instanceof AwsServiceException error) {
                throw error;
            }
            return (T) answer;
        }
    }
}
