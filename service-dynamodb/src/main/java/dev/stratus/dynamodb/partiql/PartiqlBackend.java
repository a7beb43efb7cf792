package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.item.DeleteItemRequest;
import dev.stratus.dynamodb.item.GetItemRequest;
import dev.stratus.dynamodb.item.GetItemResult;
import dev.stratus.dynamodb.item.PutItemRequest;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.query.QueryRequest;
import dev.stratus.dynamodb.query.ReadResult;
import dev.stratus.dynamodb.query.ScanRequest;
import dev.stratus.dynamodb.transaction.TransactGetItemsRequest;
import dev.stratus.dynamodb.transaction.TransactGetItemsResult;
import dev.stratus.dynamodb.transaction.TransactWriteItemsRequest;
import dev.stratus.dynamodb.transaction.TransactWriteItemsResult;
import dev.stratus.spi.RequestContext;

/** What {@link PartiqlOperations} needs of the engine: tables' keys, and the typed operations to run. */
public interface PartiqlBackend {

    /** The key attributes of the caller's table and its indexes; ResourceNotFoundException when there is none. */
    TableKeys keysOf(String tableName, RequestContext context);

    ReadResult query(QueryRequest request, RequestContext context);

    ReadResult scan(ScanRequest request, RequestContext context);

    GetItemResult getItem(GetItemRequest request, RequestContext context);

    WriteItemResult putItem(PutItemRequest request, RequestContext context);

    WriteItemResult updateItem(UpdateItemRequest request, RequestContext context);

    WriteItemResult deleteItem(DeleteItemRequest request, RequestContext context);

    TransactGetItemsResult transactGetItems(TransactGetItemsRequest request, RequestContext context);

    TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request, RequestContext context);
}
