package dev.stratus.lambda.signing;

import java.util.List;

/**
 * What CreateCodeSigningConfig or UpdateCodeSigningConfig asks for; {@code null} members are left as they are
 * (or take their default on creation).
 */
public record CodeSigningChange(String description, List<String> signingProfileVersionArns,
                                String untrustedArtifactOnDeployment) {
}
