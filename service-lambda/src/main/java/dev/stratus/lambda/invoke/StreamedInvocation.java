package dev.stratus.lambda.invoke;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A RequestResponse invocation run on a thread of its own, whose response is taken chunk by chunk as a streaming
 * function writes it (a function answering buffered gives none: its payload comes with the outcome).
 */
public final class StreamedInvocation {

    /** Writes a chunk of the response on its way to the client. */
    @FunctionalInterface
    public interface ChunkWriter {
        void write(byte[] chunk) throws IOException;
    }

    /** What the invocation's thread hands over, in order: chunks, then the outcome or the failure. */
    private sealed interface Piece {
        record Chunk(byte[] bytes) implements Piece {
        }

        record End(InvokeOutcome outcome) implements Piece {
        }

        record Failure(RuntimeException exception) implements Piece {
        }
    }

    private final String executedVersion;
    private final Function<Consumer<byte[]>, InvokeOutcome> run;
    private final BlockingQueue<Piece> pieces = new LinkedBlockingQueue<>();
    // The fields below are used by the caller's thread only.
    /** The piece {@link #awaitStart} took and {@link #nextChunk} has not handed on yet. */
    private Piece first;
    private InvokeOutcome outcome;

    StreamedInvocation(String executedVersion, Function<Consumer<byte[]>, InvokeOutcome> run) {
        this.executedVersion = executedVersion;
        this.run = run;
    }

    public String executedVersion() {
        return executedVersion;
    }

    /** Starts the invocation on the executor. */
    void start(Executor executor) {
        executor.execute(() -> {
            try {
                pieces.add(new Piece.End(run.apply(bytes -> pieces.add(new Piece.Chunk(bytes)))));
            } catch (RuntimeException e) {
                pieces.add(new Piece.Failure(e));
            }
        });
    }

    /**
     * Waits until the function wrote its first chunk or the invocation ended; throws what stopped it from running
     * (throttled, runtime unavailable), which the caller can still answer as an error.
     */
    public void awaitStart() {
        first = take();
        if (first instanceof Piece.Failure failure) {
            throw failure.exception();
        }
    }

    /** Hands each chunk to {@code writer} as it comes; the outcome once the invocation ended. */
    public InvokeOutcome drain(ChunkWriter writer) throws IOException {
        for (byte[] chunk = nextChunk(); chunk != null; chunk = nextChunk()) {
            writer.write(chunk);
        }
        return outcome;
    }

    /** The next chunk the function wrote, once it did; {@code null} once the invocation ended ({@link #outcome()}). */
    public byte[] nextChunk() {
        if (outcome != null) {
            return null;
        }
        Piece piece = first != null ? first : take();
        first = null;
        if (piece instanceof Piece.Chunk chunk) {
            return chunk.bytes();
        }
        if (piece instanceof Piece.Failure failure) {
            throw failure.exception();
        }
        outcome = ((Piece.End) piece).outcome();
        return null;
    }

    /** How the invocation ended, once {@link #nextChunk()} said it did. */
    public InvokeOutcome outcome() {
        return outcome;
    }

    private Piece take() {
        try {
            return pieces.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a streamed response", e);
        }
    }
}
