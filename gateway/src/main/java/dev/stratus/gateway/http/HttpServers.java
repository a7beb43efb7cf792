package dev.stratus.gateway.http;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty server Stratus runs on: its thread pool, its one HTTP/1.1 connector and that connector's HTTP
 * configuration. The benchmarks' bare Jetty reference is built here too, so that the two differ only by their
 * handlers.
 */
public final class HttpServers {

    /** Longest request line and header block: longer ones are refused with 414 and 431 before any handler runs. */
    private static final int REQUEST_HEADER_BYTES = 64 * 1024;
    private static final int MAX_THREADS = 400;
    private static final int MIN_THREADS = 8;
    /**
     * No per-connection cache of header lines: an SDK signs every request anew, so its {@code Authorization} line
     * never repeats, and the cache only walked each new one, stored it and was cleared every few requests.
     */
    private static final int NO_HEADER_CACHE = 0;

    private HttpServers() {
    }

    /** A server without connectors, its request threads named after {@code name}. */
    public static Server server(String name) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName(name);
        return new Server(threads);
    }

    /** The server's connector on {@code host:port}, added to it but not open yet. */
    public static ServerConnector connector(Server server, String host, int port) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        http.setUriCompliance(UriCompliance.LEGACY);
        http.setHeaderCacheSize(NO_HEADER_CACHE);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setReuseAddress(true);
        server.addConnector(connector);
        return connector;
    }
}
