package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.item.GetItemResult;
import dev.stratus.dynamodb.item.WriteItemResult;
import dev.stratus.dynamodb.query.ReadResult;
import dev.stratus.dynamodb.transaction.TransactGetItemsRequest;
import dev.stratus.dynamodb.transaction.TransactGetItemsResult;
import dev.stratus.dynamodb.transaction.TransactWriteItemsRequest;
import dev.stratus.dynamodb.transaction.TransactWriteItemsResult;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import java.util.List;

/** Runs compiled statements through a {@link PartiqlBackend}, with PartiQL's own errors where they differ. */
public final class PartiqlRunner {

    private final PartiqlBackend backend;

    public PartiqlRunner(PartiqlBackend backend) {
        this.backend = backend;
    }

    /** The keys of the statement's table; ResourceNotFoundException when there is none. */
    public TableKeys keysOf(PartiqlStatement statement, RequestContext context) {
        return backend.keysOf(statement.tableName(), context);
    }

    /** Runs a SELECT compiled to a Query or Scan. */
    public ReadResult read(PartiqlRequest request, RequestContext context) {
        if (request instanceof PartiqlRequest.Query query) {
            return backend.query(query.request(), context);
        }
        return backend.scan(((PartiqlRequest.Scan) request).request(), context);
    }

    /** Runs a SELECT of a batch, compiled to a GetItem. */
    public GetItemResult get(PartiqlRequest.Get request, RequestContext context) {
        return backend.getItem(request.request(), context);
    }

    /** Runs a write; an INSERT whose key exists fails as AWS's DuplicateItemException. */
    public WriteItemResult write(PartiqlStatement statement, PartiqlRequest request, RequestContext context) {
        try {
            if (request instanceof PartiqlRequest.Put put) {
                return backend.putItem(put.request(), context);
            }
            if (request instanceof PartiqlRequest.Update update) {
                return backend.updateItem(update.request(), context);
            }
            return backend.deleteItem(((PartiqlRequest.Delete) request).request(), context);
        } catch (AwsServiceException e) {
            if (statement instanceof PartiqlStatement.Insert
                    && e.errorCode().equals("ConditionalCheckFailedException")) {
                throw PartiqlErrors.duplicateItem();
            }
            throw e;
        }
    }

    /** Runs an ExecuteTransaction of SELECTs, compiled to GetItems, as one TransactGetItems. */
    public TransactGetItemsResult readTransaction(List<PartiqlRequest> requests, CapacityMode capacity,
                                                  RequestContext context) {
        return backend.transactGetItems(new TransactGetItemsRequest(requests.stream()
                .map(request -> ((PartiqlRequest.Get) request).transactGetItem()).toList(), capacity), context);
    }

    /** Runs an ExecuteTransaction of writes as one TransactWriteItems; {@code token} null when none. */
    public TransactWriteItemsResult writeTransaction(List<PartiqlRequest> requests, CapacityMode capacity,
                                                     String token, RequestContext context) {
        return backend.transactWriteItems(new TransactWriteItemsRequest(requests.stream()
                .map(PartiqlRequest::transactWriteItem).toList(), capacity, false, token), context);
    }
}
