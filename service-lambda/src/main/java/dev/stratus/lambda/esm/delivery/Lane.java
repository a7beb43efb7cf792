package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventSource;
import dev.stratus.lambda.runtime.InvocationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers records of one shard in order, batch by batch, handling failures as AWS does: a failing batch is
 * retried (blocking the records behind it) until it succeeds, its retries are spent or its records grow too
 * old; with bisection it is split in two first; with ReportBatchItemFailures only the records from the first
 * failed one are retried. A shard has one lane, or ParallelizationFactor lanes each owning a set of keys.
 * A lane also keeps its tumbling window. Only its shard worker (or the task it hands the lane to) uses it.
 */
final class Lane {

    private static final Logger LOG = LoggerFactory.getLogger(Lane.class);

    private final DeliveryContext context;
    private final EventSource source;
    private final Subscription subscription;
    private final String shardId;
    private final Wakeup wakeup;
    private final BatchCutter cutter;
    private TumblingWindow window;

    Lane(DeliveryContext context, EventSource source, Subscription subscription, String shardId, Wakeup wakeup) {
        this.context = context;
        this.source = source;
        this.subscription = subscription;
        this.shardId = shardId;
        this.wakeup = wakeup;
        DeliveryOptions options = subscription.options();
        this.cutter = new BatchCutter(options.batchSize(), BatchCutter.MAX_RECORDS_BYTES, options.tumblingWindow());
    }

    /** Delivers the records; false when the worker was stopped before all were handled. */
    boolean deliver(List<PendingRecord> records) throws InterruptedException {
        for (Batch batch : cutter.cut(records)) {
            if (!deliverInWindow(batch)) {
                return false;
            }
        }
        return true;
    }

    /** When the open tumbling window ends, if any. */
    Optional<Instant> windowEnd() {
        return Optional.ofNullable(window).map(TumblingWindow::end);
    }

    /** Sends the final invocation of the open window if it has ended (or at once if the shard ended). */
    boolean closeWindow(boolean shardEnded) throws InterruptedException {
        if (window == null || !(shardEnded || window.endedBy(context.clock().instant()))) {
            return true;
        }
        return finishWindow(shardEnded);
    }

    /** Delivers the batch, first ending the open tumbling window if the batch belongs to a later one. */
    private boolean deliverInWindow(Batch batch) throws InterruptedException {
        if (subscription.options().tumbling()) {
            Instant start = TumblingWindow.startOf(batch.first().createdAt(), subscription.options().tumblingWindow());
            if (window != null && !window.start().equals(start) && !finishWindow(false)) {
                return false;
            }
            if (window == null) {
                window = TumblingWindow.containing(batch.first().createdAt(), subscription.options().tumblingWindow(),
                        context.mapper().createObjectNode());
            }
        }
        return invokeUntilDone(batch, false);
    }

    /** The window's final invocation, carrying its state; the next record opens a new window. */
    private boolean finishWindow(boolean terminatedEarly) throws InterruptedException {
        boolean done = invokeUntilDone(Batch.finalInvocation(), terminatedEarly);
        window = null;
        return done;
    }

