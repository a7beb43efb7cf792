package dev.stratus.sqs;

import dev.stratus.spi.AwsServiceException;

/**
 * Every client mistake SQS reports, worded as AWS words it. The code is the error's shape name in the API
 * model (the JSON protocols' {@code __type}); the query protocol answers the model's query code for it.
 */
public final class SqsErrors {

    private SqsErrors() {
    }

    private static AwsServiceException error(String code, String message) {
        return new AwsServiceException(code, message, 400);
    }

    public static AwsServiceException queueDoesNotExist() {
        return error("QueueDoesNotExist", "The specified queue does not exist.");
    }

    public static AwsServiceException queueNameExists(String name) {
        return error("QueueNameExists", "A queue already exists with the same name and a different value for attribute(s) "
                + name);
    }

    public static AwsServiceException queueDeletedRecently() {
        return error("QueueDeletedRecently",
                "You must wait 60 seconds after deleting a queue before you can create another with the same name.");
    }

    public static AwsServiceException missingParameter(String parameter) {
        return error("MissingParameter", "The request must contain the parameter " + parameter + ".");
    }

    public static AwsServiceException invalidParameterValue(String message) {
        return error("InvalidParameterValue", message);
    }

    public static AwsServiceException invalidAttributeName(String name) {
        return error("InvalidAttributeName", "Unknown Attribute " + name + ".");
    }

    public static AwsServiceException invalidAttributeValue(String name) {
        return error("InvalidAttributeValue", "Invalid value for the parameter " + name + ".");
    }

    public static AwsServiceException invalidAttributeValue(String name, String reason) {
        return error("InvalidAttributeValue", "Invalid value for the parameter " + name + ". Reason: " + reason);
    }

    public static AwsServiceException invalidQueueName() {
        return invalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }

    public static AwsServiceException invalidMessageContents() {
        return error("InvalidMessageContents", "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF");
    }

    public static AwsServiceException messageTooLong(int limit) {
        return invalidParameterValue("One or more parameters are invalid. Reason: Message must be shorter than "
                + limit + " bytes.");
    }

    public static AwsServiceException receiptHandleIsInvalid(String handle) {
        return error("ReceiptHandleIsInvalid", "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
    }

    public static AwsServiceException messageNotInflight(String handle) {
        return invalidParameterValue("Value " + handle + " for parameter ReceiptHandle is invalid. Reason: Message does "
                + "not exist or is not available for visibility timeout change.");
    }

    public static AwsServiceException purgeQueueInProgress(String queueName) {
        return new AwsServiceException("PurgeQueueInProgress",
                "Only one PurgeQueue operation on " + queueName + " is allowed every 60 seconds.", 403);
    }

    public static AwsServiceException emptyBatchRequest(String entryName) {
        return error("EmptyBatchRequest", "There should be at least one " + entryName + " in the request.");
    }

    public static AwsServiceException tooManyEntriesInBatchRequest(int sent) {
        return error("TooManyEntriesInBatchRequest", "Maximum number of entries per request are 10. You have sent "
                + sent + ".");
    }

    public static AwsServiceException batchEntryIdsNotDistinct(String id) {
        return error("BatchEntryIdsNotDistinct", "Id " + id + " repeated.");
    }

    public static AwsServiceException invalidBatchEntryId() {
        return error("InvalidBatchEntryId", "A batch entry id can only contain alphanumeric characters, hyphens and "
                + "underscores. It can be at most 80 letters long.");
    }

    public static AwsServiceException batchRequestTooLong(int limit) {
        return error("BatchRequestTooLong", "Batch requests cannot be longer than " + limit + " bytes. You have sent more.");
    }

    public static AwsServiceException resourceNotFound(String message) {
        return error("ResourceNotFoundException", message);
    }

    public static AwsServiceException unsupportedOperation(String message) {
        return error("UnsupportedOperation", message);
    }
}
