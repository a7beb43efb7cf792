package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.query.ReadOperations;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.transaction.TransactionOperations;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The engine's own operations behind PartiQL: statements run exactly as the plain requests they translate to. */
@Singleton
public final class OperationsBackend implements PartiqlBackend {

    private final TableService tables;
    private final ItemOperations items;
    private final ReadOperations reads;
    private final TransactionOperations transactions;

    @Inject
    public OperationsBackend(TableService tables, ItemOperations items, ReadOperations reads,
                             TransactionOperations transactions) {
        this.tables = tables;
        this.items = items;
        this.reads = reads;
        this.transactions = transactions;
    }

    @Override
    public TableKeys keysOf(String tableName, RequestContext context) {
        TableDefinition definition = tables.forItems(context, tableName).definition();
        KeySchema schema = definition.keySchema();
        TableKeys keys = TableKeys.of(schema.hash().name(), schema.hasRange() ? schema.range().name() : null);
        for (SecondaryIndex index : definition.indexes()) {
            KeySchema indexSchema = index.keySchema();
            keys = keys.withIndex(index.name(), indexSchema.hash().name(),
                    indexSchema.hasRange() ? indexSchema.range().name() : null);
        }
        return keys;
    }

    @Override
    public JsonNode run(String operation, ObjectNode input, RequestContext context) {
        return switch (operation) {
            case "Query" -> reads.query(input, context);
            case "Scan" -> reads.scan(input, context);
            case "GetItem" -> items.getItem(input, context);
            case "PutItem" -> items.putItem(input, context);
            case "UpdateItem" -> items.updateItem(input, context);
            case "DeleteItem" -> items.deleteItem(input, context);
            case "TransactGetItems" -> transactions.transactGetItems(input, context);
            case "TransactWriteItems" -> transactions.transactWriteItems(input, context);
            default -> throw new IllegalArgumentException("PartiQL does not translate to " + operation);
        };
    }
}
