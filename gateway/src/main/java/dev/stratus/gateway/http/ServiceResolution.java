package dev.stratus.gateway.http;

import dev.stratus.gateway.routing.AccountIds;
import dev.stratus.gateway.routing.CredentialScope;
import dev.stratus.gateway.routing.ServiceResolver;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.protocol.query.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Picks the service a request is for and resolves who asks what: account and region from the SigV4 credential,
 * the operation from {@code X-Amz-Target} (worked out here once), the protocol the client speaks. A query
 * protocol form ({@code Action=…&Version=…} in the body, unsigned) is resolved by its {@code Version} once the
 * body is read, by {@link #afterBody}; any other request no service owns is refused here.
 */
final class ServiceResolution extends Handler.Wrapper {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final Map<String, RunningService> services;
    private final ServiceResolver resolver;
    private final String defaultRegion;

    /** Its next handler is set with {@link #setHandler}, after the pipeline's inner handlers that {@link #afterBody} joins. */
    ServiceResolution(List<RunningService> running, String defaultRegion) {
        Map<String, RunningService> byName = new LinkedHashMap<>();
        running.forEach(s -> byName.put(s.descriptor().name(), s));
        this.services = Map.copyOf(byName);
        this.resolver = new ServiceResolver(running.stream().map(RunningService::descriptor).toList());
        this.defaultRegion = defaultRegion;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Exchange exchange = Exchange.of(request);
        String target = exchange.target();
        String path = request.getHttpURI().getPath();
        CredentialScope scope = scopeOf(request);
        Optional<ServiceDescriptor> descriptor = resolver.resolve(target, scope, path)
                .or(() -> queryVersion(request).flatMap(resolver::byQueryVersion));
        if (descriptor.isPresent()) {
            resolve(exchange, descriptor.get(), scope);
        } else if (target == null && isForm(request)) {
            exchange.speaks(Protocol.AWS_QUERY);
        } else {
            throw GatewayErrors.noService(target, request.getMethod(), path, scope == null ? null : scope.service());
        }
        return super.handle(request, response, callback);
    }

    /** Resolves, by the {@code Version} of its body, a query protocol form this handler let through unresolved. */
    Handler afterBody(Handler next) {
        return new Handler.Wrapper(next) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Exchange exchange = Exchange.of(request);
                if (exchange.service().isEmpty()) {
                    QueryParameters form = QueryParameters.parse(new String(exchange.body(), StandardCharsets.UTF_8));
                    Optional<String> version = form.get("Version");
                    resolve(exchange, version.flatMap(resolver::byQueryVersion).orElseThrow(() ->
                            GatewayErrors.noQueryService(form.get("Action").orElse(""), version.orElse(""))),
                            scopeOf(request));
                }
                return super.handle(request, response, callback);
            }
        };
    }

    private void resolve(Exchange exchange, ServiceDescriptor descriptor, CredentialScope scope) {
        String target = exchange.target();
        String operation = target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
        RequestContext context = new RequestContext(exchange.requestId(),
                AccountIds.fromAccessKey(scope == null ? null : scope.accessKey()),
                scope == null ? defaultRegion : scope.region(), descriptor.name(), operation,
                exchange.receivedAt(), scope == null ? "" : scope.accessKey());
        Protocol spoken = target == null && descriptor.queryApi().isPresent() ? Protocol.AWS_QUERY : descriptor.protocol();
        exchange.resolved(services.get(descriptor.name()), context, spoken);
    }

    private static boolean isForm(Request request) {
        String contentType = request.getHeaders().get("Content-Type");
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM);
    }

    /** The {@code Version} of a query protocol request that sends its parameters in the URL. */
    private static Optional<String> queryVersion(Request request) {
        String query = request.getHttpURI().getQuery();
        if (query == null || !query.contains("Version=")) {
            return Optional.empty();
        }
        return Optional.ofNullable(Request.extractQueryParameters(request).getValue("Version"));
    }

    private static CredentialScope scopeOf(Request request) {
        Optional<CredentialScope> fromHeader = CredentialScope.fromAuthorization(request.getHeaders().get("Authorization"));
        if (fromHeader.isPresent()) {
            return fromHeader.get();
        }
        String query = request.getHttpURI().getQuery();
        if (query != null && query.contains("X-Amz-Credential")) {
            Fields fields = Request.extractQueryParameters(request);
            return CredentialScope.fromCredential(fields.getValue("X-Amz-Credential")).orElse(null);
        }
        return null;
    }
}
