package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The web console's open pages hear of a queue whose received messages become visible again. */
class ConsoleNoticesSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder().withTestClock().build();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private CompletableFuture<HttpResponse<Stream<String>>> events;

    @AfterEach
    void closeEvents() {
        events.thenAccept(response -> response.body().close());
        events.cancel(true);
    }

    private void openEvents() throws InterruptedException {
        URI uri = STRATUS.endpoint().resolve("/_stratus/console/api/events?account=" + STRATUS.accountId()
                + "&region=us-east-1");
        events = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        events.thenAccept(response -> {
            Thread reader = new Thread(() -> response.body().forEach(lines::add), "console-events");
            reader.setDaemon(true);
            reader.start();
        });
        assertEquals("event: ready", next());
    }

    private String next() throws InterruptedException {
        String line = lines.poll(10, TimeUnit.SECONDS);
        assertNotNull(line, "no server-sent event arrived");
        return line;
    }

    private String nextData() throws InterruptedException {
        String line;
        do {
            line = next();
        } while (!line.startsWith("data: ") || line.equals("data: {}"));
        return line;
    }

    @Test
    void aReceivedMessageWhoseVisibilityTimeoutEndsIsAnnouncedToTheConsole() throws Exception {
        String url = sqs.createQueue(r -> r.queueName("watched")).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("hello"));
        assertEquals(1, sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(30)).messages().size());
        openEvents();

        STRATUS.clock().advance(Duration.ofSeconds(30));

        assertEquals("data: {\"service\":\"sqs\",\"kind\":\"queue\",\"name\":\"watched\"}", nextData());
        assertEquals("1", sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNamesWithStrings(
                "ApproximateNumberOfMessages")).attributesAsStrings().get("ApproximateNumberOfMessages"));
    }
}
