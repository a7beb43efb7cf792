package dev.stratus.dynamodb.legacy;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;

/**
 * One entry of {@code Expected}, {@code KeyConditions}, {@code QueryFilter} or {@code ScanFilter}, as the request
 * gave it; members the request left out are {@code null}.
 *
 * @param comparisonOperator the operator's name
 * @param value              {@code Value} (Expected only)
 * @param exists             {@code Exists} (Expected only)
 */
public record ConditionEntry(String attribute, String comparisonOperator, List<AttributeValue> attributeValueList,
                             AttributeValue value, Boolean exists) {
}
