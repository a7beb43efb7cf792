package dev.stratus.streams.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A stream's live state: its descriptor, its chain of shards and its sequence counter.
 *
 * <p>{@code lock} guards every change to the state: sequence assignment (on the table's serialised write path),
 * shard rollover (on writes and on the maintenance tick), disabling and trimming. Readers take no lock: they
 * see immutable snapshots through the volatile fields. {@code lastCommitted} trails {@code lastAssigned} while
 * a write is between its assignment and its commit; the maintenance tick closes a shard only when the two
 * agree, so a closed shard never waits for a record that is still in flight.
 */
public final class LiveStream {

    private final String streamArn;
    private final Object lock = new Object();
    private volatile StreamDescriptor descriptor;
    private volatile List<Shard> shards;
    private volatile long lastAssigned;
    private final AtomicLong lastCommitted;

    LiveStream(StreamDescriptor descriptor, List<Shard> shards, long lastAssigned) {
        this.streamArn = descriptor.streamArn();
        this.descriptor = descriptor;
        this.shards = List.copyOf(shards);
        this.lastAssigned = lastAssigned;
        this.lastCommitted = new AtomicLong(lastAssigned);
    }

    public String streamArn() {
        return streamArn;
    }

    public StreamDescriptor descriptor() {
        return descriptor;
    }

    /** The shards in chain order, parents before children. */
    public List<Shard> shards() {
        return shards;
    }

    public Optional<Shard> shard(String shardId) {
        for (Shard shard : shards) {
            if (shard.shardId().equals(shardId)) {
                return Optional.of(shard);
            }
        }
        return Optional.empty();
    }

    /** The last sequence counter handed out; a LATEST reader starts after it. */
    public long lastAssigned() {
        return lastAssigned;
    }

    /**
     * The position just before the oldest record the shard still holds: everything up to it was trimmed (or
     * never existed).
     */
    public long trimHorizon(Shard shard) {
        long trimmed = descriptor.trimmedThrough();
        if (!shard.isOpen()) {
            trimmed = Math.min(trimmed, shard.end());
        }
        return Math.max(shard.start() - 1, trimmed);
    }

    /**
     * Hands the next sequence counter to a change committed at {@code time}, rolling the shard over first when
     * due; empty when the stream was disabled in the meantime (the change then belongs to no stream).
     */
    Optional<Assignment> assign(Instant time, Duration rollover) {
        synchronized (lock) {
            if (!descriptor.isEnabled()) {
                return Optional.empty();
            }
            List<Shard> changed = isDue(openShard(), time, rollover) ? rollOver(time) : List.of();
            long sequence = ++lastAssigned;
            return Optional.of(new Assignment(sequence, openShard(), changed));
        }
    }

    /** The change's commit made its record visible. */
    void committed(long sequence) {
        lastCommitted.accumulateAndGet(sequence, Math::max);
    }

    /**
     * Closes the open shard and opens its child when the shard is due and no write is in flight, handing the
     * changed shards to {@code persist} before anyone can assign into the child.
     *
     * @return whether the shards changed
     */
    boolean rollOverIfDue(Instant now, Duration rollover, Consumer<List<Shard>> persist) {
        synchronized (lock) {
            if (!descriptor.isEnabled() || !isDue(openShard(), now, rollover)
                    || lastCommitted.get() != lastAssigned) {
                return false;
            }
            persist.accept(rollOver(now));
            return true;
        }
    }

    /** Disables the stream and closes its open shard; returns the closed shard, if one was open. */
    Optional<Shard> disable(Instant when) {
        synchronized (lock) {
            if (!descriptor.isEnabled()) {
                return Optional.empty();
            }
            Shard closed = closeOpenShard(when);
            shards = replaceLast(closed);
            descriptor = descriptor.disable(when);
            return Optional.of(closed);
        }
    }

    /**
     * Records a trim: every record up to {@code through} is gone, and so are the {@code removed} shards.
     * Hands the new descriptor to {@code persist} while no other change can interleave.
     */
    void trimmed(long through, List<Shard> removed, Consumer<StreamDescriptor> persist) {
        synchronized (lock) {
            descriptor = descriptor.trimmedThrough(Math.max(through, descriptor.trimmedThrough()));
            List<Shard> kept = new ArrayList<>(shards);
            kept.removeAll(removed);
            shards = List.copyOf(kept);
            persist.accept(descriptor);
        }
    }

    private static boolean isDue(Shard open, Instant now, Duration rollover) {
        return !now.isBefore(open.openedAt().plus(rollover));
    }

    private Shard openShard() {
        Shard last = shards.get(shards.size() - 1);
        if (!last.isOpen()) {
            throw new IllegalStateException("Stream " + streamArn + " has no open shard");
        }
        return last;
    }

    private List<Shard> rollOver(Instant now) {
        Shard closed = closeOpenShard(now);
        Shard child = Shard.open(streamArn, closed.index() + 1, closed.shardId(), closed.end() + 1, now);
        List<Shard> chain = new ArrayList<>(replaceLast(closed));
        chain.add(child);
        shards = List.copyOf(chain);
        return List.of(closed, child);
    }

    /** Closes the open shard at the last assigned number; an empty shard uses up its first number. */
    private Shard closeOpenShard(Instant when) {
        Shard open = openShard();
        long end = Math.max(lastAssigned, open.start());
        lastAssigned = end;
        committed(end);
        return open.close(end, when);
    }

    private List<Shard> replaceLast(Shard shard) {
        List<Shard> chain = new ArrayList<>(shards);
        chain.set(chain.size() - 1, shard);
        return List.copyOf(chain);
    }

    /**
     * A sequence counter handed to a change.
     *
     * @param shard   the open shard the record belongs to
     * @param changed shards closed or opened on the way, to be stored with the record
     */
    record Assignment(long sequence, Shard shard, List<Shard> changed) {
    }
}
