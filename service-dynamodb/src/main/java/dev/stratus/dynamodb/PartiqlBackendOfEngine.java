package dev.stratus.dynamodb;

import dev.stratus.dynamodb.item.DeleteItemRequest;
import dev.stratus.dynamodb.item.GetItemRequest;
import dev.stratus.dynamodb.item.GetItemResult;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.item.PutItemRequest;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.partiql.PartiqlBackend;
import dev.stratus.dynamodb.partiql.TableKeys;
import dev.stratus.dynamodb.query.QueryRequest;
import dev.stratus.dynamodb.query.ReadOperations;
import dev.stratus.dynamodb.query.ReadResult;
import dev.stratus.dynamodb.query.ScanRequest;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.transaction.TransactGetItemsRequest;
import dev.stratus.dynamodb.transaction.TransactGetItemsResult;
import dev.stratus.dynamodb.transaction.TransactWriteItemsRequest;
import dev.stratus.dynamodb.transaction.TransactWriteItemsResult;
import dev.stratus.dynamodb.transaction.TransactionOperations;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Runs compiled PartiQL statements through the engine's own typed operations. */
@Singleton
public final class PartiqlBackendOfEngine implements PartiqlBackend {

    private final TableService tables;
    private final ItemOperations items;
    private final ReadOperations reads;
    private final TransactionOperations transactions;

    @Inject
    public PartiqlBackendOfEngine(TableService tables, ItemOperations items, ReadOperations reads,
                           TransactionOperations transactions) {
        this.tables = tables;
        this.items = items;
        this.reads = reads;
        this.transactions = transactions;
    }

    @Override
    public TableKeys keysOf(String tableName, RequestContext context) {
        return TableKeys.of(tables.forItems(context, tableName).definition());
    }

    @Override
    public ReadResult query(QueryRequest request, RequestContext context) {
        return reads.query(request, context);
    }

    @Override
    public ReadResult scan(ScanRequest request, RequestContext context) {
        return reads.scan(request, context);
    }

    @Override
    public GetItemResult getItem(GetItemRequest request, RequestContext context) {
        return items.getItem(request, context);
    }

    @Override
    public WriteItemResult putItem(PutItemRequest request, RequestContext context) {
        return items.putItem(request, context);
    }

    @Override
    public WriteItemResult updateItem(UpdateItemRequest request, RequestContext context) {
        return items.updateItem(request, context);
    }

    @Override
    public WriteItemResult deleteItem(DeleteItemRequest request, RequestContext context) {
        return items.deleteItem(request, context);
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request, RequestContext context) {
        return transactions.transactGetItems(request, context);
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request, RequestContext context) {
        return transactions.transactWriteItems(request, context);
    }
}
