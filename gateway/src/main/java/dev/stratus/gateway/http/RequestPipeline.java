package dev.stratus.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.gateway.auth.SigV4Verifier;
import dev.stratus.gateway.console.ConsoleHandler;
import dev.stratus.gateway.console.SameOriginRule;
import dev.stratus.spi.PlatformPath;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Handler;

/**
 * The way of every request, outermost first: access log, function URL routing, CORS (not for function URLs), error
 * mapping, the same-origin rule for writes to platform paths, the console, platform routes, service resolution,
 * body limit, signature check of function URL requests that carry one, signature check of others (with
 * {@code --auth sigv4}), body decoding, resolution of unsigned query protocol
 * forms by their {@code Version}, dispatch. Resolution comes before the limit so that even a refused body is
 * answered in the protocol of its service; the signature is checked over the body as sent, before it is decoded.
 */
public final class RequestPipeline {

    private RequestPipeline() {
    }

    /** How the pipeline is set up. */
    public record Options(List<RunningService> services, Clock clock, String defaultRegion, long maxRequestBytes,
                          String corsOrigins, Optional<SigV4Verifier> signatures, SigV4Verifier functionUrlSignatures,
                          ConsoleHandler.Sources console,
                          Set<PlatformPath> platformPaths) {
    }

    public static Handler build(Options options, HealthReport health, ObjectMapper mapper) {
        ResponseWriter writer = new ResponseWriter();
        GatewayErrors errors = new GatewayErrors(mapper);
        ServiceResolution resolution = new ServiceResolution(options.services(), options.defaultRegion());
        Handler decoded = new BodyDecoding(options.maxRequestBytes(),
                resolution.afterBody(new Dispatch(writer, new ErrorMapping.LateFailures(errors))));
        Handler checked = options.signatures().<Handler>map(v -> new SignatureCheck(v, options.console().session(), decoded))
                .orElse(decoded);
        resolution.setHandler(new BodyLimit(options.maxRequestBytes(),
                new FunctionUrlSignature(options.functionUrlSignatures(), writer, mapper, checked)));
        Handler platform = new PlatformEndpoints(health, options.platformPaths(), mapper, resolution);
        Handler console = new ConsoleHandler(options.console(), mapper, options.clock(), options.defaultRegion(), platform);
        Handler mapped = new ErrorMapping(errors, writer, new SameOriginRule(console));
        return new AccessLog(options.clock(),
                new FunctionUrlRouting(mapped, new CorsHandler(options.corsOrigins(), mapped)));
    }
}
