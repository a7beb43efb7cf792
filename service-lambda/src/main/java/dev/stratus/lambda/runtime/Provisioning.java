package dev.stratus.lambda.runtime;

/**
 * Where the environments started ahead for an alias or version stand.
 *
 * @param status       IN_PROGRESS while some are still initialising, READY once all are, FAILED when one could not
 * @param allocated    the environments initialised and warm
 * @param statusReason why the allocation failed, or {@code null}
 */
public record Provisioning(Status status, int allocated, String statusReason) {

    /** AWS's ProvisionedConcurrencyStatusEnum. */
    public enum Status {
        IN_PROGRESS, READY, FAILED
    }
}
