package dev.stratus.sqs.queue;

import dev.stratus.sqs.SqsErrors;
import dev.stratus.spi.StratusEndpoint;
import java.net.URI;

/**
 * Queue URLs: {@code http://127.0.0.1:4566/<account>/<name>} ({@code path} style, the default) or
 * {@code http://sqs.<region>.localhost:4566/<account>/<name>} ({@code domain} style). A request's queue is the
 * URL's last two path segments, whatever its host.
 */
public final class QueueUrls {

    public static final String STYLE_SETTING = "sqs.queue-url-style";

    private final StratusEndpoint endpoint;
    private final boolean domainStyle;

    public QueueUrls(StratusEndpoint endpoint, String style) {
        this.endpoint = endpoint;
        this.domainStyle = "domain".equals(style);
    }

    public String urlOf(QueueId id) {
        String base = domainStyle
                ? "http://sqs." + id.region() + ".localhost:" + endpoint.port()
                : endpoint.uri().toString();
        return base + "/" + id.accountId() + "/" + id.name();
    }

    /** The queue a URL names in the caller's region; a URL that names none is refused as AWS refuses it. */
    public QueueId parse(String url, String region) {
        String path;
        try {
            path = url.contains("://") ? URI.create(url).getPath() : url;
        } catch (IllegalArgumentException e) {
            throw SqsErrors.queueDoesNotExist();
        }
        String[] segments = path == null ? new String[0] : path.replaceAll("^/+|/+$", "").split("/");
        if (segments.length < 2 || !segments[segments.length - 2].matches("\\d{12}")) {
            throw SqsErrors.queueDoesNotExist();
        }
        return new QueueId(segments[segments.length - 2], region, segments[segments.length - 1]);
    }
}
