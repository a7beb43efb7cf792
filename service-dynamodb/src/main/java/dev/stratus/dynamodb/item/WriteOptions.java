package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.capacity.CapacityMode;

/**
 * What a single-item write asked to get back.
 *
 * @param itemCollectionMetrics     whether it asked for item collection metrics ({@code ReturnItemCollectionMetrics: SIZE})
 * @param oldItemOnConditionFailure whether a failed condition returns the current item
 *                                  ({@code ReturnValuesOnConditionCheckFailure: ALL_OLD})
 */
public record WriteOptions(ReturnValues returnValues, CapacityMode capacity, boolean itemCollectionMetrics,
                           boolean oldItemOnConditionFailure) {

    /** Nothing back: no attributes, no capacity, no metrics. */
    public static final WriteOptions NONE = new WriteOptions(ReturnValues.NONE, CapacityMode.NONE, false, false);
}
