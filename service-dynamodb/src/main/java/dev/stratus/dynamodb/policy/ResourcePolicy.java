package dev.stratus.dynamodb.policy;

/** A policy document as attached to a table or stream, and the revision it is. */
public record ResourcePolicy(String document, String revisionId) {

    /** The {@code ExpectedRevisionId} that asks for a resource without a policy. */
    static final String NO_POLICY = "NO_POLICY";
}
