package dev.stratus.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body sent while it is produced (chunked transfer): what is written to the stream reaches the client
 * at once, not when the body is complete.
 */
@FunctionalInterface
public interface StreamingBody {

    /**
     * Writes the body. The gateway calls it exactly once, after the status and headers are sent, and closes the
     * stream after it; a failure then can only cut the response short.
     */
    void writeTo(OutputStream out) throws IOException;
}
