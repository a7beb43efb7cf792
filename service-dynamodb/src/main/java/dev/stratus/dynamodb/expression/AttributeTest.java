package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;

/**
 * One test of a top-level attribute, as DynamoDB's legacy conditions ({@code Expected}, {@code KeyConditions},
 * {@code QueryFilter}, {@code ScanFilter}) state it; {@link ExpressionTrees} builds the equivalent condition.
 *
 * @param values the values compared with: one, none for EXISTS and NOT_EXISTS, two for BETWEEN, one or more for IN
 */
public record AttributeTest(String attribute, Kind kind, List<AttributeValue> values) {

    public AttributeTest {
        values = List.copyOf(values);
    }

    /** What the test asks of the attribute; NOT_CONTAINS also asks that it exists, as AWS's NOT_CONTAINS does. */
    public enum Kind {
        EQ, NE, LE, LT, GE, GT, EXISTS, NOT_EXISTS, CONTAINS, NOT_CONTAINS, BEGINS_WITH, IN, BETWEEN
    }
}
