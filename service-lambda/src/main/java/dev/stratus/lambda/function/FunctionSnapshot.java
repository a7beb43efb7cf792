package dev.stratus.lambda.function;

/**
 * A version of a function as an operation reports it.
 *
 * @param arn      the ARN to report (qualified for published versions and qualified requests)
 * @param version  the stored version
 * @param progress where the change that produced this answer stands
 */
public record FunctionSnapshot(FunctionArn arn, FunctionVersion version, Progress progress) {

    /**
     * Lambda answers a creation with {@code State: Pending} and an update with {@code LastUpdateStatus: InProgress};
     * Stratus prepares code synchronously, so every later read finds the function {@code Active} and {@code Successful}.
     */
    public enum Progress { CREATING, UPDATING, SETTLED }
}
