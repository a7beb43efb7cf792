package dev.stratus.lambda.runtime;

import java.time.Duration;

/**
 * How an invocation ended.
 *
 * @param payload       the function's response, or the error JSON ({@code errorMessage}, {@code errorType}, ...)
 * @param functionError {@code null} on success, else the {@code X-Amz-Function-Error} value ({@code Unhandled})
 * @param log           the invocation's log lines (START to REPORT), for {@code LogType=Tail}
 * @param duration      how long the handler ran
 */
public record InvocationResult(byte[] payload, String functionError, String log, Duration duration) {

    public boolean failed() {
        return functionError != null;
    }
}
