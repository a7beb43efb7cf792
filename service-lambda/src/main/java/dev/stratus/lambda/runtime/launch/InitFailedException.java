package dev.stratus.lambda.runtime.launch;

/**
 * The function's runtime process cannot be started (a custom runtime without a {@code bootstrap}, say): the
 * invocation fails as AWS reports such a failure, with a {@code Runtime.*} error type.
 */
public final class InitFailedException extends RuntimeException {

    private final String errorType;

    public InitFailedException(String errorType, String message) {
        super(message);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }
}
