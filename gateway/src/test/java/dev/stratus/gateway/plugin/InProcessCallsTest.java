package dev.stratus.gateway.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceBindings;
import dev.stratus.spi.ServiceCalls;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One service calls another's handler in-process, in the caller's account and region, as a new request. */
class InProcessCallsTest {

    /** Answers who asked: the context the called service sees. */
    public static final class WhoAsked implements ServiceHandler {
        @Override
        public ServiceResponse handle(ServiceRequest request, RequestContext context) {
            String answer = context.service() + " " + context.accountId() + " " + context.region() + " "
                    + context.requestId() + " " + new String(request.body(), StandardCharsets.UTF_8);
            return ServiceResponse.of(200, "text/plain", answer.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final ServiceCalls calls = Guice.createInjector(new AbstractModule() {
        @Override
        protected void configure() {
            bind(Clock.class).toInstance(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
            bind(ServiceCalls.class).to(InProcessCalls.class);
            ServiceBindings.handler(binder(), "called", WhoAsked.class);
        }
    }).getInstance(ServiceCalls.class);

    private final RequestContext caller = new RequestContext("caller-request", "123456789012", "eu-west-1", "caller",
            "Publish", Instant.EPOCH, "AKID");

    @Test
    void theCalledServiceAnswersInTheCallersAccountAndRegionUnderANewRequestId() {
        ServiceRequest request = new ServiceRequest("POST", "/", Map.of(), Map.of(),
                "hello".getBytes(StandardCharsets.UTF_8));

        ServiceResponse response = calls.call("called", request, caller).toCompletableFuture().join();

        String[] answer = new String(response.body(), StandardCharsets.UTF_8).split(" ");
        assertEquals("called", answer[0]);
        assertEquals("123456789012", answer[1]);
        assertEquals("eu-west-1", answer[2]);
        assertNotEquals("caller-request", answer[3]);
        assertEquals("hello", answer[4]);
    }

    @Test
    void onlyRunningServicesCanBeCalled() {
        ServiceRequest request = new ServiceRequest("POST", "/", Map.of(), Map.of(), new byte[0]);

        assertTrue(calls.running("called"));
        assertFalse(calls.running("absent"));
        assertThrows(IllegalArgumentException.class, () -> calls.call("absent", request, caller));
    }
}
