package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.gateway.StartupException;
import dev.stratus.gateway.Stratus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example plugin, built only against the SPI, loaded from a plugins directory in its own class loader. */
class ThirdPartyPluginTest {

    private static final Path PLUGINS = Path.of("target", "test-plugins");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aPluginJarInThePluginsDirectoryServesItsService() throws Exception {
        try (Stratus stratus = start(PLUGINS)) {
            JsonNode first = sayHello(stratus.endpoint(), "Ada");
            JsonNode second = sayHello(stratus.endpoint(), "Ada");

            assertEquals("Hello, Ada!", first.get("Greeting").asText());
            assertEquals(2, second.get("TimesGreeted").asInt());
            assertTrue(stratus.serviceNames().contains("hello"));
        }
    }

    @Test
    void thePluginIsNotVisibleToThePlatformsClassLoader() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.example.hello.HelloPlugin"));
    }

    @Test
    void aPluginReadsItsOwnDeclaredSettings() throws Exception {
        try (Stratus stratus = Stratus.builder().setting("port", "0").setting("plugins-dir", PLUGINS.toString())
                .setting("hello.greeting", "Ahoy").setting("lambda.node-sdk-prepare-at-start", "false").start()) {
            assertEquals("Ahoy, Grace!", sayHello(stratus.endpoint(), "Grace").get("Greeting").asText());
        }
    }

    @Test
    void anUnreadablePluginJarStopsStartupNamingTheJar(@TempDir Path plugins) throws IOException {
        Path broken = Files.writeString(plugins.resolve("broken.jar"), "not a jar");

        StartupException error = assertThrows(StartupException.class, () -> start(plugins).close());

        assertTrue(error.getMessage().contains(broken.toString()), error.getMessage());
    }

    private static Stratus start(Path plugins) {
        return Stratus.builder().setting("port", "0").setting("plugins-dir", plugins.toString())
                .setting("lambda.node-sdk-prepare-at-start", "false").start();
    }

    private static JsonNode sayHello(URI endpoint, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                        .header("X-Amz-Target", "Hello_20240101.SayHello")
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"Name\":\"" + name + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return MAPPER.readTree(response.body());
    }
}
