package dev.stratus.streams.operation;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;

/** The errors of the DynamoDB Streams API, worded as AWS words them. */
final class StreamsErrors {

    private StreamsErrors() {
    }

    static AwsServiceException streamNotFound(String streamArn) {
        return new AwsServiceException("ResourceNotFoundException",
                "Requested resource not found: Stream: " + streamArn + " not found", 400);
    }

    static AwsServiceException shardNotFound() {
        return new AwsServiceException("ResourceNotFoundException",
                "Requested resource not found: Shard does not exist", 400);
    }

    static AwsServiceException expiredIterator() {
        return new AwsServiceException("ExpiredIteratorException", "Shard iterator has expired", 400);
    }

    static AwsServiceException trimmedData() {
        return new AwsServiceException("TrimmedDataAccessException",
                "The operation attempted to read past the oldest stream record in a shard.", 400);
    }

    static AwsServiceException invalidIterator() {
        return CommonErrors.validation("Invalid ShardIterator");
    }

    static AwsServiceException invalidStreamArn(String member, String value) {
        if (value.length() < 37) {
            return constraint(value, member, "Member must have length greater than or equal to 37");
        }
        if (value.length() > 1024) {
            return constraint(value, member, "Member must have length less than or equal to 1024");
        }
        return CommonErrors.validation("Invalid StreamArn");
    }

    static AwsServiceException invalidShardId(String value) {
        if (value.length() < 28) {
            return constraint(value, "shardId", "Member must have length greater than or equal to 28");
        }
        return constraint(value, "shardId", "Member must have length less than or equal to 65");
    }

    static AwsServiceException missing(String member) {
        return CommonErrors.validation("1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
    }

    static AwsServiceException limitTooSmall(int value) {
        return constraint(Integer.toString(value), "limit", "Member must have value greater than or equal to 1");
    }

    static AwsServiceException limitTooLarge(int value, int max) {
        return constraint(Integer.toString(value), "limit", "Member must have value less than or equal to " + max);
    }

    static AwsServiceException notInEnum(String value, String member, String values) {
        return constraint(value, member, "Member must satisfy enum value set: " + values);
    }

    static AwsServiceException sequenceNumberRequired(String iteratorType) {
        return CommonErrors.validation("Sequence number is required for ShardIteratorType " + iteratorType);
    }

    static AwsServiceException sequenceNumberNotAllowed(String iteratorType) {
        return CommonErrors.validation("Sequence number is not allowed for ShardIteratorType " + iteratorType);
    }

    static AwsServiceException invalidSequenceNumber(String sequenceNumber, String shardId) {
        return CommonErrors.validation("Invalid SequenceNumber " + sequenceNumber + " for shard " + shardId);
    }

    private static AwsServiceException constraint(String value, String member, String constraint) {
        return CommonErrors.validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }
}
