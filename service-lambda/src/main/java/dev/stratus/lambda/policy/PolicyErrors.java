package dev.stratus.lambda.policy;

import dev.stratus.spi.AwsServiceException;

/** The errors of resource policies, worded as AWS Lambda words them. */
final class PolicyErrors {

    private PolicyErrors() {
    }

    static AwsServiceException statementExists() {
        return new AwsServiceException("ResourceConflictException", "The statement id (sid) you provided already exists. "
                + "Please provide a new statement id, or remove the existing statement.", 409);
    }

    static AwsServiceException statementNotFound(String statementId) {
        return new AwsServiceException("ResourceNotFoundException",
                "Statement " + statementId + " is not found in resource policy.", 404);
    }

    static AwsServiceException noPolicy() {
        return new AwsServiceException("ResourceNotFoundException", "The resource you requested does not exist.", 404);
    }

    static AwsServiceException tooLong(int length, int limit) {
        return new AwsServiceException("PolicyLengthExceededException",
                "The final policy size (" + length + ") is bigger than the limit (" + limit + ").", 400);
    }
}
