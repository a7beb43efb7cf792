package dev.stratus.lambda.runtime;

/**
 * A function's runtime cannot run on this machine: Stratus does not know it, or its local executable is
 * missing. The message names the runtime and, where there is one, the setting that points at the executable.
 */
public final class RuntimeUnavailableException extends RuntimeException {

    private final String runtime;

    public RuntimeUnavailableException(String runtime, String message) {
        super(message);
        this.runtime = runtime;
    }

    public String runtime() {
        return runtime;
    }
}
