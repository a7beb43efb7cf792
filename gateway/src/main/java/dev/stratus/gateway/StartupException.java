package dev.stratus.gateway;

/** Stratus cannot start; the message is the one line shown to the person who started it. */
public final class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
