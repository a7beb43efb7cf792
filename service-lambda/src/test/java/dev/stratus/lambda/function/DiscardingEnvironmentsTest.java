package dev.stratus.lambda.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestZips;
import dev.stratus.lambda.code.CodeStore;
import dev.stratus.storage.memory.InMemoryStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to a function stop the execution environments of the versions they affect. */
class DiscardingEnvironmentsTest {

    private static final FunctionArn FUNCTION = FunctionArn.of("000000000000", "us-east-1", "f");
    private static final ConfigurationChange NODE = new ConfigurationChange(null, "nodejs20.x", "index.handler",
            "arn:aws:iam::000000000000:role/r", null, null, null, null, null, null, null, null, null);

    @TempDir
    Path work;

    private final NothingRuns invoker = new NothingRuns();
    private final List<String> discarded = invoker.discarded;
    private Functions functions;

    @BeforeEach
    void createFunction() {
        functions = new Functions(new FunctionRepository(new InMemoryStorage(), new ObjectMapper()),
                new CodeStore(work), invoker, Clock.systemUTC());
        functions.create(FUNCTION, NODE, TestZips.of("index.js", "1"), false, Map.of());
    }

    @Test
    void updatingTheCodeDiscardsLatest() {
        functions.updateCode(FUNCTION, TestZips.of("index.js", "2"), false, null);

        assertEquals(List.of(FUNCTION + ":$LATEST"), discarded);
    }

    @Test
    void updatingTheConfigurationDiscardsLatest() {
        functions.updateConfiguration(FUNCTION, new ConfigurationChange(null, null, null, null, 9, null, null, null,
                null, null, null, null, null), null);

        assertEquals(List.of(FUNCTION + ":$LATEST"), discarded);
    }

    @Test
    void deletingTheFunctionDiscardsEveryVersion() {
        functions.publish(FUNCTION, null, null, null);

        functions.delete(FUNCTION);

        assertEquals(List.of(FUNCTION + ":$LATEST", FUNCTION + ":1"), discarded);
    }

    @Test
    void deletingAVersionDiscardsOnlyIt() {
        functions.publish(FUNCTION, null, null, null);

        functions.delete(FUNCTION.qualified("1"));

        assertEquals(List.of(FUNCTION + ":1"), discarded);
    }
}
