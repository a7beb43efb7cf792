package dev.stratus.gateway.http;

import dev.stratus.gateway.routing.AccountIds;
import dev.stratus.gateway.routing.CredentialScope;
import dev.stratus.gateway.routing.ServiceResolver;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.AwsJsonHandler;
import dev.stratus.spi.protocol.CommonErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way of an AWS request: read the body, pick the service, resolve account and region, let the service
 * answer, and write the answer with its request id. Platform paths ({@code /_stratus/...}) never reach it.
 */
public final class AwsRequestHandler extends Handler.Abstract {

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.stratus.access");
    private static final Logger LOG = LoggerFactory.getLogger(AwsRequestHandler.class);

    private final Map<String, RunningService> services;
    private final ServiceResolver resolver;
    private final Clock clock;
    private final String defaultRegion;
    private final RequestBodies bodies;
    private final Cors cors;
    private final GatewayErrors errors;

    public AwsRequestHandler(List<RunningService> running, Clock clock, String defaultRegion, long maxRequestBytes,
                             String corsOrigins, GatewayErrors errors) {
        Map<String, RunningService> byName = new LinkedHashMap<>();
        running.forEach(s -> byName.put(s.descriptor().name(), s));
        this.services = Map.copyOf(byName);
        this.resolver = new ServiceResolver(running.stream().map(RunningService::descriptor).toList());
        this.clock = clock;
        this.defaultRegion = defaultRegion;
        this.bodies = new RequestBodies(maxRequestBytes);
        this.cors = new Cors(corsOrigins);
        this.errors = errors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long started = System.nanoTime();
        Instant receivedAt = clock.instant();
        String requestId = UUID.randomUUID().toString();
        HttpFields headers = request.getHeaders();
        String method = request.getMethod();
        boolean preflight = cors.isPreflight(method, headers);
        cors.apply(headers, response.getHeaders(), preflight);
        if (preflight) {
            response.setStatus(200);
            response.getHeaders().put("x-amzn-RequestId", requestId);
            callback.succeeded();
            return true;
        }
        String target = headers.get("X-Amz-Target");
        String path = request.getHttpURI().getPath();
        CredentialScope scope = scopeOf(request);
        Optional<ServiceDescriptor> descriptor = resolver.resolve(target, scope, path);
        String serviceName = descriptor.map(ServiceDescriptor::name).orElse("-");
        CompletionStage<ServiceResponse> answer;
        try {
            byte[] body = bodies.read(request);
            if (descriptor.isEmpty()) {
                answer = CompletableFuture.completedFuture(
                        errors.noService(target, method, path, scope == null ? null : scope.service()));
            } else {
                RequestContext context = new RequestContext(requestId,
                        AccountIds.fromAccessKey(scope == null ? null : scope.accessKey()),
                        scope == null ? defaultRegion : scope.region(), serviceName,
                        target == null ? "" : AwsJsonHandler.operationOf(target, prefixOf(target)),
                        receivedAt, scope == null ? "" : scope.accessKey());
                ServiceRequest serviceRequest = new ServiceRequest(method, path, queryOf(request), headersOf(headers), body);
                answer = services.get(serviceName).handler().handleAsync(serviceRequest, context);
            }
        } catch (AwsServiceException e) {
            answer = CompletableFuture.completedFuture(errors.encode(e, target != null));
        } catch (IOException e) {
            answer = CompletableFuture.completedFuture(errors.encode(
                    CommonErrors.serialization("Cannot read the request body: " + e.getMessage()), target != null));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((result, failure) -> {
            ServiceResponse written = result;
            if (failure != null) {
                LOG.error("Request {} ({} {}) failed unexpectedly", requestId, method, path, failure);
                written = errors.encode(CommonErrors.internalFailure("InternalFailure", requestId), target != null);
            }
            write(written, requestId, response, callback);
            if (ACCESS.isDebugEnabled()) {
                ACCESS.debug("{} {} {} {} -> {} in {} µs", requestId, serviceName, target != null ? target : method,
                        target != null ? "" : path, written.status(), (System.nanoTime() - started) / 1_000);
            }
        });
        return true;
    }

    private static String prefixOf(String target) {
        int dot = target.lastIndexOf('.');
        return dot < 0 ? target : target.substring(0, dot);
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

    private static Map<String, List<String>> queryOf(Request request) {
        if (request.getHttpURI().getQuery() == null) {
            return Map.of();
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            query.put(field.getName(), List.copyOf(field.getValues()));
        }
        return query;
    }

    private static Map<String, String> headersOf(HttpFields fields) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : fields) {
            headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
        }
        return headers;
    }

    private static void write(ServiceResponse answer, String requestId, Response response, Callback callback) {
        response.setStatus(answer.status());
        HttpFields.Mutable out = response.getHeaders();
        answer.headers().forEach(out::put);
        out.put("x-amzn-RequestId", requestId);
        if (answer.body().length == 0) {
            out.put("Content-Length", 0L);
            callback.succeeded();
            return;
        }
        out.put("Content-Length", answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
}
