package dev.stratus.gateway.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.CodeOutput;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.ConsolePage;
import dev.stratus.spi.ConsoleView;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.eclipse.jetty.http.HttpTester;
import org.junit.jupiter.api.Test;

class ConsoleHandlerTest {

    private static final String ARN = "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000";
    private static final String RECORDS = "/_stratus/console/api/stream-records?account=123456789012&region=eu-west-1"
            + "&streamArn=" + ARN;

    private final List<RequestContext> contexts = new ArrayList<>();

    private final RecentInvocations invocations = new RecentInvocations(Clock.systemUTC());
    private final ConsoleSession session = new ConsoleSession(new SecureRandom());
    private final ConsoleNotices notices = new ConsoleNotices(new ObjectMapper());

    private LocalServer console(Optional<ServiceHandler> streams) throws Exception {
        ConsoleHandler.Sources sources = new ConsoleHandler.Sources(streams, List.of(new EchoPage()),
                List.of(new EchoView()), invocations, session, notices);
        return new LocalServer(next -> new ConsoleHandler(sources, new ObjectMapper(), Clock.systemUTC(), "us-east-1", next));
    }

    @Test
    void servesThePageAndItsModulesFromTheJar() throws Exception {
        try (LocalServer server = console(Optional.empty())) {
            HttpTester.Response bare = server.send("GET", "/_stratus/console");
            HttpTester.Response page = server.send("GET", "/_stratus/console/");
            HttpTester.Response module = server.send("GET", "/_stratus/console/app.js");

            assertEquals(302, bare.getStatus());
            assertEquals("/_stratus/console/", bare.get("Location"));
            assertEquals(200, page.getStatus());
            assertEquals("text/html; charset=utf-8", page.get("Content-Type"));
            assertTrue(page.getContent().contains("<script type=\"module\" src=\"app.js\">"), page.getContent());
            assertEquals("text/javascript; charset=utf-8", module.get("Content-Type"));
        }
    }

    @Test
    void namesOutsideTheAssetsAndWritesAreRefused() throws Exception {
        try (LocalServer server = console(Optional.empty())) {
            assertEquals(404, server.send("GET", "/_stratus/console/nothing.js").getStatus());
            assertEquals(404, server.send("GET", "/_stratus/console/..%2Fversion.properties").getStatus());
            assertEquals(405, server.send("POST", "/_stratus/console/").getStatus());
            assertEquals(204, server.send("GET", "/_stratus/health").getStatus());
        }
    }

    @Test
    void theRunningServicesPagesAreListedAndServedFromTheirFolder() throws Exception {
        try (LocalServer server = console(Optional.empty())) {
            HttpTester.Response list = server.send("GET", "/_stratus/console/api/pages");
            HttpTester.Response file = server.send("GET", "/_stratus/console/plugins/echo/json.js");

            assertEquals("{\"pages\":[{\"service\":\"echo\",\"title\":\"Echo\"}]}", list.getContent());
            assertEquals(200, file.getStatus());
            assertTrue(file.getContent().contains("export function unmarshall"), file.getContent());
            assertEquals(404, server.send("GET", "/_stratus/console/plugins/other/json.js").getStatus());
            assertEquals(404, server.send("GET", "/_stratus/console/plugins/echo/../app.js").getStatus());
            assertEquals(404, server.send("GET", "/_stratus/console/plugins/echo/").getStatus());
        }
    }

    @Test
    void aFunctionsRecentInvocationsComeNewestFirstWithTheirLines() throws Exception {
        invocations.line(new CodeOutput.Line("123456789012", "eu-west-1", "echo", "r1", "START RequestId: r1"));
        invocations.line(new CodeOutput.Line("123456789012", "eu-west-1", "echo", "r1", "hello"));
        invocations.line(new CodeOutput.Line("123456789012", "eu-west-1", "echo", "r2", "START RequestId: r2"));
        invocations.line(new CodeOutput.Line("123456789012", "us-east-1", "echo", "r3", "START RequestId: r3"));
        try (LocalServer server = console(Optional.empty())) {
            HttpTester.Response response = server.send("GET",
                    "/_stratus/console/api/invocations?account=123456789012&region=eu-west-1&function=echo");

            assertEquals(200, response.getStatus());
            JsonNode list = new ObjectMapper().readTree(response.getContent()).path("invocations");
            assertEquals(2, list.size());
            assertEquals("r2", list.get(0).path("requestId").asText());
            assertEquals("[\"START RequestId: r1\",\"hello\"]", list.get(1).path("lines").toString());
            assertEquals(400, server.send("GET", "/_stratus/console/api/invocations?account=1").getStatus());
        }
    }

