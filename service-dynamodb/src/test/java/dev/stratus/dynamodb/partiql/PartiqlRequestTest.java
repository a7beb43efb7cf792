package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.transaction.TransactGetItem;
import dev.stratus.dynamodb.transaction.TransactWriteItem;
import dev.stratus.spi.AwsServiceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Statement compilation pieces: transaction entries, PartiQL's own errors. */
class PartiqlRequestTest {

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
        PartiqlRequest.Update update = (PartiqlRequest.Update) PartiqlTranslator.translateSingleItem(
                PartiqlParser.parse("UPDATE T SET a = 1 WHERE pk = 'k' RETURNING ALL NEW *"), null, keys,
                PartiqlTranslator.StatementBatch.TRANSACTION, StatementOptions.NONE);
        PartiqlRequest.Get get = (PartiqlRequest.Get) PartiqlTranslator.translateSingleItem(PartiqlParser.parse(
                "SELECT * FROM T WHERE pk = 'k'"), null, keys, PartiqlTranslator.StatementBatch.TRANSACTION,
                StatementOptions.NONE);

        TransactWriteItem updateItem = update.transactWriteItem();
        assertEquals(TransactWriteItem.Kind.UPDATE, updateItem.kind());
        assertEquals(update.request().update(), updateItem.update());
        assertEquals(Map.of("pk", AttributeValue.s("k")), updateItem.key());
        assertEquals(new TransactGetItem("T", Map.of("pk", AttributeValue.s("k")), Optional.empty()),
                get.transactGetItem());
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
}
