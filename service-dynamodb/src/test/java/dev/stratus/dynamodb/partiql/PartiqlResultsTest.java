package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartiqlResultsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    @Test
    void selectOutputCarriesItemsAndANextTokenForTheLastEvaluatedKey() {
        ObjectNode output = PartiqlResults.selectOutput(json("{'Items':[{'a':{'S':'x'}}],'Count':1,'ScannedCount':1,"
                + "'LastEvaluatedKey':{'a':{'S':'x'}},'ConsumedCapacity':{'TableName':'T','CapacityUnits':0.5}}"));

        assertEquals(node("[{'a':{'S':'x'}}]"), output.get("Items"));
        assertEquals(json("{'a':{'S':'x'}}"), NextTokens.decode(output.get("NextToken").asText()));
        assertEquals(json("{'TableName':'T','CapacityUnits':0.5}"), output.get("ConsumedCapacity"));
        assertFalse(output.has("Count"));
    }

    @Test
    void selectOutputWithoutMoreHasNoNextToken() {
        ObjectNode output = PartiqlResults.selectOutput(json("{'Items':[],'Count':0}"));

        assertEquals(json("{'Items':[]}"), output);
    }

    @Test
    void writeOutputReturnsTheReturnedAttributesAsItsItem() {
        assertEquals(json("{'Items':[{'a':{'N':'1'}}]}"),
                PartiqlResults.writeOutput(json("{'Attributes':{'a':{'N':'1'}}}")));
        assertEquals(json("{'Items':[]}"), PartiqlResults.writeOutput(json("{}")));
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
                PartiqlResults.batchResponse("T", json("{'Item':{'a':{'S':'x'}}}")));
        assertEquals(json("{'TableName':'T'}"), PartiqlResults.batchResponse("T", json("{}")));
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
    void duplicateItemIsAwsError() {
        AwsServiceException error = PartiqlErrors.duplicateItem();

        assertEquals("DuplicateItemException", error.errorCode());
        assertEquals("Duplicate primary key exists in table", error.getMessage());
        assertEquals(400, error.httpStatus());
    }

    @Test
    void transactionStatementsBecomeTransactItems() {
        TableKeys keys = TableKeys.of("pk", null);
        OperationRequest update = PartiqlTranslator.translateSingleItem(PartiqlParser.parse(
                        "UPDATE T SET a = 1 WHERE pk = 'k' RETURNING ALL NEW *"), null, keys,
                PartiqlTranslator.StatementBatch.TRANSACTION);
        OperationRequest get = PartiqlTranslator.translateSingleItem(PartiqlParser.parse(
                "SELECT * FROM T WHERE pk = 'k'"), null, keys, PartiqlTranslator.StatementBatch.TRANSACTION);

        ObjectNode updateItem = PartiqlResults.transactItem(update);
        assertEquals("SET #n0 = :v0", updateItem.at("/Update/UpdateExpression").asText());
        assertFalse(updateItem.get("Update").has("ReturnValues"));
        assertEquals(json("{'Get':{'TableName':'T','Key':{'pk':{'S':'k'}}}}"), PartiqlResults.transactItem(get));
    }

    @Test
    void batchesMayNotMixReadsAndWrites() {
        PartiqlStatement read = PartiqlParser.parse("SELECT * FROM T WHERE pk = 'a'");
        PartiqlStatement write = PartiqlParser.parse("DELETE FROM T WHERE pk = 'a'");

        StatementBatches.requireReadsOrWrites(List.of(read, read));
        StatementBatches.requireReadsOrWrites(List.of(write, write));
        assertEquals("Mixed read and write statements are not supported", assertThrows(AwsServiceException.class,
                () -> StatementBatches.requireReadsOrWrites(List.of(read, write))).getMessage());
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
