package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.transaction.CancellationReason;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import dev.stratus.spi.protocol.model.ModelValidator;
import java.util.List;
import java.util.Map;

/** Every error DynamoDB answers, worded as AWS words it. */
public final class DynamoDbErrors {

    /** The {@code __type} namespace of DynamoDB's own errors. */
    public static final String NAMESPACE = "com.amazonaws.dynamodb.v20120810";

    private DynamoDbErrors() {
    }

    public static AwsServiceException validation(String message) {
        return CommonErrors.validation(message);
    }

    /** {@code One or more parameter values were invalid: <detail>}. */
    public static AwsServiceException invalidParameter(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    /** AWS's summary of constraint violations: {@code N validation error(s) detected: a; b}. */
    public static AwsServiceException constraintViolations(List<String> violations) {
        return validation(ModelValidator.summary(violations));
    }

    public static AwsServiceException tableAlreadyExists(String table) {
        return error("ResourceInUseException", "Table already exists: " + table);
    }

    /** A restore's target name is taken (backups and point-in-time recovery say it with their own type). */
    public static AwsServiceException tableAlreadyExistsForRestore(String table) {
        return error("TableAlreadyExistsException", "Table already exists: " + table);
    }

    /** The table a backup or recovery operation names does not exist. */
    public static AwsServiceException tableNotFoundByName(String table) {
        return error("TableNotFoundException", "Table not found: " + table);
    }

    /**
     * A request Stratus reads and checks but cannot carry out because it needs a service Stratus does not run
     * (Kinesis Data Streams, S3, replication to other regions).
     */
    public static AwsServiceException unavailable(String feature) {
        return validation(feature + " are not available on this endpoint");
    }

    public static AwsServiceException tableNotFound(String table) {
        return error("ResourceNotFoundException", "Requested resource not found: Table: " + table + " not found");
    }

    public static AwsServiceException resourceNotFound() {
        return error("ResourceNotFoundException", "Requested resource not found");
    }

    public static AwsServiceException resourceArnNotFound(String arn) {
        return error("ResourceNotFoundException", "Requested resource not found: ResourceArn: " + arn + " not found");
    }

    public static AwsServiceException tableBeingCreated(String table) {
        return error("ResourceInUseException",
                "Attempt to change a resource which is still in use: Table is being created: " + table);
    }

    public static AwsServiceException deletionProtected() {
        return validation("Resource cannot be deleted as it is currently protected against deletion. "
                + "Disable deletion protection first.");
    }

    public static AwsServiceException streamAlreadyEnabled(String table) {
        return validation("Table already has an enabled stream: TableName: " + table);
    }

    public static AwsServiceException streamNotEnabled(String table) {
        return validation("Table has no stream to disable: TableName: " + table);
    }

    public static AwsServiceException conditionalCheckFailed() {
        return error("ConditionalCheckFailedException", "The conditional request failed");
    }

    /** A failed condition of a write that asked for the current item back. */
    public static AwsServiceException conditionalCheckFailed(Map<String, AttributeValue> current) {
        return conditionalCheckFailed().withField("Item", AttributeValueCodec.encodeItem(current));
    }

    /** A transaction's cancellation with its {@code CancellationReasons}, one per action in request order. */
    public static AwsServiceException withCancellationReasons(AwsServiceException cancellation,
                                                              List<CancellationReason> reasons) {
        return cancellation.withField("CancellationReasons", reasons.stream().map(reason -> {
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("Code", reason.code());
            if (reason.message() != null) {
                json.put("Message", reason.message());
            }
            if (reason.item() != null) {
                json.set("Item", AttributeValueCodec.encodeItem(reason.item()));
            }
            return json;
        }).toList());
    }

    /** A single-item write to an item a transaction in flight holds. */
    public static AwsServiceException transactionConflict() {
        return error("TransactionConflictException", "Transaction is ongoing for the item");
    }

    public static AwsServiceException itemTooLarge() {
        return validation("Item size has exceeded the maximum allowed size");
    }

    public static AwsServiceException emptyAttributeName() {
        return invalidParameter("An attribute name cannot be empty");
    }

    public static AwsServiceException attributeNameTooLarge() {
        return validation("1 validation error detected: Attribute name is too large, must be less than 65536 bytes");
    }

    public static AwsServiceException keyDoesNotMatchSchema() {
        return validation("The provided key element does not match the schema");
    }

    public static AwsServiceException missingKeyInItem(String attribute) {
        return invalidParameter("Missing the key " + attribute + " in the item");
    }

    public static AwsServiceException keyTypeMismatch(String attribute, String expected, String actual) {
        return invalidParameter("Type mismatch for key " + attribute + " expected: " + expected + " actual: " + actual);
    }

    public static AwsServiceException indexKeyTypeMismatch(String attribute, String expected, String actual,
                                                           String index) {
        return invalidParameter("Type mismatch for Index Key " + attribute + " Expected: " + expected
                + " Actual: " + actual + " IndexName: " + index);
    }

    public static AwsServiceException emptyKeyValue(String attribute) {
        return validation("One or more parameter values are not valid. The AttributeValue for a key attribute "
                + "cannot contain an empty string value. Key: " + attribute);
    }

    public static AwsServiceException emptyIndexKeyValue(String index, String attribute) {
        return validation("One or more parameter values are not valid. A value specified for a secondary index "
                + "key is not supported. The AttributeValue for a key attribute cannot contain an empty string "
                + "value. IndexName: " + index + ", IndexKey: " + attribute);
    }

    public static AwsServiceException hashKeyTooLarge() {
        return invalidParameter("Size of hashkey has exceeded the maximum size limit of2048 bytes");
    }

    public static AwsServiceException rangeKeyTooLarge() {
        return invalidParameter("Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
    }

    public static AwsServiceException indexKeyTooLarge(String attribute, long size, int max, String index) {
        return invalidParameter("Size limit exceeded for Index Key " + attribute + " Actual Size: " + size
                + " bytes Max Size: " + max + " bytes IndexName: " + index);
    }

    public static AwsServiceException duplicateKeys() {
        return validation("Provided list of item keys contains duplicates");
    }

    public static AwsServiceException startKeyOfAnotherSegment(int segment, int totalSegments) {
        return validation("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use "
                + "ExclusiveStartKey with correct Segment. TotalSegments: " + totalSegments + " Segment: " + segment);
    }

    public static AwsServiceException backfillingIndex(String index) {
        return validation("Cannot read from backfilling global secondary index: " + index);
    }

    public static AwsServiceException indexNotFound(String index) {
        return validation("The table does not have the specified index: " + index);
    }

    public static AwsServiceException invalidStartKey() {
        return validation("The provided starting key is invalid: The provided key element does not match the schema");
    }

    public static AwsServiceException tooManyTags() {
        return validation("Number of Tags exceed the current limit for the provided ResourceArn");
    }

    public static AwsServiceException tooManyIndexChanges() {
        return error("LimitExceededException",
                "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
    }

    private static AwsServiceException error(String code, String message) {
        return new AwsServiceException(code, message, 400);
    }
}
