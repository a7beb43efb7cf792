package dev.stratus.benchmarks.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The reference: a Jetty 12 core handler that reads the POST body and answers {@code {}}, on the same thread pool,
 * connector and HTTP configuration as the gateway, so the difference between the two is the gateway's own work.
 */
public final class BareJetty {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private BareJetty() {
    }

    public static Server start(int port) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(400, 8);
        threads.setName("bare-jetty");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
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
