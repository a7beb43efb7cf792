package dev.stratus.gateway.http;

import dev.stratus.gateway.auth.SigV4Verifier;
import dev.stratus.gateway.auth.SignedRequest;
import dev.stratus.gateway.console.ConsoleSession;
import dev.stratus.spi.AwsServiceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --auth sigv4}: lets through only requests signed with a credential Stratus knows, and those of the
 * console's own page (its session token, from its own origin), and logs why others are refused.
 */
final class SignatureCheck extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureCheck.class);

    private final SigV4Verifier verifier;
    private final ConsoleSession console;

    SignatureCheck(SigV4Verifier verifier, ConsoleSession console, Handler next) {
        super(next);
        this.verifier = verifier;
        this.console = console;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (FunctionUrlRouting.isFunctionUrl(request.getHttpURI().getPath()) || console.admits(request)) {
            return super.handle(request, response, callback);
        }
        Exchange exchange = Exchange.of(request);
        Optional<AwsServiceException> refusal = verifier.refusal(
                signedRequest(request, request.getHttpURI().getPath(), exchange.sentBody()), exchange.protocol());
        if (refusal.isPresent()) {
            LOG.info("Request {} refused: {}: {}", exchange.requestId(), refusal.get().errorCode(),
                    refusal.get().getMessage());
            throw refusal.get();
        }
        return super.handle(request, response, callback);
    }

    /** What the signature of a request covers, with the path the client sent. */
    static SignedRequest signedRequest(Request request, String sentPath, byte[] sentBody) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return new SignedRequest(request.getMethod(), sentPath, request.getHttpURI().getQuery(), headers, sentBody);
    }
}
