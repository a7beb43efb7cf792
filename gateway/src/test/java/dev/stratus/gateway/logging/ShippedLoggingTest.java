package dev.stratus.gateway.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedLoggingTest {

    @TempDir
    Path directory;

    @Test
    void onlyTheUneditedShippedFileIsAppliedDirectly() throws IOException {
        byte[] shipped;
        try (InputStream in = ShippedLogging.class.getResourceAsStream("shipped-logback.xml")) {
            shipped = in.readAllBytes();
        }
        Path unedited = Files.write(directory.resolve("logback.xml"), shipped);
        Path edited = Files.writeString(directory.resolve("edited.xml"),
                new String(shipped, java.nio.charset.StandardCharsets.UTF_8).replace("\"INFO\"", "\"DEBUG\""));

        assertTrue(ShippedLogging.isShipped(unedited.toString()));
        assertFalse(ShippedLogging.isShipped(edited.toString()));
        assertFalse(ShippedLogging.isShipped(directory.resolve("missing.xml").toString()));
        assertFalse(ShippedLogging.isShipped(null));
    }

    @Test
    void linesFollowTheShippedPattern() {
        LoggerContext context = new LoggerContext();
        ShippedLayout layout = new ShippedLayout();
        layout.setContext(context);
        layout.start();
        LoggingEvent event = new LoggingEvent("fqcn", context.getLogger("dev.stratus.gateway.Stratus"), Level.INFO,
                "listening on {}", new IllegalStateException("boom"), new Object[] {4566});
        Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
        event.setTimeStamp(at.toEpochMilli());

        String[] lines = layout.doLayout(event).split(System.lineSeparator());

        String time = at.atZone(ZoneId.systemDefault()).toLocalTime().toString();
        assertEquals(time + " INFO  d.s.gateway.Stratus - listening on 4566", lines[0]);
        assertEquals("java.lang.IllegalStateException: boom", lines[1]);
        assertTrue(lines[2].startsWith("\tat "), lines[2]);
    }
}
