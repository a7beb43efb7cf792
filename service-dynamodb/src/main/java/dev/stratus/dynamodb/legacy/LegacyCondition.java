package dev.stratus.dynamodb.legacy;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.Bytes;
import dev.stratus.dynamodb.expression.AttributeTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One legacy condition on a top-level attribute: an entry of Expected, QueryFilter, ScanFilter or KeyConditions. */
record LegacyCondition(String attribute, ComparisonOperator operator, List<AttributeValue> arguments) {

    LegacyCondition {
        arguments = List.copyOf(arguments);
    }

    /** An entry of QueryFilter, ScanFilter or KeyConditions: a ComparisonOperator with its AttributeValueList. */
    static LegacyCondition ofFilter(ConditionEntry entry) {
        ComparisonOperator operator = ComparisonOperator.named(entry.comparisonOperator());
        return checked(entry.attribute(), operator, valueList(entry.attributeValueList()));
    }

    /** An entry of Expected: the {@code Exists}/{@code Value} form or the {@code ComparisonOperator} form. */
    static LegacyCondition ofExpected(ConditionEntry entry) {
        String attribute = entry.attribute();
        AttributeValue value = entry.value();
        List<AttributeValue> valueList = entry.attributeValueList();
        Boolean exists = entry.exists();
        if (value != null && valueList != null) {
            throw LegacyErrors.valueAndValueList(attribute);
        }
        if (entry.comparisonOperator() != null) {
            ComparisonOperator operator = ComparisonOperator.named(entry.comparisonOperator());
            if (exists != null) {
                throw LegacyErrors.existsWithOperator(attribute);
            }
            if (operator != ComparisonOperator.NULL && operator != ComparisonOperator.NOT_NULL
                    && value == null && valueList == null) {
                throw LegacyErrors.operatorWithoutValue(operator, attribute);
            }
            return checked(attribute, operator, value != null ? List.of(value) : valueList(valueList));
        }
        if (valueList != null) {
            throw LegacyErrors.valueListWithoutOperator(attribute);
        }
        boolean mustExist = exists == null || exists;
        if (mustExist && value == null) {
            throw LegacyErrors.valueRequired(exists == null ? "null" : "true", attribute);
        }
        if (!mustExist && value != null) {
            throw LegacyErrors.valueWhenNotExists(attribute);
        }
        return mustExist
                ? new LegacyCondition(attribute, ComparisonOperator.EQ, List.of(value))
                : new LegacyCondition(attribute, ComparisonOperator.NULL, List.of());
    }

    /** This condition as the attribute test of an expression tree. */
    AttributeTest test() {
        return new AttributeTest(attribute, operator.test(), arguments);
    }

    private static List<AttributeValue> valueList(List<AttributeValue> values) {
        return values == null ? List.of() : values;
    }

    private static LegacyCondition checked(String attribute, ComparisonOperator operator,
                                           List<AttributeValue> arguments) {
        if (!operator.takes(arguments.size())) {
            throw LegacyErrors.argumentCount(operator);
        }
        if (arguments.stream().map(AttributeValue::type).distinct().count() > 1) {
            throw LegacyErrors.mixedArgumentTypes();
        }
        for (AttributeValue argument : arguments) {
            if (!operator.accepts(argument.type())) {
                throw LegacyErrors.operatorNotValidForType(operator, argument.type());
            }
        }
        if (operator == ComparisonOperator.BETWEEN && compare(arguments.get(0), arguments.get(1)) > 0) {
            throw LegacyErrors.betweenBoundsReversed();
        }
        return new LegacyCondition(attribute, operator, arguments);
    }

    /** Orders two scalars of one type as DynamoDB does: numbers numerically, strings and binaries by bytes. */
    private static int compare(AttributeValue lower, AttributeValue upper) {
        if (lower instanceof AttributeValue.N low && upper instanceof AttributeValue.N high) {
            return low.value().compareTo(high.value());
        }
        if (lower instanceof AttributeValue.B low && upper instanceof AttributeValue.B high) {
            return low.value().compareTo(high.value());
        }
        if (lower instanceof AttributeValue.S low && upper instanceof AttributeValue.S high) {
            return utf8(low.value()).compareTo(utf8(high.value()));
        }
        return 0;
    }

    private static Bytes utf8(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
