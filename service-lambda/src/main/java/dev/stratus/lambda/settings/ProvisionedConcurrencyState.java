package dev.stratus.lambda.settings;

import dev.stratus.lambda.runtime.Provisioning;

/**
 * A provisioned concurrency config with where its environments stand.
 *
 * @param config       what was asked for
 * @param provisioning the environments started for it
 */
public record ProvisionedConcurrencyState(ProvisionedConcurrencyConfig config, Provisioning provisioning) {
}
