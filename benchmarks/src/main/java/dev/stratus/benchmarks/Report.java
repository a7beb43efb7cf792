package dev.stratus.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Markdown file a run writes its figures to, line by line, so a cut-short run keeps what it measured. */
public final class Report {

    private static final Logger LOG = LoggerFactory.getLogger(Report.class);

    private final Path file;

    public Report(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void line(String text) {
        LOG.info(text);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A section for a server started through its launcher: its heading, naming the JAVA_OPTS, then the load. */
    public void launcherSection(String title, List<String> javaOptions) {
        line("");
        line("### " + title + ", JAVA_OPTS: " + (javaOptions.isEmpty() ? "none" : String.join(" ", javaOptions)));
        machineLoad("start");
    }

    /** A line naming the time and the machine's load averages, to read each figure against. */
    public void machineLoad(String when) {
        line("_" + when + ": " + Instant.now() + ", load average (1/5/15 min) " + loadAverage() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores_");
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
