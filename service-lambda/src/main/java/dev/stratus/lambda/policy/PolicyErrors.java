package dev.stratus.lambda.policy;

import dev.stratus.spi.AwsServiceException;

/** The errors of resource policies, worded as AWS Lambda words them. */
final class PolicyErrors {

    private PolicyErrors() {
    }

    static AwsServiceException statementExists(String statementId) {
        return new AwsServiceException("ResourceConflictException", "The statement id (" + statementId
                + ") provided already exists. Please provide a new statement id, or remove the existing statement.", 409);
    }

    static AwsServiceException noPolicyFor(String functionArn) {
        return notFound("No policy found for: " + functionArn);
    }

    static AwsServiceException noPolicyAssociated() {
        return notFound("No policy is associated with the given resource.");
    }

    static AwsServiceException statementNotFound(String statementId) {
        return notFound("Statement " + statementId + " is not found in resource policy.");
    }

    private static AwsServiceException notFound(String message) {
        return new AwsServiceException("ResourceNotFoundException", message, 404);
    }

    static AwsServiceException tooLong(int length, int limit) {
        return new AwsServiceException("PolicyLengthExceededException",
                "The final policy size (" + length + ") is bigger than the limit (" + limit + ").", 400);
    }
}
