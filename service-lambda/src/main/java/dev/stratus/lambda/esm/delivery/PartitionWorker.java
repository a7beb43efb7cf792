package dev.stratus.lambda.esm.delivery;

import java.util.concurrent.CompletableFuture;

/** Delivers one partition of a source to one mapping's function, on a thread of the delivery executor. */
interface PartitionWorker extends Runnable {

    String partitionId();

    /** The source has something new for the partition. */
    void wake();

    void stop();

    /** Completes when the worker's thread is done with the partition (stopped, ended or failed). */
    CompletableFuture<Void> finished();
}
