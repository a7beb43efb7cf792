package dev.stratus.lambda.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestZips;
import dev.stratus.lambda.code.CodeStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.storage.memory.InMemoryStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything about functions lives in Storage, so a new service over the same storage finds it all. */
class FunctionStorageTest {

    private static final FunctionArn FUNCTION = FunctionArn.of("000000000000", "us-east-1", "kept");
    private static final ConfigurationChange NODE = new ConfigurationChange("kept function", "nodejs20.x",
            "index.handler", "arn:aws:iam::000000000000:role/r", 7, 256, Map.of("COLOUR", "blue"), null, null, null, null, null,
            null);
    private static final NothingRuns NOTHING_RUNS = new NothingRuns();

    @TempDir
    Path work;

    @Test
    void functionsVersionsAliasesTagsAndConcurrencySurviveANewServiceOverTheSameStorage() {
        Storage storage = new InMemoryStorage();
        Services before = new Services(storage, work);
        before.functions.create(FUNCTION, NODE, TestZips.of("index.js", "1"), true, Map.of("team", "a"));
        before.aliases.create(FUNCTION, "live", "1", null, null);
        before.concurrency.put(FUNCTION, 3);

        Services after = new Services(storage, work);

        FunctionSnapshot latest = after.functions.get(FUNCTION);
        assertEquals(NODE.applyTo(ConfigurationChange.defaults("kept")), latest.version().configuration());
        assertEquals(List.of("$LATEST", "1"), after.functions.versions(FUNCTION).stream()
                .map(snapshot -> snapshot.version().version()).toList());
        assertEquals("1", after.aliases.get(FUNCTION, "live").functionVersion());
        assertEquals(Map.of("team", "a"), after.functions.function(FUNCTION).tags());
        assertEquals(3, after.concurrency.get(FUNCTION).orElseThrow());
    }

    /** The function services as the Lambda module wires them, over a given storage. */
    private static final class Services {
        final Functions functions;
        final Aliases aliases;
        final ReservedConcurrency concurrency;

        Services(Storage storage, Path work) {
            FunctionRepository repository = new FunctionRepository(storage, new ObjectMapper());
            functions = new Functions(repository, new CodeStore(work), NOTHING_RUNS, Clock.systemUTC());
            aliases = new Aliases(repository, functions, NOTHING_RUNS);
            concurrency = new ReservedConcurrency(repository, functions);
        }
    }
}
