package dev.stratus.dynamodb.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.api.value.Bytes;
import dev.stratus.spi.protocol.CommonErrors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One legacy condition on a top-level attribute: an entry of Expected, QueryFilter, ScanFilter or KeyConditions. */
record LegacyCondition(String attribute, ComparisonOperator operator, List<AttributeValue> arguments) {

    LegacyCondition {
        arguments = List.copyOf(arguments);
    }

    /**
     * An entry of QueryFilter, ScanFilter or KeyConditions: {@code {"ComparisonOperator": .., "AttributeValueList": [..]}}.
     * {@code parameter} is the request member, as AWS names it in constraint messages ({@code scanFilter}).
     */
    static LegacyCondition ofFilter(String parameter, String attribute, JsonNode entry) {
        ComparisonOperator operator = ComparisonOperator.named(entry.get("ComparisonOperator").asText());
        List<AttributeValue> arguments = valueList(entry.get("AttributeValueList"));
        return checked(attribute, operator, arguments);
    }

    /** An entry of Expected: the {@code Exists}/{@code Value} form or the {@code ComparisonOperator} form. */
    static LegacyCondition ofExpected(String attribute, JsonNode entry) {
        JsonNode value = present(entry.get("Value"));
        JsonNode valueList = present(entry.get("AttributeValueList"));
        JsonNode exists = present(entry.get("Exists"));
        if (value != null && valueList != null) {
            throw LegacyErrors.valueAndValueList(attribute);
        }
        JsonNode operatorName = present(entry.get("ComparisonOperator"));
        if (operatorName != null) {
            ComparisonOperator operator = ComparisonOperator.named(operatorName.asText());
            if (exists != null) {
                throw LegacyErrors.existsWithOperator(attribute);
            }
            if (operator != ComparisonOperator.NULL && operator != ComparisonOperator.NOT_NULL
                    && value == null && valueList == null) {
                throw LegacyErrors.operatorWithoutValue(operator, attribute);
            }
            List<AttributeValue> arguments = value != null
                    ? List.of(AttributeValueCodec.decode(value)) : valueList(valueList);
            return checked(attribute, operator, arguments);
        }
        if (valueList != null) {
            throw LegacyErrors.valueListWithoutOperator(attribute);
        }
        boolean mustExist = exists == null || exists.asBoolean();
        if (mustExist && value == null) {
            throw LegacyErrors.valueRequired(exists == null ? "null" : "true", attribute);
        }
        if (!mustExist && value != null) {
            throw LegacyErrors.valueWhenNotExists(attribute);
        }
        return mustExist
                ? new LegacyCondition(attribute, ComparisonOperator.EQ, List.of(AttributeValueCodec.decode(value)))
                : new LegacyCondition(attribute, ComparisonOperator.NULL, List.of());
    }

    /** This condition as condition-expression text, its name and values replaced by placeholders. */
    String render(Placeholders placeholders) {
        List<String> values = arguments.stream().map(placeholders::value).toList();
        return operator.render(placeholders.name(attribute), values);
    }

    private static List<AttributeValue> valueList(JsonNode json) {
        List<AttributeValue> values = new ArrayList<>();
        if (present(json) == null) {
            return values;
        }
        if (!json.isArray()) {
            throw CommonErrors.serialization("Expected list or null");
        }
        json.forEach(element -> values.add(AttributeValueCodec.decode(element)));
        return values;
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

    private static JsonNode present(JsonNode json) {
        return json == null || json.isNull() ? null : json;
    }
}
