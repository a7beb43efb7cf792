package dev.stratus.lambda.esm.delivery;

import java.util.concurrent.CompletableFuture;

/**
 * Delivers one partition of a source to one mapping's function, on a thread of the delivery executor, sleeping
 * on its {@link Wakeup} until the source signals something new or the worker is stopped.
 */
abstract class PartitionWorker implements Runnable {

    protected final Wakeup wakeup;
    protected final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final String partitionId;

    PartitionWorker(DeliveryContext context, String partitionId) {
        this.wakeup = new Wakeup(context.clock(), context.scheduler());
        this.partitionId = partitionId;
    }

    final String partitionId() {
        return partitionId;
    }

    /** The source has something new for the partition. */
    final void wake() {
        wakeup.signal();
    }

    final void stop() {
        wakeup.stop();
    }

    /** Completes when the worker's thread is done with the partition (stopped, ended or failed). */
    final CompletableFuture<Void> finished() {
        return finished;
    }
}
