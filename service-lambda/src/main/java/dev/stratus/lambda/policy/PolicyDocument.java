package dev.stratus.lambda.policy;

/**
 * A resource policy as GetPolicy answers it.
 *
 * @param policy     the policy document, as JSON text
 * @param revisionId the revision id of the function version or alias the policy belongs to
 */
public record PolicyDocument(String policy, String revisionId) {
}
