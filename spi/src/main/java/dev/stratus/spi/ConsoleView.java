package dev.stratus.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A read-only view of a service's state that its AWS API does not give and the web console shows (how far an
 * event source mapping is behind its source), bound with {@link ServiceBindings#consoleView}. The gateway serves
 * it as JSON at {@code GET /_stratus/console/api/view/<service>/<name>?account=…&region=…&…}; it never changes
 * anything. Called on request threads, so it must be thread-safe.
 */
public interface ConsoleView {

    /** The {@link ServiceDescriptor#name() name} of the service it belongs to, e.g. {@code lambda}. */
    String service();

    /** Its name within the service, e.g. {@code event-source-mapping}. */
    String name();

    /**
     * The view for the account and region of {@code context} (its operation is {@link #name()}).
     *
     * @param parameters the request's other query parameters, one value each
     * @throws AwsServiceException for what the parameters name wrongly (a resource that does not exist)
     */
    JsonNode read(RequestContext context, Map<String, String> parameters);
}
