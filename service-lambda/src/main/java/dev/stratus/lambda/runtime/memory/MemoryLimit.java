package dev.stratus.lambda.runtime.memory;

import dev.stratus.lambda.runtime.launch.ProcessTree;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The memory bound of one execution environment, its function's {@code MemorySize}. Stratus measures the
 * environment's process tree (see {@link #sample}) and ends it once it holds more, as Lambda does: the runtime
 * exits with {@code signal: killed}. Between two measurements an operating-system limit on the processes' data
 * ({@code RLIMIT_DATA}, with room for runtimes that reserve more than they use) keeps a runaway allocation from
 * taking the host's memory.
 */
public final class MemoryLimit {

    private static final long MB = 1024 * 1024;
    /** Room above twice the memory size for what a JVM reserves beyond its heap (code cache, metaspace, stacks). */
    private static final long RESERVE_MB = 512;
    /**
     * How long a settled process tree stands between two listings. Listing it reads every process of the system
     * (~0.7 ms with 65 of them, several ms on a busy machine), while measuring the listed processes reads one small
     * file each: so a tree that has not changed for this long is listed again only this often, while a new or
     * changing tree (a runtime starting behind its sandbox's own processes, a function starting a child) is listed at
     * every sample. A process started in a settled tree is measured from the next listing on; until then the
     * data-segment limit bounds it.
     */
    static final long TREE_LISTING_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final long limitBytes;
    private final LongSupplier nanoTime;
    private final Function<ProcessHandle, List<Long>> treeLister;
    private final AtomicLong peakBytes = new AtomicLong();
    private final AtomicBoolean exceeded = new AtomicBoolean();
    private volatile List<Long> lastTree = List.of();
    private volatile long treeListedAt;
    private volatile long treeChangedAt;

    public MemoryLimit(int memoryMb) {
        this(memoryMb, System::nanoTime, MemoryLimit::listTree);
    }

    MemoryLimit(int memoryMb, LongSupplier nanoTime, Function<ProcessHandle, List<Long>> treeLister) {
        this.limitBytes = memoryMb * MB;
        this.nanoTime = nanoTime;
        this.treeLister = treeLister;
    }

    /** {@code command} started under the operating-system limit that backs this one. */
    public List<String> bound(List<String> command) {
        long dataKilobytes = (2 * limitBytes + RESERVE_MB * MB) / 1024;
        List<String> bounded = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -d " + dataKilobytes + " && exec \"$@\"",
                "sh"));
        bounded.addAll(command);
        return bounded;
    }

    /**
     * Measures the environment's processes and records their peak; once they hold more than the limit, kills
     * them (once) and answers {@code true}. The tree is listed again while it changed within the last
     * {@link #TREE_LISTING_NANOS}, and otherwise once its last listing is that old.
     */
    public boolean sample(ProcessHandle root) {
        long now = nanoTime.getAsLong();
        List<Long> tree = lastTree;
        boolean newRoot = tree.isEmpty() || tree.get(0) != root.pid();
        if (newRoot || now - treeChangedAt < TREE_LISTING_NANOS || now - treeListedAt >= TREE_LISTING_NANOS) {
            List<Long> listed = treeLister.apply(root);
            if (newRoot || !listed.equals(tree)) {
                treeChangedAt = now;
            }
            tree = listed;
            lastTree = listed;
            treeListedAt = now;
        }
        ProcessTreeMemory memory = ProcessTreeMemory.of(tree);
        peakBytes.accumulateAndGet(Math.max(memory.residentBytes(), memory.peakBytes()), Math::max);
        if (memory.residentBytes() > limitBytes && exceeded.compareAndSet(false, true)) {
            ProcessTree.kill(root);
            return true;
        }
        return false;
    }

    /**
     * Records the peak of the processes the last {@link #sample} found, and of {@code root}, without listing the
     * tree: cheap enough for every invocation's REPORT line.
     */
    public void sampleKnown(ProcessHandle root) {
        List<Long> known = lastTree.contains(root.pid()) ? lastTree
                : Stream.concat(Stream.of(root.pid()), lastTree.stream()).toList();
        ProcessTreeMemory memory = ProcessTreeMemory.of(known);
        peakBytes.accumulateAndGet(Math.max(memory.residentBytes(), memory.peakBytes()), Math::max);
    }

    /** The root's pid first, then its descendants'. */
    private static List<Long> listTree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).map(ProcessHandle::pid).toList();
    }

    /** Whether the environment was ended for holding more than its memory. */
    public boolean exceeded() {
        return exceeded.get();
    }

    /** The highest memory measured, in MB as the REPORT line gives it: the memory size once it was exceeded. */
    public long peakMb() {
        if (exceeded.get()) {
            return limitBytes / MB;
        }
        return Math.min(limitBytes / MB, Math.max(1, Math.round(peakBytes.get() / (double) MB)));
    }
}
