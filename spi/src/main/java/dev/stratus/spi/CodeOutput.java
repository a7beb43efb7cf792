package dev.stratus.spi;

/**
 * Where the output of code that a service runs for its users goes, line by line, besides the server log: a
 * Lambda function's printed lines and the runtime's START, END and REPORT lines. The platform binds it; the
 * testkit's binding keeps the lines so tests can read them. Called on the service's threads, so it must be
 * quick and thread-safe.
 */
public interface CodeOutput {

    /** Takes no lines: the binding when nobody reads them. */
    CodeOutput NONE = line -> { };

    void line(Line line);

    /**
     * One line of output.
     *
     * @param accountId the account of the code's owner
     * @param region    the region the code runs in
     * @param source    what printed it, e.g. a function's name
     * @param requestId the request it printed it for, or {@code null} outside any request (initialisation)
     * @param text      the line, without its line break
     */
    record Line(String accountId, String region, String source, String requestId, String text) {
    }
}
