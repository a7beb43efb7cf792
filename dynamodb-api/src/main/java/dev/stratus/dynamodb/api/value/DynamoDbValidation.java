package dev.stratus.dynamodb.api.value;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.List;

/**
 * DynamoDB's refusals of malformed attribute values, worded as DynamoDB words them: ValidationExceptions for
 * values DynamoDB cannot store, SerializationExceptions for JSON of the wrong shape.
 */
public final class DynamoDbValidation {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private DynamoDbValidation() {
    }

    public static AwsServiceException notNumeric() {
        return CommonErrors.validation("The parameter cannot be converted to a numeric value");
    }

    public static AwsServiceException notNumeric(String text) {
        return CommonErrors.validation("The parameter cannot be converted to a numeric value: " + text);
    }

    public static AwsServiceException numberOverflow() {
        return CommonErrors.validation(
                "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    public static AwsServiceException numberUnderflow() {
        return CommonErrors.validation(
                "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    public static AwsServiceException tooManyDigits() {
        return CommonErrors.validation("Attempting to store more than 38 significant digits in a Number");
    }

    public static AwsServiceException emptyAttributeValue() {
        return CommonErrors.validation(
                "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }

    public static AwsServiceException moreThanOneDatatype() {
        return CommonErrors.validation(
                "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
    }

    public static AwsServiceException nullNotTrue() {
        return CommonErrors.validation(INVALID + "Null attribute value types must have the value of true");
    }

    public static AwsServiceException emptySet(String type) {
        return CommonErrors.validation(INVALID + switch (type) {
            case "SS" -> "An string set  may not be empty";
            case "NS" -> "An number set  may not be empty";
            default -> "Binary sets should not be empty";
        });
    }

    public static AwsServiceException duplicateStrings(List<String> members) {
        return CommonErrors.validation(INVALID + "Input collection " + listed(members) + " contains duplicates.");
    }

    public static AwsServiceException duplicateNumbers() {
        return CommonErrors.validation("Input collection contains duplicates");
    }

    public static AwsServiceException duplicateBinaries(List<String> base64Members) {
        return CommonErrors.validation(
                INVALID + "Input collection " + listed(base64Members) + "of type BS contains duplicates.");
    }

    public static AwsServiceException nestingTooDeep() {
        return CommonErrors.validation("Nesting Levels have exceeded supported limits: "
                + "Attributes in the item have nested levels beyond supported limit");
    }

    private static String listed(List<String> members) {
        return "[" + String.join(", ", members) + "]";
    }

    public static AwsServiceException unexpectedList() {
        return CommonErrors.serialization("Start of list found where not expected");
    }

    public static AwsServiceException unexpectedStructure() {
        return CommonErrors.serialization("Start of structure or map found where not expected.");
    }

    public static AwsServiceException expected(String shape) {
        return CommonErrors.serialization("Expected " + shape);
    }

    public static AwsServiceException notConvertible(String javaClass, String target) {
        return CommonErrors.serialization("class " + javaClass + " can not be converted to " + target);
    }

    public static AwsServiceException notBoolean(String text) {
        return CommonErrors.serialization("'" + text + "' can not be converted to an Boolean");
    }

    public static AwsServiceException notBlob(String text, String reason) {
        return CommonErrors.serialization("'" + text + "' can not be converted to a Blob: " + reason);
    }
}
