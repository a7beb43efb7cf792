package dev.stratus.lambda.signing;

import java.util.List;

/**
 * A code signing configuration as stored. Stratus keeps it and reports it; it verifies no signatures.
 *
 * @param id                            {@code csc-} and 17 lowercase hexadecimal digits
 * @param signingProfileVersionArns     the allowed publishers
 * @param untrustedArtifactOnDeployment {@code Warn} or {@code Enforce}
 * @param lastModified                  when it was created or last updated, in AWS's format
 */
public record CodeSigningConfig(String id, String accountId, String region, String description,
                                List<String> signingProfileVersionArns, String untrustedArtifactOnDeployment,
                                String lastModified) {

    public CodeSigningConfig {
        signingProfileVersionArns = List.copyOf(signingProfileVersionArns);
    }

    public String arn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":code-signing-config:" + id;
    }
}