    @Test
    void aServicesViewAnswersInTheAccountAndRegionAskedWithItsParametersOrItsError() throws Exception {
        try (LocalServer server = console(Optional.empty())) {
            HttpTester.Response seen = server.send("GET",
                    "/_stratus/console/api/view/echo/scope?account=123456789012&region=eu-west-1&say=hi");
            HttpTester.Response refused = server.send("GET", "/_stratus/console/api/view/echo/scope?say=");

            assertEquals(200, seen.getStatus());
            assertEquals("{\"account\":\"123456789012\",\"region\":\"eu-west-1\",\"parameters\":{\"say\":\"hi\"}}",
                    seen.getContent());
            assertEquals(404, refused.getStatus());
            assertEquals("{\"__type\":\"ResourceNotFoundException\",\"message\":\"Nothing to say\"}", refused.getContent());
            assertEquals(404, server.send("GET", "/_stratus/console/api/view/echo/other").getStatus());
        }
    }

    @Test
    void theSessionTokenGoesOnlyToTheConsolesOwnOriginAndAdmitsItsCalls() throws Exception {
        try (LocalServer server = console(Optional.empty())) {
            HttpTester.Response own = server.send("GET", "/_stratus/console/api/session", "Sec-Fetch-Site", "same-origin");
            HttpTester.Response foreign = server.send("GET", "/_stratus/console/api/session", "Sec-Fetch-Site", "cross-site",
                    "Origin", "http://evil.example");

            assertEquals(403, foreign.getStatus());
            assertEquals(200, own.getStatus());
            assertTrue(own.getContent().contains(session.token()), own.getContent());
        }
    }

    @Test
    void streamRecordsArriveAsServerSentEventsAndTheStreamsErrorEndsThem() throws Exception {
        try (LocalServer server = console(Optional.of(streams(1)))) {
            HttpTester.Response response = server.send("GET", RECORDS);

            assertEquals(200, response.getStatus());
            assertEquals("text/event-stream; charset=utf-8", response.get("Content-Type"));
            String events = response.getContent();
            assertTrue(events.startsWith("event: ready\ndata: {\"streamArn\":\"" + ARN + "\",\"shards\":1}\n\n"), events);
            assertTrue(events.contains("event: record\ndata: {\"eventName\":\"INSERT\",\"shardId\":\"shard-1\"}\n\n"), events);
            assertTrue(events.endsWith("event: failure\ndata: {\"__type\":\"ExpiredIteratorException\","
                    + "\"message\":\"Iterator expired\"}\n\n"), events);
            assertTrue(contexts.stream().allMatch(c -> c.accountId().equals("123456789012")
                    && c.region().equals("eu-west-1") && c.service().equals("dynamodbstreams")), contexts.toString());
        }
    }

    @Test
    void anUnknownStreamGetsTheStreamsApisAnswer() throws Exception {
        try (LocalServer server = console(Optional.of(streams(0)))) {
            HttpTester.Response response = server.send("GET", RECORDS);

            assertEquals(400, response.getStatus());
            assertTrue(response.getContent().contains("ResourceNotFoundException"), response.getContent());
        }
    }

    @Test
    void aTailNeedsAStreamAnAccountAndTheStreamsService() throws Exception {
        try (LocalServer server = console(Optional.of(streams(1)))) {
            assertEquals(400, server.send("GET", "/_stratus/console/api/stream-records").getStatus());
            assertEquals(400, server.send("GET", RECORDS.replace("123456789012", "12")).getStatus());
        }
        try (LocalServer server = console(Optional.empty())) {
            assertEquals(404, server.send("GET", RECORDS).getStatus());
        }
    }

