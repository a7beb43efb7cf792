package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.item.DeleteItemRequest;
import dev.stratus.dynamodb.item.GetItemRequest;
import dev.stratus.dynamodb.item.PutItemRequest;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.query.QueryRequest;
import dev.stratus.dynamodb.query.ScanRequest;
import dev.stratus.dynamodb.transaction.TransactGetItem;
import dev.stratus.dynamodb.transaction.TransactWriteItem;

/**
 * The engine request a PartiQL statement compiles to: a Query, Scan, GetItem, PutItem, UpdateItem or DeleteItem,
 * or (for {@code EXISTS(SELECT ...)} in a transaction) a ConditionCheck.
 */
public sealed interface PartiqlRequest {

    /** This request as an action of a TransactWriteItems (ReturnValues dropped). */
    default TransactWriteItem transactWriteItem() {
        throw new IllegalStateException("Not a single-item write: " + this);
    }

    record Query(QueryRequest request) implements PartiqlRequest {
    }

    record Scan(ScanRequest request) implements PartiqlRequest {
    }

    record Get(GetItemRequest request) implements PartiqlRequest {
        /** This GetItem as a Get of a TransactGetItems. */
        public TransactGetItem transactGetItem() {
            return new TransactGetItem(request.tableName(), request.key(), request.projection());
        }
    }

    record Put(PutItemRequest request) implements PartiqlRequest {
        @Override
        public TransactWriteItem transactWriteItem() {
            return TransactWriteItem.put(request.tableName(), request.item(), request.condition(),
                    request.options().oldItemOnConditionFailure());
        }
    }

    record Update(UpdateItemRequest request) implements PartiqlRequest {
        @Override
        public TransactWriteItem transactWriteItem() {
            return TransactWriteItem.update(request.tableName(), request.key(), request.update().orElseThrow(),
                    request.condition(), request.options().oldItemOnConditionFailure());
        }
    }

    record Delete(DeleteItemRequest request) implements PartiqlRequest {
        @Override
        public TransactWriteItem transactWriteItem() {
            return TransactWriteItem.delete(request.tableName(), request.key(), request.condition(),
                    request.options().oldItemOnConditionFailure());
        }
    }

    record ConditionCheck(TransactWriteItem check) implements PartiqlRequest {
        @Override
        public TransactWriteItem transactWriteItem() {
            return check;
        }
    }
}
