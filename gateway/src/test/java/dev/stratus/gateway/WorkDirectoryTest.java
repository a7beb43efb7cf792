package dev.stratus.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.spi.StratusSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDirectoryTest {

    @Test
    void aTemporaryWorkDirectoryIsDeletedWithEverythingInItWhenStratusStops() throws Exception {
        Path workDir;
        try (Stratus stratus = Stratus.builder().setting("port", "0").start()) {
            workDir = stratus.instance(StratusSettings.class).workDir();
            Files.writeString(Files.createDirectories(workDir.resolve("code/abc")).resolve("index.js"), "x");
        }

        assertFalse(Files.exists(workDir));
    }

    @Test
    void aConfiguredWorkDirectoryIsKept(@TempDir Path configured) throws Exception {
        try (Stratus stratus = Stratus.builder().setting("port", "0").setting("work-dir", configured.toString()).start()) {
            Files.writeString(stratus.instance(StratusSettings.class).workDir().resolve("kept.txt"), "x");
        }

        assertTrue(Files.exists(configured.resolve("kept.txt")));
    }
}
