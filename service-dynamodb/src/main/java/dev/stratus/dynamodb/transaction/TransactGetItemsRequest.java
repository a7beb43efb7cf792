package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.capacity.CapacityMode;
import java.util.List;

/** A TransactGetItems. */
public record TransactGetItemsRequest(List<TransactGetItem> items, CapacityMode capacity) {

    public TransactGetItemsRequest {
        items = List.copyOf(items);
    }
}
