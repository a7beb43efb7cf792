package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.table.KeySchemaElement.KeyType;
import dev.stratus.spi.RequestContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableUpdateTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
    private static final RequestContext CONTEXT = new RequestContext("r", "111122223333", "eu-west-1", "dynamodb",
            "UpdateTable", NOW, "111122223333");

    private static final TableDefinition ORDERS = new CreateTableRequest("Orders",
            List.of(new KeyElement("id", ScalarType.S)), List.of(new KeySchemaElement("id", KeyType.HASH)),
            BillingMode.PAY_PER_REQUEST, null, List.of(), List.of(), null, List.of(), false, null)
            .definition(CONTEXT, 1, NOW);

    private static UpdateTableRequest addIndex(List<KeyElement> definitions, IndexRequest index) {
        return new UpdateTableRequest("Orders", definitions, null, null, List.of(new IndexUpdate(index, null, null)),
                null, null, null);
    }

    @Test
    void newGlobalIndexGetsTheNextStorageNumber() {
        TableUpdate update = TableUpdate.of(addIndex(List.of(new KeyElement("customer", ScalarType.S)),
                new IndexRequest("byCustomer", List.of(new KeySchemaElement("customer", KeyType.HASH)),
                        Projection.Type.ALL, null, null)), ORDERS, NOW);

        assertEquals(List.of("byCustomer"), update.addedIndexes().stream().map(SecondaryIndex::name).toList());
        assertEquals(0, update.addedIndexes().get(0).number());
        assertEquals(1, update.definition().nextIndexNumber());
    }

    @Test
    void redeclaredKeyAttributeKeepsItsType() {
        TableUpdate update = TableUpdate.of(addIndex(
                List.of(new KeyElement("id", ScalarType.N), new KeyElement("customer", ScalarType.S)),
                new IndexRequest("byCustomer", List.of(new KeySchemaElement("customer", KeyType.HASH),
                        new KeySchemaElement("id", KeyType.RANGE)), Projection.Type.KEYS_ONLY, null, null)),
                ORDERS, NOW);

        assertEquals(List.of(new KeyElement("id", ScalarType.S), new KeyElement("customer", ScalarType.S)),
                update.definition().attributeDefinitions());
        assertEquals(ScalarType.S, update.definition().index("byCustomer").orElseThrow().keySchema().range().type());
    }
}