    @Test
    void noticesOfThePagesAccountAndRegionArriveOnceEachAsServerSentEvents() throws Exception {
        try (LocalServer server = console(Optional.empty())) {
            CompletableFuture<HttpTester.Response> events = CompletableFuture.supplyAsync(() -> server.sendUnchecked(
                    "GET", "/_stratus/console/api/events?account=123456789012&region=eu-west-1"));
            await().atMost(Duration.ofSeconds(5)).until(() -> notices.listening() == 1);

            notices.publish(new ConsoleEvents.Notice("sqs", "123456789012", "eu-west-1", "queue", "jobs"));
            notices.publish(new ConsoleEvents.Notice("sqs", "123456789012", "eu-west-1", "queue", "jobs"));
            notices.publish(new ConsoleEvents.Notice("sqs", "123456789012", "us-east-1", "queue", "elsewhere"));
            notices.publish(new ConsoleEvents.Notice("sns", "123456789012", "eu-west-1", "topic", "news"));
            notices.close();

            HttpTester.Response response = events.get(5, TimeUnit.SECONDS);
            assertEquals(200, response.getStatus());
            assertEquals("text/event-stream; charset=utf-8", response.get("Content-Type"));
            assertEquals("event: ready\ndata: {}\n\n"
                    + "event: change\ndata: {\"service\":\"sqs\",\"kind\":\"queue\",\"name\":\"jobs\"}\n\n"
                    + "event: change\ndata: {\"service\":\"sns\",\"kind\":\"topic\",\"name\":\"news\"}\n\n",
                    response.getContent());
            assertEquals(0, notices.listening());
            assertEquals(400, server.send("GET", "/_stratus/console/api/events?account=12").getStatus());
        }
    }

    /** A Streams API with {@code shards} open shards (none: no such stream) whose second GetRecords finds the iterator expired. */
    private ServiceHandler streams(int shards) {
        int[] reads = {0};
        return (request, context) -> {
            contexts.add(context);
            String operation = request.header("x-amz-target").orElseThrow().substring("DynamoDBStreams_20120810.".length());
            if (shards == 0) {
                return answer(400, "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Requested resource not found\"}");
            }
            switch (operation) {
                case "DescribeStream":
                    return answer(200, "{\"StreamDescription\":{\"Shards\":[{\"ShardId\":\"shard-1\","
                            + "\"SequenceNumberRange\":{\"StartingSequenceNumber\":\"1\"}}]}}");
                case "GetShardIterator":
                    return answer(200, "{\"ShardIterator\":\"it-1\"}");
                default:
                    reads[0]++;
                    return reads[0] == 1
                            ? answer(200, "{\"Records\":[{\"eventName\":\"INSERT\"}],\"NextShardIterator\":\"it-2\"}")
                            : answer(400, "{\"__type\":\"ExpiredIteratorException\",\"message\":\"Iterator expired\"}");
            }
        };
    }

    /** A page that borrows the console's own folder. */
    public static final class EchoPage implements ConsolePage {
        @Override
        public String service() {
            return "echo";
        }

        @Override
        public String title() {
            return "Echo";
        }

        @Override
        public String assets() {
            return "dev/stratus/gateway/console/assets";
        }
    }

    /** A view that tells what it was asked, and refuses to say nothing. */
    private static final class EchoView implements ConsoleView {
        @Override
        public String service() {
            return "echo";
        }

        @Override
        public String name() {
            return "scope";
        }

        @Override
        public JsonNode read(RequestContext context, Map<String, String> parameters) {
            if (parameters.get("say").isEmpty()) {
                throw new AwsServiceException("ResourceNotFoundException", "Nothing to say", 404);
            }
            ObjectNode body = new ObjectMapper().createObjectNode().put("account", context.accountId())
                    .put("region", context.region());
            body.set("parameters", new ObjectMapper().valueToTree(parameters));
            return body;
        }
    }

    private static ServiceResponse answer(int status, String body) {
        return new ServiceResponse(status, Map.of("Content-Type", "application/x-amz-json-1.0"),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
