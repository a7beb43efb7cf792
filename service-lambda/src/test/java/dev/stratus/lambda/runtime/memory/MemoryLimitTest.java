package dev.stratus.lambda.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The memory watch measures the listed tree at every sample, and lists it (reading every process of the system) at
 * every sample only while it is new or changing, else once a second.
 */
class MemoryLimitTest {

    /** Far above what this test JVM holds: no sample here may end the process it measures. */
    private static final int AMPLE_MB = 1_000_000;

    private final ProcessHandle self = ProcessHandle.current();
    private final AtomicLong now = new AtomicLong();
    private final List<ProcessHandle> listed = new ArrayList<>();
    private final List<Long> children = new ArrayList<>();
    private final MemoryLimit limit = new MemoryLimit(AMPLE_MB, now::get, root -> {
        listed.add(root);
        List<Long> tree = new ArrayList<>(List.of(root.pid()));
        tree.addAll(children);
        return tree;
    });

    @Test
    void firstSampleListsTheTreeAndMeasuresIt() {
        assertFalse(limit.sample(self));

        assertEquals(List.of(self), listed);
        assertTrue(limit.peakMb() > 0, "the peak of the listed process is measured");
    }

    @Test
    void newTreeIsListedAtEverySampleUntilItHasStayedTheSameForTheListingInterval() {
        limit.sample(self);
        now.set(ms(20));
        limit.sample(self);
        now.set(MemoryLimit.TREE_LISTING_NANOS - 1);
        limit.sample(self);

        assertEquals(3, listed.size());
    }

    @Test
    void settledTreeIsMeasuredWithoutListingItUntilTheLastListingIsOld() {
        settle();
        int listings = listed.size();

        now.addAndGet(ms(20));
        limit.sample(self);
        now.set(2 * MemoryLimit.TREE_LISTING_NANOS - 1);
        limit.sample(self);
        assertEquals(listings, listed.size());

        now.set(2 * MemoryLimit.TREE_LISTING_NANOS);
        limit.sample(self);
        assertEquals(listings + 1, listed.size());
    }

    @Test
    void treeThatChangedIsListedAtEverySampleAgain() {
        settle();
        children.add(self.parent().orElseThrow().pid());
        now.addAndGet(MemoryLimit.TREE_LISTING_NANOS);
        limit.sample(self);
        int listings = listed.size();

        now.addAndGet(ms(20));
        limit.sample(self);
        now.addAndGet(ms(20));
        limit.sample(self);

        assertEquals(listings + 2, listed.size());
    }

    /** Lists the tree at 0, and the same tree again at the listing interval, when it was last listed. */
    private void settle() {
        limit.sample(self);
        now.set(MemoryLimit.TREE_LISTING_NANOS);
        limit.sample(self);
        assertEquals(2, listed.size());
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void anotherRootIsListedAtOnce() {
        limit.sample(self);
        ProcessHandle parent = self.parent().orElseThrow();
        limit.sample(parent);

        assertEquals(List.of(self, parent), listed);
    }
}
