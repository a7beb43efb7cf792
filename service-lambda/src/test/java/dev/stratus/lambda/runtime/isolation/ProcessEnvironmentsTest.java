package dev.stratus.lambda.runtime.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.testkit.StratusExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The fallback without namespaces: plain processes, each with a temporary folder and a home of its own. */
class ProcessEnvironmentsTest extends IsolatedEnvironmentsTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.isolation", "process").build();

    @Override
    StratusExtension stratus() {
        return stratus;
    }

    @Override
    String mode() {
        return "process";
    }

    @Test
    void functionRunsInItsCodeWithItsLayersAndATemporaryFolderAndHomeOfItsOwn(LambdaClient lambda) {
        createReporter(lambda, "reporter");

        JsonNode seen = json(invoke(lambda, "reporter", "{}"));

        assertEquals(seen.path("taskRoot").asText(), seen.path("cwd").asText());
        assertEquals("[\"data\"]", seen.path("opt").toString());
        assertEquals("from the layer", seen.path("layerFile").asText());
        Path tmp = Path.of(seen.path("tmp").asText());
        assertNotEquals(Path.of(System.getProperty("java.io.tmpdir")), tmp);
        assertTrue(tmp.endsWith("tmp"), tmp::toString);
        assertNotEquals(System.getProperty("user.home"), seen.path("home").asText());
        assertEquals(tmp.resolveSibling("home").toString(), seen.path("home").asText());
    }
}
