package dev.stratus.lambda.signing;

import dev.stratus.lambda.LambdaErrors;
import java.util.List;

/** The API model's constraints on a code signing config's members. */
final class CodeSigningRules {

    private static final int MAX_DESCRIPTION = 256;
    private static final int MAX_PUBLISHERS = 20;

    private CodeSigningRules() {
    }

    static void check(CodeSigningChange change) {
        String description = change.description();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw LambdaErrors.validation("'" + description + "'", "description",
                    "Member must have length less than or equal to " + MAX_DESCRIPTION);
        }
        List<String> publishers = change.signingProfileVersionArns();
        if (publishers != null && (publishers.isEmpty() || publishers.size() > MAX_PUBLISHERS)) {
            throw LambdaErrors.validation(publishers.toString(), "allowedPublishers.signingProfileVersionArns",
                    publishers.isEmpty() ? "Member must have length greater than or equal to 1"
                            : "Member must have length less than or equal to " + MAX_PUBLISHERS);
        }
        String policy = change.untrustedArtifactOnDeployment();
        if (policy != null && !policy.equals("Warn") && !policy.equals("Enforce")) {
            throw LambdaErrors.validation("'" + policy + "'", "codeSigningPolicies.untrustedArtifactOnDeployment",
                    "Member must satisfy enum value set: [Enforce, Warn]");
        }
    }
}
