package dev.stratus.sns.delivery;

import dev.stratus.sns.subscription.Subscription;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.time.Scheduler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs messages to HTTP/S endpoints off the request thread, with SNS's headers and a {@code text/plain} JSON body.
 * A delivery that gets no answer or a 5xx answer is retried by SNS's default HTTP delivery policy: three more
 * times, each 20 seconds of platform clock after the attempt before it began; a 4xx answer is not retried. Then the message is dropped, and the
 * log says so.
 */
@Singleton
public final class HttpDelivery implements ServiceLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HttpDelivery.class);
    static final int RETRIES = 3;
    static final Duration RETRY_DELAY = Duration.ofSeconds(20);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Scheduler scheduler;
    private final Clock clock;
    private final ExecutorService executor;
    private final RecentDeliveries recent;
    /**
     * Made at the first delivery: building an {@code HttpClient} loads and sets up the JDK's HTTP and TLS stack
     * (~10% of a start's main thread), which most runs never use. Guarded by {@code this}.
     */
    private HttpClient client;

    @Inject
    public HttpDelivery(Scheduler scheduler, Clock clock, RecentDeliveries recent) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.recent = recent;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sns-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().executor(executor).connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    static boolean handles(String protocol) {
        return "http".equals(protocol) || "https".equals(protocol);
    }

    /** Sends the endpoint the SubscriptionConfirmation that carries its token. */
    void confirm(Subscription subscription, String messageId, String body) {
        post(subscription, headers("SubscriptionConfirmation", messageId, subscription, false), body, 0);
    }

    void send(Subscription subscription, Notification notification, String body) {
        post(subscription, headers("Notification", notification.messageId(), subscription, true), body, 0);
    }

    private static Map<String, String> headers(String type, String messageId, Subscription subscription,
                                               boolean subscribed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-sns-message-type", type);
        headers.put("x-amz-sns-message-id", messageId);
        headers.put("x-amz-sns-topic-arn", subscription.topic().toString());
        if (subscribed) {
            headers.put("x-amz-sns-subscription-arn", subscription.arn());
        }
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        headers.put("User-Agent", "Amazon Simple Notification Service Agent");
        return headers;
    }

    private void post(Subscription subscription, Map<String, String> headers, String body, int attempt) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(subscription.endpoint())).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            LOG.warn("A message of {} was not delivered to {}: not a URL.", subscription.topic(), subscription.endpoint());
            return;
        }
        headers.forEach(request::header);
        Instant retryAt = clock.instant().plus(RETRY_DELAY);
        String messageId = headers.get("x-amz-sns-message-id");
        client().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() < 500) {
                if (response.statusCode() >= 400) {
                    LOG.warn("A message of {} was refused by {} with status {}; it is not retried.",
                            subscription.topic(), subscription.endpoint(), response.statusCode());
                }
                recent.record(subscription, messageId, (response.statusCode() >= 400 ? "refused, status "
                        : "delivered, status ") + response.statusCode());
                return;
            }
            String problem = failure != null ? failure.toString() : "status " + response.statusCode();
            if (attempt < RETRIES) {
                LOG.info("A message of {} did not reach {} ({}); retrying in {} s.", subscription.topic(),
                        subscription.endpoint(), problem, RETRY_DELAY.toSeconds());
                recent.record(subscription, messageId, "not delivered (" + problem + "), retrying");
                scheduler.at(retryAt, "sns-http-retry", () -> post(subscription, headers, body, attempt + 1));
            } else {
                LOG.warn("A message of {} did not reach {} ({}) after {} retries; it is dropped.", subscription.topic(),
                        subscription.endpoint(), problem, RETRIES);
                recent.record(subscription, messageId, "dropped after " + RETRIES + " retries (" + problem + ")");
            }
        });
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
