package dev.stratus.gateway.http;

import dev.stratus.spi.RequestContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost handler: names the request (the id every response carries in {@code x-amzn-RequestId}), adds the
 * {@code Server} header AWS sends and the {@code Date} by the platform clock (the one signatures are checked
 * against, so SDKs correct their clock skew by it), and logs one line per request at DEBUG once it is complete.
 */
final class AccessLog extends Handler.Wrapper {

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.stratus.access");
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final HttpField SERVER = new PreEncodedHttpField(HttpHeader.SERVER, "Server");

    private final Clock clock;
    /** The last {@code Date} field written: requests within the same second share it. */
    private volatile DateField lastDate = new DateField(Long.MIN_VALUE, null);

    AccessLog(Clock clock, Handler next) {
        super(next);
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        Exchange exchange = Exchange.begin(request, RequestIds.next(), clock.instant());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("x-amzn-RequestId", exchange.requestId());
        headers.put(SERVER);
        headers.put(dateOf(exchange.receivedAt()));
        Callback logging = ACCESS.isDebugEnabled()
                ? Callback.from(callback, () -> log(request, response, exchange, started))
                : callback;
        return super.handle(request, response, logging);
    }

    private HttpField dateOf(Instant instant) {
        DateField last = lastDate;
        long second = instant.getEpochSecond();
        if (last.second() != second) {
            last = new DateField(second, new PreEncodedHttpField(HttpHeader.DATE, HTTP_DATE.format(instant)));
            lastDate = last;
        }
        return last.field();
    }

    private static void log(Request request, Response response, Exchange exchange, long started) {
        String service = exchange.context().map(RequestContext::service).orElse("-");
        String operation = exchange.context().map(RequestContext::operation).filter(o -> !o.isEmpty())
                .orElse(request.getMethod() + " " + request.getHttpURI().getPath());
        ACCESS.debug("{} {} {} -> {} in {} µs", exchange.requestId(), service, operation, response.getStatus(),
                (System.nanoTime() - started) / 1_000);
    }

    /** The {@code Date} field of one second since the epoch. */
    private record DateField(long second, HttpField field) {
    }
}
