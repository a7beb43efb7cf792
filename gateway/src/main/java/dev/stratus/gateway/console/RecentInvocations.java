package dev.stratus.gateway.console;

import dev.stratus.spi.CodeOutput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The last invocations of each function with the lines they printed (START, the function's own, END, REPORT), as
 * the console shows them: what CloudWatch Logs would hold, kept in memory only. Bounded everywhere: so many
 * invocations a function, so many lines an invocation, so many functions (the least recently run forgotten first).
 */
public final class RecentInvocations implements CodeOutput {

    static final int INVOCATIONS_PER_FUNCTION = 20;
    static final int LINES_PER_INVOCATION = 200;
    private static final int FUNCTIONS = 1000;

    private final Clock clock;
    /** Guarded by {@code this}: per function, its invocations, newest last. */
    private final Map<FunctionKey, Deque<Invocation>> functions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FunctionKey, Deque<Invocation>> eldest) {
            return size() > FUNCTIONS;
        }
    };

    public RecentInvocations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void line(Line line) {
        FunctionKey key = new FunctionKey(line.accountId(), line.region(), line.source());
        Deque<Invocation> invocations = functions.computeIfAbsent(key, k -> new ArrayDeque<>());
        Invocation last = invocations.peekLast();
        if (last == null || !Objects.equals(last.requestId, line.requestId())) {
            last = invocations.stream().filter(i -> Objects.equals(i.requestId, line.requestId())).findFirst()
                    .orElse(null);
        }
        if (last == null) {
            last = new Invocation(line.requestId(), clock.instant());
            invocations.addLast(last);
            if (invocations.size() > INVOCATIONS_PER_FUNCTION) {
                invocations.removeFirst();
            }
        }
        last.add(line.text());
    }

    /** The function's recent invocations, newest first ({@code requestId} null: output outside any invocation). */
    public synchronized List<Snapshot> of(String accountId, String region, String functionName) {
        Deque<Invocation> invocations = functions.get(new FunctionKey(accountId, region, functionName));
        List<Snapshot> newestFirst = new ArrayList<>();
        if (invocations != null) {
            invocations.descendingIterator().forEachRemaining(i -> newestFirst.add(i.snapshot()));
        }
        return newestFirst;
    }

    /** One invocation as it was when asked for. */
    public record Snapshot(String requestId, Instant firstLine, List<String> lines, int linesLeftOut) {
    }

    private record FunctionKey(String accountId, String region, String functionName) {
    }

    private static final class Invocation {
        private final String requestId;
        private final Instant firstLine;
        private final List<String> lines = new ArrayList<>();
        private int leftOut;

        Invocation(String requestId, Instant firstLine) {
            this.requestId = requestId;
            this.firstLine = firstLine;
        }

        /** Past the limit only the runtime's closing lines are kept, so the duration is still known. */
        void add(String text) {
            if (lines.size() < LINES_PER_INVOCATION || text.startsWith("END RequestId") || text.startsWith("REPORT RequestId")) {
                lines.add(text);
            } else {
                leftOut++;
            }
        }

        Snapshot snapshot() {
            return new Snapshot(requestId, firstLine, List.copyOf(lines), leftOut);
        }
    }
}