    /**
     * Invokes the function with the batch until it is processed or given up; false when the worker was stopped
     * first (the batch will be delivered again from the checkpoint).
     */
    private boolean invokeUntilDone(Batch initial, boolean terminatedEarly) throws InterruptedException {
        DeliveryOptions options = subscription.options();
        Deque<Attempt> pending = new ArrayDeque<>();
        pending.add(new Attempt(initial, 0, 0, null));
        while (!pending.isEmpty()) {
            if (wakeup.stopped()) {
                return false;
            }
            Attempt attempt = withoutExpiredRecords(pending.pollFirst());
            if (attempt.batch().isEmpty() && !attempt.batch().finalInvoke()) {
                continue;
            }
            // The back-off counts from the invoke's start: a clock read after the failure could follow a move of
            // the clock by a test that saw the failed invoke, and put the retry out of its reach.
            Instant invokedAt = context.clock().instant();
            InvocationResult result = invoke(attempt.batch(), terminatedEarly);
            int invokes = attempt.invokes() + 1;
            FunctionResponse response = FunctionResponse.read(result, attempt.batch(),
                    options.reportBatchItemFailures(), context.mapper());
            if (response instanceof FunctionResponse.Succeeded succeeded) {
                keepState(succeeded.state());
                context.listener().batchSucceeded(subscription.mappingUuid());
                continue;
            }
            context.listener().batchFailed(subscription.mappingUuid());
            Batch failing = attempt.batch();
            if (response instanceof FunctionResponse.PartiallyFailed partial) {
                keepState(partial.state());
                failing = failing.from(partial.firstFailed());
            } else if (options.bisectOnError() && failing.size() > 1) {
                List<Batch> halves = failing.halves();
                pending.addFirst(new Attempt(halves.get(1), 0, invokes, result));
                pending.addFirst(new Attempt(halves.get(0), 0, invokes, result));
                continue;
            }
            if (options.retriesExhausted(attempt.retries())) {
                discard(InvocationRecord.RETRIES_EXHAUSTED, failing, invokes, result);
                continue;
            }
            if (wakeup.sleepUnlessStopped(invokedAt.plus(context.backoff().delayBefore(attempt.retries() + 1)))) {
                return false;
            }
            pending.addFirst(new Attempt(failing, attempt.retries() + 1, invokes, result));
        }
        return true;
    }

    /** Gives up the records older than MaximumRecordAgeInSeconds (a prefix: records arrive in order). */
    private Attempt withoutExpiredRecords(Attempt attempt) {
        Duration maximumAge = subscription.options().maximumRecordAge();
        Batch batch = attempt.batch();
        if (maximumAge == null || batch.isEmpty()) {
            return attempt;
        }
        Instant oldestAllowed = context.clock().instant().minus(maximumAge);
        int expired = 0;
        while (expired < batch.size() && batch.records().get(expired).createdAt().isBefore(oldestAllowed)) {
            expired++;
        }
        if (expired == 0) {
            return attempt;
        }
        discard(InvocationRecord.RECORD_AGE_EXCEEDED, batch.before(expired), attempt.invokes(), attempt.lastResult());
        return new Attempt(batch.from(expired), attempt.retries(), attempt.invokes(), attempt.lastResult());
    }

    private InvocationResult invoke(Batch batch, boolean terminatedEarly) {
        byte[] payload = window == null
                ? EventPayload.records(batch)
                : EventPayload.windowed(batch, window, shardId, subscription.sourceArn(), terminatedEarly, context.mapper());
        try {
            return context.functions().invoke(subscription.functionArn(), payload);
        } catch (RuntimeException e) {
            LOG.warn("Event source mapping {} could not invoke {}: {}", subscription.mappingUuid(),
                    subscription.functionArn(), e.toString());
            return new InvocationResult(new byte[0], "Unhandled", "", Duration.ZERO);
        }
    }

    private void keepState(JsonNode state) {
        if (window != null) {
            window = window.withState(state != null && state.isObject() ? state : context.mapper().createObjectNode());
        }
    }

    private void discard(String condition, Batch batch, int invokes, InvocationResult lastResult) {
        ObjectNode record = InvocationRecord.of(condition, subscription, source.batchInfoName(), shardId, batch,
                invokes, lastResult, context.clock().instant(), context.mapper());
        LOG.warn("Event source mapping {} gave up {} record(s) of shard {} ({})", subscription.mappingUuid(),
                batch.size(), shardId, condition);
        context.listener().batchDiscarded(subscription.mappingUuid(), record);
    }

    /** A batch to (re)try, how often it was retried and invoked, and the last invocation's result. */
    private record Attempt(Batch batch, int retries, int invokes, InvocationResult lastResult) {
    }
}
