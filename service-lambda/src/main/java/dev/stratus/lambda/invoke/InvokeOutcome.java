package dev.stratus.lambda.invoke;

/**
 * What Invoke answers.
 *
 * @param status          200 (RequestResponse), 202 (Event) or 204 (DryRun)
 * @param payload         the function's response or error document; empty for Event and DryRun
 * @param functionError   {@code Unhandled} when the function failed, else {@code null}
 * @param executedVersion the version that ran, or {@code null} when none ran yet
 * @param logTail         base64 of the end of the invocation's log when asked for, else {@code null}
 */
public record InvokeOutcome(int status, byte[] payload, String functionError, String executedVersion, String logTail) {
}
