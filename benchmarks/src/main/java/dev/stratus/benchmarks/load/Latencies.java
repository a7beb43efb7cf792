package dev.stratus.benchmarks.load;

import java.util.Arrays;
import java.util.List;

/** Every latency of a run, in nanoseconds; percentiles are exact (a sort), which a run of a few million allows. */
public final class Latencies {

    private long[] values = new long[1 << 16];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = nanos;
    }

    public int count() {
        return size;
    }

    /** All of them in one, sorted. */
    public static Sorted merge(List<Latencies> parts) {
        long[] all = new long[parts.stream().mapToInt(Latencies::count).sum()];
        int at = 0;
        for (Latencies part : parts) {
            System.arraycopy(part.values, 0, all, at, part.size);
            at += part.size;
        }
        Arrays.sort(all);
        return new Sorted(all);
    }

    /** Sorted latencies. */
    public static final class Sorted {
        private final long[] values;

        private Sorted(long[] values) {
            this.values = values;
        }

        public int count() {
            return values.length;
        }

        /** The latency under which {@code fraction} of the requests completed, in microseconds. */
        public double percentileMicros(double fraction) {
            if (values.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(values.length - 1, Math.max(0, Math.ceil(fraction * values.length) - 1));
            return values[index] / 1_000.0;
        }
    }
}
