package dev.stratus.lambda.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The memory watch measures the listed tree often and lists it (reading every process of the system) seldom. */
class MemoryLimitTest {

    /** Far above what this test JVM holds: no sample here may end the process it measures. */
    private static final int AMPLE_MB = 1_000_000;

    private final ProcessHandle self = ProcessHandle.current();
    private final AtomicLong now = new AtomicLong();
    private final List<ProcessHandle> listed = new ArrayList<>();
    private final MemoryLimit limit = new MemoryLimit(AMPLE_MB, now::get, root -> {
        listed.add(root);
        return List.of(root.pid());
    });

    @Test
    void firstSampleListsTheTreeAndMeasuresIt() {
        assertFalse(limit.sample(self));

        assertEquals(List.of(self), listed);
        assertTrue(limit.peakMb() > 0, "the peak of the listed process is measured");
    }

    @Test
    void samplesWithinTheListingIntervalMeasureTheKnownTreeWithoutListingIt() {
        limit.sample(self);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(20));
        limit.sample(self);
        now.set(MemoryLimit.TREE_LISTING_NANOS - 1);
        limit.sample(self);

        assertEquals(1, listed.size());
    }

    @Test
    void treeIsListedAgainOnceTheLastListingIsOld() {
        limit.sample(self);
        now.set(MemoryLimit.TREE_LISTING_NANOS);
        limit.sample(self);

        assertEquals(2, listed.size());
    }

    @Test
    void anotherRootIsListedAtOnce() {
        limit.sample(self);
        ProcessHandle parent = self.parent().orElseThrow();
        limit.sample(parent);

        assertEquals(List.of(self, parent), listed);
    }
}
