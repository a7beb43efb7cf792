package dev.stratus.dynamodb.table;

import java.util.List;

/**
 * An UpdateTable request; every member but the table's name is {@code null} when the request leaves it out.
 *
 * @param attributeDefinitions the definitions sent, distinct by name, in order
 */
public record UpdateTableRequest(String tableName, List<KeyElement> attributeDefinitions, BillingMode billingMode,
                                 RequestedThroughput throughput, List<IndexUpdate> indexUpdates,
                                 StreamRequest streamSpecification, Boolean deletionProtectionEnabled,
                                 String tableClass) {

    public UpdateTableRequest {
        attributeDefinitions = attributeDefinitions == null ? null : List.copyOf(attributeDefinitions);
        indexUpdates = indexUpdates == null ? null : List.copyOf(indexUpdates);
    }
}
