package dev.stratus.dynamodb.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import dev.stratus.dynamodb.item.GetItemResult;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.query.ReadResult;
import dev.stratus.dynamodb.transaction.TransactGetItemsResult;
import dev.stratus.dynamodb.transaction.TransactWriteItemsResult;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartiqlResultsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    @Test
    void selectOutputCarriesItemsAndANextTokenForTheLastEvaluatedKey() {
        Map<String, AttributeValue> item = Map.of("a", AttributeValue.s("x"));
        ObjectNode output = PartiqlResults.selectOutput(new ReadResult(List.of(item), 1, 1, item,
                new CapacityUsage("T", false, 0.5, null, Map.of(), Map.of())));

        assertEquals(node("[{'a':{'S':'x'}}]"), output.get("Items"));
        assertEquals(json("{'a':{'S':'x'}}"), NextTokens.decode(output.get("NextToken").asText()));
        assertEquals(json("{'TableName':'T','CapacityUnits':0.5,'ReadCapacityUnits':0.5}"),
                output.get("ConsumedCapacity"));
        assertFalse(output.has("Count"));
    }

    @Test
    void selectOutputWithoutMoreHasNoNextToken() {
        ObjectNode output = PartiqlResults.selectOutput(new ReadResult(List.of(), 0, 0, null, null));

        assertEquals(json("{'Items':[]}"), output);
    }

    @Test
    void writeOutputReturnsTheReturnedAttributesAsItsItem() {
        assertEquals(json("{'Items':[{'a':{'N':'1'}}]}"),
                PartiqlResults.writeOutput(new WriteItemResult(Map.of("a", AttributeValue.n("1")), null, null)));
        assertEquals(json("{'Items':[]}"), PartiqlResults.writeOutput(new WriteItemResult(null, null, null)));
    }

    @Test
    void nextTokensRoundTripAndForeignTokensAreRefused() {
        ObjectNode key = json("{'pk':{'S':'a'},'sk':{'N':'2'}}");

        assertEquals(key, NextTokens.decode(NextTokens.encode(key)));
        assertEquals("The provided NextToken is invalid",
                assertThrows(AwsServiceException.class, () -> NextTokens.decode("not a token!")).getMessage());
        assertEquals("The provided NextToken is invalid",
                assertThrows(AwsServiceException.class, () -> NextTokens.decode("e30")).getMessage());
    }

    @Test
    void batchResponsesCarryTheTableAndTheItemFound() {
        assertEquals(json("{'TableName':'T','Item':{'a':{'S':'x'}}}"),
                PartiqlResults.batchResponse("T", new GetItemResult(Map.of("a", AttributeValue.s("x")), null)));
        assertEquals(json("{'TableName':'T'}"), PartiqlResults.batchResponse("T", new GetItemResult(null, null)));
        assertEquals(json("{'TableName':'T'}"), PartiqlResults.batchResponse("T", null));
    }

    @ParameterizedTest
    @CsvSource({
            "ConditionalCheckFailedException, ConditionalCheckFailed",
            "ValidationException, ValidationError",
            "DuplicateItemException, DuplicateItem",
            "ResourceNotFoundException, ResourceNotFound",
            "TransactionConflictException, TransactionConflict",
            "ProvisionedThroughputExceededException, ProvisionedThroughputExceeded",
            "ItemCollectionSizeLimitExceededException, ItemCollectionSizeLimitExceeded",
            "ThrottlingException, ThrottlingError",
            "RequestLimitExceeded, RequestLimitExceeded",
            "InternalServerError, InternalServerError",
            "AccessDeniedException, AccessDenied"})
    void batchErrorsUseTheBatchErrorCodes(String errorCode, String batchCode) {
        assertEquals(batchCode, PartiqlResults.batchErrorCode(errorCode));
    }

    @Test
    void batchErrorCarriesMessageAndItem() {
        AwsServiceException error = new AwsServiceException("ConditionalCheckFailedException",
                "The conditional request failed", 400).withField("Item", json("{'a':{'S':'x'}}"));

        assertEquals(json("{'Error':{'Code':'ConditionalCheckFailed','Message':'The conditional request failed',"
                + "'Item':{'a':{'S':'x'}}},'TableName':'T'}"), PartiqlResults.batchError("T", error));
        assertEquals(json("{'Error':{'Code':'ValidationError','Message':'bad'}}"),
                PartiqlResults.batchError(null, CommonErrors.validation("bad")));
    }

    @Test
    void transactionOutputsCarryTheItemsFoundAndTheCapacity() {
        List<Map<String, AttributeValue>> items = Arrays.asList(Map.of("a", AttributeValue.s("x")), null);

        assertEquals(json("{'Responses':[{'Item':{'a':{'S':'x'}}},{}]}"),
                PartiqlResults.transactionReadOutput(new TransactGetItemsResult(items, null)));
        assertEquals(json("{}"), PartiqlResults.transactionWriteOutput(new TransactWriteItemsResult(null, null)));
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) node(text);
    }

    private static JsonNode node(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
