package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.capacity.CapacityMode;
import java.util.List;

/**
 * A TransactWriteItems.
 *
 * @param clientRequestToken the idempotency token, or {@code null} when the request has none
 */
public record TransactWriteItemsRequest(List<TransactWriteItem> items, CapacityMode capacity,
                                        boolean itemCollectionMetrics, String clientRequestToken) {

    public TransactWriteItemsRequest {
        items = List.copyOf(items);
    }
}
