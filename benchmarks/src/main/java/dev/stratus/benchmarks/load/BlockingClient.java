package dev.stratus.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;

/** One keep-alive connection used one request at a time, for a benchmark's setup and for latency probes. */
public final class BlockingClient implements AutoCloseable {

    private final Connection connection;

    private BlockingClient(Connection connection) {
        this.connection = connection;
    }

    public static BlockingClient open(InetSocketAddress server) throws IOException {
        return new BlockingClient(Connection.open(0, server, true));
    }

    /** A response's status and body. */
    public record Response(int status, String body) {
        public boolean ok() {
            return status < 300;
        }
    }

    public Response call(byte[] request) throws IOException {
        connection.exchange(request);
        Response response = new Response(connection.status(), connection.body());
        connection.next();
        return response;
    }

    /** As {@link #call}, failing unless the status is below 300. */
    public String ok(byte[] request) throws IOException {
        Response response = call(request);
        if (!response.ok()) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() {
        connection.close();
    }
}
