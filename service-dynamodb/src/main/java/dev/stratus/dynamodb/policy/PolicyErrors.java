package dev.stratus.dynamodb.policy;

import dev.stratus.spi.AwsServiceException;

/** The errors of resource-based policies, worded as AWS words them. */
final class PolicyErrors {

    private PolicyErrors() {
    }

    static AwsServiceException notFound(String arn) {
        return policyNotFound("Resource-based policy not found for the provided ResourceArn: " + arn);
    }

    static AwsServiceException revisionMismatch(String expected, String table, String current) {
        return policyNotFound("Resource-based policy not found for the provided ResourceArn: Requested update for "
                + "policy revision id " + expected + ", but the policy associated to target table " + table
                + " has revision id " + current + ".");
    }

    private static AwsServiceException policyNotFound(String message) {
        return new AwsServiceException("PolicyNotFoundException", message, 400);
    }
}
