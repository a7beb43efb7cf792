package dev.stratus.spi.protocol;

import dev.stratus.spi.AwsServiceException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * How the protocol helpers treat the stages of asynchronous operations: a client mistake becomes the protocol's
 * error response, any other failure stays a failure for the gateway to log and answer with a 500.
 */
public final class Completions {

    private Completions() {
    }

    /** The client mistake a stage failed with; any other failure is thrown on, as the stage's failure. */
    public static AwsServiceException clientMistake(Throwable failure) {
        Throwable cause = causeOf(failure);
        if (cause instanceof AwsServiceException mistake) {
            return mistake;
        }
        throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(cause);
    }

    /** Waits for the answer; an unexpected failure is thrown as the exception it was. */
    public static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            Throwable cause = causeOf(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The exception a stage failed with, without the {@link CompletionException} that may wrap it. */
    public static Throwable causeOf(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
