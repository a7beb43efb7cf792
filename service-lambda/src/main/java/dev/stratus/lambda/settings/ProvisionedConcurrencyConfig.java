package dev.stratus.lambda.settings;

/**
 * The provisioned concurrency of an alias or a published version.
 *
 * @param qualifier    the alias or version
 * @param requested    ProvisionedConcurrentExecutions
 * @param lastModified when it was put, in AWS's format
 */
public record ProvisionedConcurrencyConfig(String qualifier, int requested, String lastModified) {
}
