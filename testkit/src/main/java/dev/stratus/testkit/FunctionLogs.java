package dev.stratus.testkit;

import dev.stratus.spi.CodeOutput;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * The output of every function a testkit server ran, kept per account and function for tests to read. When the
 * test class path has no SLF4J binding that Stratus can log through (none at all, or an SLF4J 1.7 API that does
 * not see an SLF4J 2 provider), the lines also go to standard error, as the one line printed at the start says.
 */
final class FunctionLogs implements CodeOutput {

    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();
    private final PrintStream fallback;

    private FunctionLogs(PrintStream fallback) {
        this.fallback = fallback;
    }

    /** Logs that also print to standard error when SLF4J logs nowhere. */
    static FunctionLogs create() {
        if (LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory) {
            System.err.println("Stratus: SLF4J has no logging binding on this class path, so Stratus logs nothing;"
                    + " function output goes to standard error.");
            return new FunctionLogs(System.err);
        }
        return new FunctionLogs(null);
    }

    @Override
    public void line(Line line) {
        lines.compute(key(line.accountId(), line.source()), (k, list) -> {
            List<String> kept = list == null ? new ArrayList<>() : list;
            kept.add(line.text());
            return kept;
        });
        if (fallback != null) {
            fallback.println("[" + line.source() + "] [" + (line.requestId() == null ? "-" : line.requestId()) + "] "
                    + line.text());
        }
    }

    /** What the function printed so far in the account, START, END and REPORT lines included, oldest first. */
    List<String> of(String accountId, String functionName) {
        List<String> copy = new ArrayList<>();
        lines.computeIfPresent(key(accountId, functionName), (k, list) -> {
            copy.addAll(list);
            return list;
        });
        return List.copyOf(copy);
    }

    private static String key(String accountId, String functionName) {
        return accountId + '/' + functionName;
    }
}
