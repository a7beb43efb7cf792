package dev.stratus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void everyResponseCarriesItsOwnRequestIdAwssServerHeaderAndTheDateByThePlatformClock() throws Exception {
        Server server = new Server();
        LocalConnector connector = new LocalConnector(server);
        server.addConnector(connector);
        Clock clock = Clock.fixed(Instant.parse("2024-03-05T07:08:09Z"), ZoneOffset.UTC);
        server.setHandler(new AccessLog(clock, Recorder.answeringEmpty()));
        server.start();
        try {
            HttpTester.Response first = HttpTester.parseResponse(connector.getResponse(LocalHttp.post(null, "").generate()));
            HttpTester.Response second = HttpTester.parseResponse(connector.getResponse(LocalHttp.post(null, "").generate()));

            assertEquals(200, first.getStatus());
            assertEquals("Server", first.get("Server"));
            assertEquals("Tue, 05 Mar 2024 07:08:09 GMT", first.get("Date"));
            assertEquals(36, first.get("x-amzn-RequestId").length());
            assertNotEquals(first.get("x-amzn-RequestId"), second.get("x-amzn-RequestId"));
        } finally {
            server.stop();
        }
    }

    @Test
    void theDateFollowsThePlatformClockFromOneSecondToTheNext() throws Exception {
        Server server = new Server();
        LocalConnector connector = new LocalConnector(server);
        server.addConnector(connector);
        MovingClock clock = new MovingClock(Instant.parse("2024-03-05T07:08:09.100Z"));
        server.setHandler(new AccessLog(clock, Recorder.answeringEmpty()));
        server.start();
        try {
            String first = HttpTester.parseResponse(connector.getResponse(LocalHttp.post(null, "").generate())).get("Date");
            clock.now = Instant.parse("2024-03-05T07:08:09.900Z");
            String sameSecond = HttpTester.parseResponse(connector.getResponse(LocalHttp.post(null, "").generate())).get("Date");
            clock.now = Instant.parse("2024-03-05T07:08:10Z");
            String next = HttpTester.parseResponse(connector.getResponse(LocalHttp.post(null, "").generate())).get("Date");
            clock.now = Instant.parse("2023-12-31T23:59:59Z");
            String earlier = HttpTester.parseResponse(connector.getResponse(LocalHttp.post(null, "").generate())).get("Date");

            assertEquals("Tue, 05 Mar 2024 07:08:09 GMT", first);
            assertEquals("Tue, 05 Mar 2024 07:08:09 GMT", sameSecond);
            assertEquals("Tue, 05 Mar 2024 07:08:10 GMT", next);
            assertEquals("Sun, 31 Dec 2023 23:59:59 GMT", earlier);
        } finally {
            server.stop();
        }
    }

    /** A clock a test sets. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
