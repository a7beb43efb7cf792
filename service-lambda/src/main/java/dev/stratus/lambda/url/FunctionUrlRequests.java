package dev.stratus.lambda.url;

import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.invoke.InvocationType;
import dev.stratus.lambda.invoke.InvokeOutcome;
import dev.stratus.lambda.invoke.Invocations;
import dev.stratus.lambda.invoke.ResponseStreams;
import dev.stratus.lambda.invoke.StreamedInvocation;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Requests to function URLs, in their path form {@code /lambda-url/<url-id>/<path>} (the gateway turns the host form
 * {@code <url-id>.lambda-url.<region>.localhost} into it): each becomes an invocation with a payload format 2.0 event,
 * whose response a {@code RESPONSE_STREAM} URL sends as the function writes it.
 */
@Singleton
public class FunctionUrlRequests implements LambdaRoutes {

    /** The path form's prefix; the gateway routes the host form to it. */
    public static final String PREFIX = "/lambda-url/";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final String OPERATION = "InvokeFunctionUrl";
    private static final String RESPONSE_STREAM = "RESPONSE_STREAM";

    private final FunctionUrls urls;
    private final Invocations invocations;
    private final ResponseStreams streams;

    @Inject
    public FunctionUrlRequests(FunctionUrls urls, Invocations invocations, ResponseStreams streams) {
        this.urls = urls;
        this.invocations = invocations;
        this.streams = streams;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        for (String method : METHODS) {
            routes.route(method, PREFIX + "{UrlId}", OPERATION, this::invoke)
                    .route(method, PREFIX + "{UrlId}/{Path+}", OPERATION, this::invoke);
        }
    }

    private ServiceResponse invoke(RestRequest request) {
        ServiceRequest raw = request.raw();
        String urlId = request.pathParam("UrlId");
        Optional<FunctionUrlConfig> found = urls.byUrlId(urlId);
        if (found.isEmpty() || (found.get().authType().equals("AWS_IAM") && !signed(raw))) {
            return message(403, "Forbidden");
        }
        FunctionUrlConfig url = found.get();
        UrlCors cors = new UrlCors(url.cors());
        if (UrlCors.isPreflight(raw)) {
            return cors.preflight(raw);
        }
        String rawPath = raw.path().substring(Math.min(raw.path().length(), PREFIX.length() + urlId.length()));
        byte[] event = UrlEvent.of(request.mapper(), url, raw, request.context(), rawPath.isEmpty() ? "/" : rawPath);
        if (RESPONSE_STREAM.equals(url.invokeMode())) {
            StreamedInvocation invocation = streams.start(url.function(), request.context().requestId(), event, false,
                    null);
            invocation.awaitStart();
            return cors.decorate(raw, UrlStream.of(request.mapper(), invocation, message(502, "Internal Server Error")));
        }
        InvokeOutcome outcome = invocations.invoke(url.function(), InvocationType.REQUEST_RESPONSE,
                request.context().requestId(), event, false, null);
        ServiceResponse response = outcome.functionError() != null
                ? message(502, "Internal Server Error")
                : UrlResponse.of(request.mapper(), outcome.payload());
        return cors.decorate(raw, response);
    }

    /** Whether the request carries a SigV4 signature, in its Authorization header or its query. */
    private static boolean signed(ServiceRequest request) {
        return request.header("authorization").filter(value -> value.startsWith("AWS4-HMAC-SHA256")).isPresent()
                || request.queryParameter("X-Amz-Signature").isPresent();
    }

    private static ServiceResponse message(int status, String message) {
        return ServiceResponse.of(status, "application/json",
                ("{\"Message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
