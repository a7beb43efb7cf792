package dev.stratus.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.benchmarks.server.BareJetty;
import dev.stratus.benchmarks.server.PingPlugin;
import dev.stratus.gateway.Stratus;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

/** A smoke test of the benchmark machinery: a fraction of a second of load, in this JVM. */
class LoadDriverTest {

    private static final LoadDriver.Plan BRIEF = new LoadDriver.Plan("smoke", 4, 2, Duration.ofMillis(500),
            Duration.ofSeconds(1));

    @Test
    void thePingServiceAnswersEveryRequestOfAClosedLoopThroughTheGateway() throws Exception {
        try (Stratus stratus = Stratus.builder().setting("port", "0").setting("services", PingPlugin.NAME).start()) {
            byte[] ping = HttpRequests.awsJson10("127.0.0.1", stratus.port(), PingPlugin.NAME, PingPlugin.TARGET, "{}");

            LoadResult result = LoadDriver.run(new InetSocketAddress("127.0.0.1", stratus.port()),
                    RequestSource.fixed(ping), BRIEF);

            assertTrue(result.requests() > 0, result.tableRow());
            assertEquals(0, result.errors(), result.firstError());
        }
    }

    @Test
    void anUnknownOperationCountsAsAnErrorWithItsBody() throws Exception {
        try (Stratus stratus = Stratus.builder().setting("port", "0").setting("services", PingPlugin.NAME).start()) {
            byte[] unknown = HttpRequests.awsJson10("127.0.0.1", stratus.port(), PingPlugin.NAME,
                    "StratusBench_20251125.Pong", "{}");

            LoadResult result = LoadDriver.run(new InetSocketAddress("127.0.0.1", stratus.port()),
                    RequestSource.fixed(unknown), BRIEF);

            assertTrue(result.requests() > 0, result.tableRow());
            assertEquals(result.requests(), result.errors());
            assertTrue(result.firstError().startsWith("400 ") && result.firstError().contains("UnknownOperation"),
                    result.firstError());
        }
    }

    @Test
    void theBareJettyReferenceAnswersTheSameRequest() throws Exception {
        Server jetty = BareJetty.start(0);
        try {
            int port = ((NetworkConnector) jetty.getConnectors()[0]).getLocalPort();
            byte[] ping = HttpRequests.awsJson10("127.0.0.1", port, PingPlugin.NAME, PingPlugin.TARGET, "{}");

            LoadResult result = LoadDriver.run(new InetSocketAddress("127.0.0.1", port), RequestSource.fixed(ping), BRIEF);

            assertTrue(result.requests() > 0, result.tableRow());
            assertEquals(0, result.errors(), result.firstError());
        } finally {
            jetty.stop();
        }
    }
}
