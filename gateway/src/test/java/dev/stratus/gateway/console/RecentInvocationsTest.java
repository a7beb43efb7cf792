package dev.stratus.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.spi.CodeOutput;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentInvocationsTest {

    private final RecentInvocations recent = new RecentInvocations(Clock.systemUTC());

    private void print(String function, String requestId, String text) {
        recent.line(new CodeOutput.Line("000000000000", "us-east-1", function, requestId, text));
    }

    @Test
    void linesGoToTheirInvocationEvenWhenTwoRunAtOnce() {
        print("f", null, "loading");
        print("f", "a", "START RequestId: a");
        print("f", "b", "START RequestId: b");
        print("f", "a", "END RequestId: a");

        List<RecentInvocations.Snapshot> invocations = recent.of("000000000000", "us-east-1", "f");

        assertEquals(List.of("b", "a"), invocations.stream().limit(2).map(RecentInvocations.Snapshot::requestId).toList());
        assertEquals(List.of("START RequestId: a", "END RequestId: a"), invocations.get(1).lines());
        assertNull(invocations.get(2).requestId());
        assertEquals(List.of(), recent.of("000000000000", "eu-west-1", "f"));
    }

    @Test
    void onlyTheLastInvocationsAreKept() {
        for (int i = 0; i < RecentInvocations.INVOCATIONS_PER_FUNCTION + 5; i++) {
            print("f", "r" + i, "START RequestId: r" + i);
        }

        List<RecentInvocations.Snapshot> invocations = recent.of("000000000000", "us-east-1", "f");

        assertEquals(RecentInvocations.INVOCATIONS_PER_FUNCTION, invocations.size());
        assertEquals("r" + (RecentInvocations.INVOCATIONS_PER_FUNCTION + 4), invocations.get(0).requestId());
    }

    @Test
    void aLongInvocationKeepsItsFirstLinesAndItsReport() {
        for (int i = 0; i < RecentInvocations.LINES_PER_INVOCATION + 10; i++) {
            print("f", "r", "line " + i);
        }
        print("f", "r", "REPORT RequestId: r\tDuration: 1.00 ms");

        RecentInvocations.Snapshot invocation = recent.of("000000000000", "us-east-1", "f").get(0);

        assertEquals(RecentInvocations.LINES_PER_INVOCATION + 1, invocation.lines().size());
        assertEquals("REPORT RequestId: r\tDuration: 1.00 ms", invocation.lines().get(invocation.lines().size() - 1));
        assertEquals(10, invocation.linesLeftOut());
    }
}
