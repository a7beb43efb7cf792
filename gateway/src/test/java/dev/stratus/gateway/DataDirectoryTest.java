package dev.stratus.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.storage.Storage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void withADataDirectoryStoredStateSurvivesARestart() {
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        try (Stratus first = start()) {
            first.instance(Storage.class).namespace("test.state").put(key, "kept".getBytes(StandardCharsets.UTF_8));
        }

        try (Stratus second = start()) {
            assertArrayEquals("kept".getBytes(StandardCharsets.UTF_8),
                    second.instance(Storage.class).namespace("test.state").get(key).orElseThrow());
        }
    }

    @Test
    void healthShowsTheDiskEngineAndTheDirectory() throws Exception {
        try (Stratus stratus = start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(stratus.endpoint().resolve("/_stratus/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            JsonNode storage = new ObjectMapper().readTree(response.body()).get("storage");
            assertEquals("rocksdb", storage.get("engine").asText());
            assertEquals(dataDir.toString(), storage.get("dataDir").asText());
        }
    }

    @Test
    void aSecondStratusOnTheSameDirectoryRefusesToStartNamingIt() {
        try (Stratus first = start()) {
            StartupException error = assertThrows(StartupException.class, this::start);

            assertTrue(error.getMessage().contains(dataDir.toString()), error.getMessage());
            assertTrue(error.getMessage().contains("in use by another Stratus"), error.getMessage());
        }
    }

    private Stratus start() {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString()).start();
    }
}
