package dev.stratus.dynamodb.legacy;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.List;

/** DynamoDB's refusals of legacy (non-expression) parameters, worded as DynamoDB words them. */
final class LegacyErrors {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private LegacyErrors() {
    }

    static AwsServiceException mixedParameters(List<String> legacy, List<String> expressions) {
        return CommonErrors.validation("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {" + String.join(", ", legacy) + "} "
                + "Expression parameters: {" + String.join(", ", expressions) + "}");
    }

    static AwsServiceException namesWithoutExpressions() {
        return CommonErrors.validation("ExpressionAttributeNames can only be specified when using expressions");
    }

    static AwsServiceException valuesWithoutExpressions(List<String> valueExpressions) {
        return CommonErrors.validation("ExpressionAttributeValues can only be specified when using expressions: "
                + String.join(" and ", valueExpressions) + (valueExpressions.size() > 1 ? " are" : " is") + " null");
    }

    static AwsServiceException duplicateAttributeToGet(String name) {
        return CommonErrors.validation(INVALID + "Duplicate value in attribute name: " + name);
    }


    static AwsServiceException argumentCount(ComparisonOperator operator) {
        return CommonErrors.validation(INVALID + "Invalid number of argument(s) for the " + operator
                + " ComparisonOperator");
    }

    static AwsServiceException mixedArgumentTypes() {
        return CommonErrors.validation(INVALID + "AttributeValues inside AttributeValueList must be of same type");
    }

    static AwsServiceException operatorNotValidForType(ComparisonOperator operator, String type) {
        return CommonErrors.validation(INVALID + "ComparisonOperator " + operator + " is not valid for " + type
                + " AttributeValue type");
    }

    static AwsServiceException betweenBoundsReversed() {
        return CommonErrors.validation(
                "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
    }

    static AwsServiceException valueAndValueList(String attribute) {
        return CommonErrors.validation(INVALID + "Value and AttributeValueList cannot be used together for Attribute: "
                + attribute);
    }

    static AwsServiceException existsWithOperator(String attribute) {
        return CommonErrors.validation(INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: "
                + attribute);
    }

    static AwsServiceException operatorWithoutValue(ComparisonOperator operator, String attribute) {
        return CommonErrors.validation(INVALID + "Value or AttributeValueList must be used with ComparisonOperator: "
                + operator + " for Attribute: " + attribute);
    }

    static AwsServiceException valueListWithoutOperator(String attribute) {
        return CommonErrors.validation(INVALID
                + "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
    }

    static AwsServiceException valueRequired(String exists, String attribute) {
        return CommonErrors.validation(INVALID + "Value must be provided when Exists is " + exists
                + " for Attribute: " + attribute);
    }

    static AwsServiceException valueWhenNotExists(String attribute) {
        return CommonErrors.validation(INVALID + "Value cannot be used when Exists is false for Attribute: "
                + attribute);
    }

    static AwsServiceException keyConditionCount() {
        return CommonErrors.validation("Conditions can be of length 1 or 2 only");
    }

    static AwsServiceException notIndexable() {
        return CommonErrors.validation("Attempted conditional constraint is not an indexable operation");
    }

    static AwsServiceException updateWithoutValue() {
        return CommonErrors.validation(INVALID + "Only DELETE action is allowed when no attribute value is specified");
    }

    static AwsServiceException deleteNotSupported(String type) {
        return CommonErrors.validation(INVALID + "DELETE action with value is not supported for the type " + type);
    }

    static AwsServiceException addNotSupported(String type) {
        return CommonErrors.validation(INVALID + "ADD action is not supported for the type " + type);
    }
}
