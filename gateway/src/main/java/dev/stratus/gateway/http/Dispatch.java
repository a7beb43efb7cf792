package dev.stratus.gateway.http;

import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.Completions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The innermost handler: hands the request to its service and writes the answer when the service gives it (at
 * once, or later for a long poll); a failure thrown at once is left to {@link ErrorMapping}, a later one is
 * answered here the same way.
 */
final class Dispatch extends Handler.Abstract {

    private final ResponseWriter writer;
    private final ErrorMapping.LateFailures lateFailures;

    Dispatch(ResponseWriter writer, ErrorMapping.LateFailures lateFailures) {
        this.writer = writer;
        this.lateFailures = lateFailures;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = Exchange.of(request);
        RunningService service = exchange.service().orElseThrow();
        ServiceRequest serviceRequest = new ServiceRequest(request.getMethod(), request.getHttpURI().getPath(),
                queryOf(request), headersOf(request.getHeaders()), exchange.body());
        CompletableFuture<ServiceResponse> answer = service.handler()
                .handleAsync(serviceRequest, exchange.context().orElseThrow()).toCompletableFuture();
        if (answer.isDone()) {
            writer.write(Completions.join(answer), request, response, callback);
            return true;
        }
        answer.whenComplete((result, failure) -> writer.write(
                failure == null ? result : lateFailures.answer(Completions.causeOf(failure), request),
                request, response, callback));
        return true;
    }

    static Map<String, List<String>> queryOf(Request request) {
        if (request.getHttpURI().getQuery() == null) {
            return Map.of();
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            query.put(field.getName(), List.copyOf(field.getValues()));
        }
        return query;
    }

    /**
     * The first value of each header by its lower-case name, as an immutable map that {@link ServiceRequest} keeps
     * without copying.
     */
    static Map<String, String> headersOf(HttpFields fields) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[fields.size()];
        int count = 0;
        for (HttpField field : fields) {
            String name = field.getLowerCaseName();
            if (!contains(entries, count, name)) {
                entries[count++] = Map.entry(name, field.getValue());
            }
        }
        return Map.ofEntries(count == entries.length ? entries : Arrays.copyOf(entries, count));
    }

    private static boolean contains(Map.Entry<String, String>[] entries, int count, String name) {
        for (int i = 0; i < count; i++) {
            if (entries[i].getKey().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
