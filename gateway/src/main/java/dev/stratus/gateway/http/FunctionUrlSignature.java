package dev.stratus.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.gateway.auth.SigV4Verifier;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceResponse;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the SigV4 signature of a function URL request that carries one, against the credentials Stratus knows,
 * whatever {@code auth} says: a bad one is refused as function URLs refuse it (403, the reason in a JSON
 * {@code message}), so that Lambda sees only requests either unsigned or signed well, and answers an unsigned
 * request to an {@code AWS_IAM} URL itself.
 */
final class FunctionUrlSignature extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionUrlSignature.class);

    private final SigV4Verifier verifier;
    private final ResponseWriter writer;
    private final ObjectMapper mapper;

    FunctionUrlSignature(SigV4Verifier verifier, ResponseWriter writer, ObjectMapper mapper, Handler next) {
        super(next);
        this.verifier = verifier;
        this.writer = writer;
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!FunctionUrlRouting.isFunctionUrl(request.getHttpURI().getPath()) || !carriesSignature(request)) {
            return super.handle(request, response, callback);
        }
        Exchange exchange = Exchange.of(request);
        Optional<AwsServiceException> refusal = verifier.refusal(SignatureCheck.signedRequest(request,
                FunctionUrlRouting.sentPath(request), exchange.sentBody()), Protocol.REST_JSON);
        if (refusal.isEmpty()) {
            return super.handle(request, response, callback);
        }
        LOG.info("Function URL request {} refused: {}: {}", exchange.requestId(), refusal.get().errorCode(),
                refusal.get().getMessage());
        writer.write(ServiceResponse.of(403, "application/json",
                mapper.writeValueAsBytes(Map.of("message", refusal.get().getMessage()))), request, response, callback);
        return true;
    }

    private static boolean carriesSignature(Request request) {
        String authorization = request.getHeaders().get("Authorization");
        String query = request.getHttpURI().getQuery();
        return (authorization != null && authorization.startsWith("AWS4-"))
                || (query != null && (query.contains("X-Amz-Algorithm=") || query.contains("X-Amz-Signature=")));
    }
}
