package dev.stratus.lambda.esm;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.List;

/** The errors of the event source mapping operations, worded as AWS Lambda words them. */
final class EventSourceMappingErrors {

    private EventSourceMappingErrors() {
    }

    static AwsServiceException invalidParameter(String message) {
        return LambdaErrors.invalidParameter(message);
    }

    static AwsServiceException functionNotFound() {
        return invalidParameter("Function does not exist");
    }

    static AwsServiceException streamNotFound(String streamArn) {
        return invalidParameter("Stream not found: " + streamArn);
    }

    static AwsServiceException queueNotFound() {
        return invalidParameter("Error occurred while ReceiveMessage. SQS Error Code: "
                + "AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist "
                + "for this wsdl version.");
    }

    static AwsServiceException queueBatchTooLarge() {
        return invalidParameter("Maximum batch window in seconds must be greater than 0 if maximum batch size is "
                + "greater than 10");
    }

    static AwsServiceException fifoBatchingWindow() {
        return invalidParameter("Batching window is not supported for FIFO queues");
    }

    static AwsServiceException unsupportedScalingConfig() {
        return invalidParameter("Unsupported ScalingConfig parameter for given event source mapping type.");
    }

    static AwsServiceException streamOnlyParameter() {
        return invalidParameter("Unsupported parameter for given event source mapping type: ParallelizationFactor, "
                + "MaximumRetryAttempts, MaximumRecordAgeInSeconds, BisectBatchOnFunctionError and "
                + "TumblingWindowInSeconds apply to stream sources only.");
    }

    static AwsServiceException unrecognizedEventSource() {
        return invalidParameter("Unrecognized event source.");
    }

    static AwsServiceException unsupportedEventSource(String arn) {
        return invalidParameter("Unsupported event source: " + arn
                + ". Stratus maps DynamoDB streams and SQS queues to functions; no other event source runs here.");
    }

    static AwsServiceException startingPositionMissing() {
        return invalidParameter("1 validation error detected: Value null at 'startingPosition' failed to satisfy "
                + "constraint: Member must not be null.");
    }

    static AwsServiceException unsupportedStartingPosition(String eventSourceArn) {
        return invalidParameter("Unsupported starting position for arn type: " + eventSourceArn);
    }

    static AwsServiceException invalidFilterPattern() {
        return invalidParameter("Invalid filter pattern definition.");
    }

    static AwsServiceException tooManyFilters(int limit) {
        return invalidParameter("The maximum number of filters per event source mapping is " + limit + ".");
    }

    static AwsServiceException unsupportedDestination() {
        return invalidParameter("Unsupported DestinationConfig parameter for given event source mapping type.");
    }

    static AwsServiceException invalidDestination(String destination) {
        return invalidParameter("The OnFailure destination " + destination
                + " is not valid: it must be the ARN of an SQS queue, an SNS topic or an S3 bucket.");
    }

    static AwsServiceException recordAgeOutOfRange(int value) {
        return invalidParameter("MaximumRecordAgeInSeconds must be -1 or between 60 and 604800, but was " + value + ".");
    }

    static AwsServiceException mappingExists(String eventSourceArn, String functionName, String uuid) {
        return new AwsServiceException("ResourceConflictException", "The event source arn (\" " + eventSourceArn
                + " \") and function (\" " + functionName + " \") provided mapping already exists. Please update or "
                + "delete the existing mapping with UUID " + uuid, 409);
    }

    static AwsServiceException mappingNotFound() {
        return LambdaErrors.resourceNotFound();
    }

    /** AWS's request validation: {@code N validation error(s) detected: ...}, one clause per bad member. */
    static AwsServiceException validation(List<String> problems) {
        String count = problems.size() == 1 ? "1 validation error detected: " : problems.size() + " validation errors detected: ";
        return CommonErrors.validation(count + String.join("; ", problems));
    }

    static AwsServiceException serialization(String member) {
        return CommonErrors.serialization("Unexpected value for " + member + ".");
    }
}
