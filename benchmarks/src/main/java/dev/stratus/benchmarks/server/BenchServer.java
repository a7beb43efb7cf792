package dev.stratus.benchmarks.server;

import dev.stratus.gateway.Stratus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.Server;

/**
 * The server side of a benchmark, in a JVM of its own: {@code stratus PORT [key=value...]} starts Stratus with
 * every service on the classpath (the Ping service included), {@code jetty PORT} the bare Jetty reference.
 * Runs until SIGTERM.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        if (args[0].equals("jetty")) {
            Server jetty = BareJetty.start(port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(jetty), "bench-shutdown"));
            return;
        }
        Map<String, String> settings = new HashMap<>();
        Arrays.stream(args, 2, args.length).map(arg -> arg.split("=", 2)).forEach(kv -> settings.put(kv[0], kv[1]));
        Stratus stratus = Stratus.builder().setting("port", Integer.toString(port)).settings(settings).start();
        Runtime.getRuntime().addShutdownHook(new Thread(stratus::close, "bench-shutdown"));
    }

    private static void stop(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
