package dev.stratus.benchmarks.load;

/**
 * The next request a connection sends, as the bytes that go on the wire. Called by the connection's driver
 * thread only, so an implementation shared by several driver threads must be thread-safe.
 */
@FunctionalInterface
public interface RequestSource {

    byte[] next(int connection);

    /** The same request every time. */
    static RequestSource fixed(byte[] request) {
        return connection -> request;
    }
}
