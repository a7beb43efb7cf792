package dev.stratus.lambda.invoke;

import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.spi.ServiceLifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs the invocations whose responses are streamed, each on a thread of its own while the caller sends it on. */
@Singleton
public class ResponseStreams implements ServiceLifecycle {

    private final Invocations invocations;
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "lambda-response-stream-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public ResponseStreams(Invocations invocations) {
        this.invocations = invocations;
    }

    /**
     * Starts a RequestResponse invocation whose response the function may stream; refuses it at once, as Invoke
     * would, when the request or the function is wrong.
     */
    public StreamedInvocation start(FunctionArn arn, String requestId, byte[] payload, boolean tailLog,
                                    String clientContext) {
        StreamedInvocation invocation = invocations.streamed(arn, requestId, payload, tailLog, clientContext);
        invocation.start(executor);
        return invocation;
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
