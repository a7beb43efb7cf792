package dev.stratus.lambda.runtime.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.gateway.Stratus;
import dev.stratus.lambda.DurableServers;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Environments in their own namespaces (bubblewrap), laid out as on AWS; skipped where bwrap cannot run. */
class NamespaceEnvironmentsTest extends IsolatedEnvironmentsTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.isolation", "auto").build();

    @BeforeAll
    static void needsBubblewrap() throws InterruptedException {
        boolean works;
        try {
            works = new ProcessBuilder("bwrap", "--ro-bind", "/", "/", "--unshare-pid", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            works = false;
        }
        assumeTrue(works, "bubblewrap cannot create namespaces on this machine");
    }

    @Override
    StratusExtension stratus() {
        return stratus;
    }

    @Override
    String mode() {
        return "namespaces";
    }

    @Test
    void functionSeesItsCodeAtVarTaskItsLayersAtOptAndNothingOfStratusOrTheUser(@TempDir Path dataDir)
            throws IOException {
        Path stratusFile = Files.writeString(dataDir.resolve("stratus-own.txt"), "not for functions");
        try (Stratus server = DurableServers.start(dataDir, "lambda.isolation", "namespaces");
             LambdaClient lambda = DurableServers.client(server)) {
            createReporter(lambda, "reporter");

            JsonNode seen = json(invoke(lambda, "reporter", JSON.writeValueAsString(Map.of("paths",
                    List.of(stratusFile.toString(), dataDir.toString(), System.getProperty("user.home"))))));

            assertEquals("/var/task", seen.path("cwd").asText());
            assertEquals("/var/task", seen.path("taskRoot").asText());
            assertEquals("/opt", seen.path("optDir").asText());
            assertEquals("[\"data\"]", seen.path("opt").toString());
            assertEquals("from the layer", seen.path("layerFile").asText());
            assertEquals("/tmp", seen.path("tmp").asText());
            assertEquals("[]", seen.path("visible").toString());
        }
    }
}
