package dev.stratus.benchmarks.server;

import dev.stratus.gateway.http.HttpServers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * The reference: a Jetty 12 core handler that reads the POST body and answers {@code {}}, on the gateway's own thread
 * pool, connector and HTTP configuration ({@link HttpServers}), so the difference between the two is the gateway's
 * own work.
 */
public final class BareJetty {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private BareJetty() {
    }

    public static Server start(int port) throws Exception {
        Server server = HttpServers.server("bare-jetty");
        HttpServers.connector(server, "127.0.0.1", port);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Content.Source.asByteBuffer(request);
                response.setStatus(200);
                response.getHeaders().put("Content-Type", "application/x-amz-json-1.0");
                response.getHeaders().put("Content-Length", EMPTY_OBJECT.length);
                response.write(true, ByteBuffer.wrap(EMPTY_OBJECT), callback);
                return true;
            }
        });
        server.start();
        return server;
    }
}
