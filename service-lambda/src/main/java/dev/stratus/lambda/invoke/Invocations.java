package dev.stratus.lambda.invoke;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionRecord;
import dev.stratus.lambda.function.FunctionSnapshot;
import dev.stratus.lambda.function.Functions;
import dev.stratus.lambda.invoke.async.AsyncInvocations;
import dev.stratus.lambda.runtime.FunctionInvoker;
import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.InvocationRequest;
import dev.stratus.lambda.runtime.InvocationResult;
import dev.stratus.lambda.runtime.RuntimeUnavailableException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;

/** Invoke: resolves the version to run, applies Lambda's limits, and runs it now or queues it. */
@Singleton
public class Invocations {

    /** 6 MB: the largest synchronous request and response payload. */
    public static final int MAX_SYNC_PAYLOAD = 6_291_456;
    /** 256 KB: the largest Event payload. */
    public static final int MAX_ASYNC_PAYLOAD = 262_144;
    private static final int LOG_TAIL_BYTES = 4096;
    private static final byte[] EMPTY_EVENT = "{}".getBytes(StandardCharsets.UTF_8);

    private final Functions functions;
    private final FunctionSpecs specs;
    private final FunctionInvoker invoker;
    private final ConcurrencyLimiter limiter;
    private final AsyncInvocations async;
    private final VersionRouting routing;

    @Inject
    public Invocations(Functions functions, FunctionSpecs specs, FunctionInvoker invoker, ConcurrencyLimiter limiter,
                       AsyncInvocations async, VersionRouting routing) {
        this.functions = functions;
        this.specs = specs;
        this.invoker = invoker;
        this.limiter = limiter;
        this.async = async;
        this.routing = routing;
    }

    /**
     * Runs one Invoke request.
     *
     * @param arn           the function, qualified by the {@code Qualifier} when one was given
     * @param type          how to run it
     * @param requestId     the request's id, which becomes the invocation's {@code awsRequestId}
     * @param payload       the event
     * @param tailLog       whether to return the end of the log ({@code X-Amz-Log-Type: Tail})
     * @param clientContext the decoded client context, or {@code null}
     */
    public InvokeOutcome invoke(FunctionArn arn, InvocationType type, String requestId, byte[] payload, boolean tailLog,
                                String clientContext) {
        int limit = type == InvocationType.EVENT ? MAX_ASYNC_PAYLOAD : MAX_SYNC_PAYLOAD;
        if (payload.length > limit) {
            throw LambdaErrors.invokeRequestTooLarge(limit);
        }
        EventPayload.requireJson(payload);
        Target target = resolve(arn);
        if (type == InvocationType.DRY_RUN) {
            return new InvokeOutcome(204, new byte[0], null, null, null);
        }
        InvocationRequest request = target.request(requestId, payload, clientContext, null);
        if (type == InvocationType.EVENT) {
            async.enqueue(arn, requestId, payload, clientContext);
            return new InvokeOutcome(202, new byte[0], null, null, null);
        }
        return outcome(run(target, request), target.version().version().version(), tailLog);
    }

    /** A RequestResponse invocation whose response the function may stream, checked and resolved, not started. */
    StreamedInvocation streamed(FunctionArn arn, String requestId, byte[] payload, boolean tailLog, String clientContext) {
        if (payload.length > MAX_SYNC_PAYLOAD) {
            throw LambdaErrors.invokeRequestTooLarge(MAX_SYNC_PAYLOAD);
        }
        EventPayload.requireJson(payload);
        Target target = resolve(arn);
        String version = target.version().version().version();
        return new StreamedInvocation(version, chunks -> outcome(run(target,
                target.request(requestId, payload, clientContext, chunks)), version, tailLog));
    }

    /** Runs one attempt of a queued Event invocation, waiting for its outcome. */
    public InvokeOutcome attemptEvent(FunctionArn arn, String requestId, byte[] payload, String clientContext) {
        Target target = resolve(arn);
        return outcome(run(target, target.request(requestId, payload, clientContext, null)),
                target.version().version().version(), false);
    }

    /** Invokes synchronously without the request-level options, as event source mappings do. */
    public InvocationResult invokeDirectly(FunctionArn arn, String requestId, byte[] payload) {
        if (payload.length > MAX_SYNC_PAYLOAD) {
            throw LambdaErrors.invokeRequestTooLarge(MAX_SYNC_PAYLOAD);
        }
        Target target = resolve(arn);
        return run(target, target.request(requestId, payload, null, null));
    }

    /** The function's reserved concurrency and the version to run (for a weighted alias, the one drawn). */
    private Target resolve(FunctionArn arn) {
        FunctionRecord function = functions.function(arn);
        FunctionSnapshot version = routing.route(arn, functions.get(arn));
        return new Target(arn, function.reservedConcurrency(), version, specs.of(version));
    }

    private InvocationResult run(Target target, InvocationRequest request) {
        String function = target.version().arn().unqualified().toString();
        limiter.acquire(function, target.reservedConcurrency());
        try {
            return invoker.invoke(request);
        } catch (RuntimeUnavailableException e) {
            throw LambdaErrors.runtimeUnavailable(e.getMessage());
        } finally {
            limiter.release(function);
        }
    }

    private static InvokeOutcome outcome(InvocationResult result, String executedVersion, boolean tailLog) {
        byte[] payload = result.payload() == null ? new byte[0] : result.payload();
        String tail = tailLog ? logTail(result.log()) : null;
        return new InvokeOutcome(200, payload, result.functionError(), executedVersion, tail);
    }

    private static String logTail(String log) {
        byte[] bytes = (log == null ? "" : log).getBytes(StandardCharsets.UTF_8);
        byte[] tail = bytes.length <= LOG_TAIL_BYTES ? bytes : Arrays.copyOfRange(bytes, bytes.length - LOG_TAIL_BYTES, bytes.length);
        return Base64.getEncoder().encodeToString(tail);
    }

    /** What an invocation runs: a version of a function, within the function's reserved concurrency. */
    private record Target(FunctionArn invoked, Integer reservedConcurrency, FunctionSnapshot version, FunctionSpec spec) {

        /** Lambda hands a function {@code {}} when the invocation carries no payload. */
        InvocationRequest request(String requestId, byte[] payload, String clientContext, Consumer<byte[]> chunks) {
            byte[] event = payload.length == 0 ? EMPTY_EVENT.clone() : payload;
            return new InvocationRequest(spec, requestId, event, clientContext,
                    invoked.isQualified() ? invoked.toString() : null, chunks);
        }
    }
}
