package dev.stratus.gateway.http;

import dev.stratus.gateway.routing.AccountIds;
import dev.stratus.gateway.routing.CredentialScope;
import dev.stratus.gateway.routing.ServiceResolver;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Picks the service a request is for and resolves who asks what: account and region from the SigV4 credential,
 * the operation from {@code X-Amz-Target} (worked out here once). A request no service owns is refused here.
 */
final class ServiceResolution extends Handler.Wrapper {

    private final Map<String, RunningService> services;
    private final ServiceResolver resolver;
    private final String defaultRegion;

    ServiceResolution(List<RunningService> running, String defaultRegion, Handler next) {
        super(next);
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
        ServiceDescriptor descriptor = resolver.resolve(target, scope, path).orElseThrow(() ->
                GatewayErrors.noService(target, request.getMethod(), path, scope == null ? null : scope.service()));
        String operation = target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
        RequestContext context = new RequestContext(exchange.requestId(),
                AccountIds.fromAccessKey(scope == null ? null : scope.accessKey()),
                scope == null ? defaultRegion : scope.region(), descriptor.name(), operation,
                exchange.receivedAt(), scope == null ? "" : scope.accessKey());
        exchange.resolved(services.get(descriptor.name()), context);
        return super.handle(request, response, callback);
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
