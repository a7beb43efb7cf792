package dev.stratus.gateway.console;

import java.util.function.Function;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/** A console handler on a socketless connector that reads paths as Stratus does; what it passes on is answered 204 by the next handler. */
final class LocalServer implements AutoCloseable {

    private final Server server = new Server();
    private final LocalConnector connector = new LocalConnector(server);

    LocalServer(Function<Handler, Handler> handler) throws Exception {
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                .setUriCompliance(UriCompliance.LEGACY);
        server.addConnector(connector);
        server.setHandler(handler.apply(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(204);
                callback.succeeded();
                return true;
            }
        }));
        server.start();
    }

    HttpTester.Response send(String method, String uri, String... headers) throws Exception {
        HttpTester.Request request = HttpTester.newRequest();
        request.setMethod(method);
        request.setURI(uri);
        request.setHeader("Host", "localhost:4566");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return HttpTester.parseResponse(connector.getResponse(request.generate()));
    }

    /** {@link #send}, for a caller on another thread that cannot throw. */
    HttpTester.Response sendUnchecked(String method, String uri) {
        try {
            return send(method, uri);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
