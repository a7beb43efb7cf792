package dev.stratus.lambda.runtime.environment;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The warm environments of a pool that wait for an invocation, the most recently used first (so that extra ones go
 * idle and can be reaped), and whether the pool still takes environments back. Not thread-safe: its owner guards it.
 */
final class IdleEnvironments {

    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
    private boolean closed;

    boolean closed() {
        return closed;
    }

    /** The most recently used idle environment, or null when there is none or the pool is closed. */
    ExecutionEnvironment take() {
        return closed ? null : idle.pollFirst();
    }

    /** Keeps a newly initialised environment for later, behind the warm ones; false once the pool is closed. */
    boolean add(ExecutionEnvironment environment) {
        if (closed) {
            return false;
        }
        idle.addLast(environment);
        return true;
    }

    /**
     * Takes an environment back after its invocation, first in line; false when the pool is closed or the
     * environment cannot serve another invocation, and the caller stops it.
     */
    boolean takeBack(ExecutionEnvironment environment) {
        if (closed || !environment.reusable()) {
            return false;
        }
        idle.addFirst(environment);
        return true;
    }

    /** Removes and returns the idle environments last used at {@code cutoff} or before. */
    List<ExecutionEnvironment> removeUsedBy(Instant cutoff) {
        List<ExecutionEnvironment> removed = new ArrayList<>();
        idle.removeIf(environment -> !environment.lastUsed().isAfter(cutoff) && removed.add(environment));
        return removed;
    }

    /** Takes back no more environments; the idle ones are returned for the caller to stop. */
    List<ExecutionEnvironment> close() {
        closed = true;
        List<ExecutionEnvironment> stopping = new ArrayList<>(idle);
        idle.clear();
        return stopping;
    }

}
