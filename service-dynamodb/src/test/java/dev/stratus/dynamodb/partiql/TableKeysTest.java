package dev.stratus.dynamodb.partiql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.dynamodb.table.BillingMode;
import dev.stratus.dynamodb.table.CreateTableRequest;
import dev.stratus.dynamodb.table.IndexRequest;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchemaElement;
import dev.stratus.dynamodb.table.KeySchemaElement.KeyType;
import dev.stratus.dynamodb.table.Projection;
import dev.stratus.dynamodb.table.ScalarType;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.spi.RequestContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableKeysTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
    private static final RequestContext CONTEXT = new RequestContext("r", "111122223333", "eu-west-1", "dynamodb",
            "CreateTable", NOW, "111122223333");

    @Test
    void keysOfTheTableAndEachIndexComeFromItsDefinition() {
        TableDefinition music = new CreateTableRequest("Music",
                List.of(new KeyElement("artist", ScalarType.S), new KeyElement("song", ScalarType.S),
                        new KeyElement("year", ScalarType.N), new KeyElement("album", ScalarType.S)),
                List.of(new KeySchemaElement("artist", KeyType.HASH), new KeySchemaElement("song", KeyType.RANGE)),
                BillingMode.PAY_PER_REQUEST, null,
                List.of(new IndexRequest("byYear", List.of(new KeySchemaElement("year", KeyType.HASH)),
                        Projection.Type.KEYS_ONLY, null, null)),
                List.of(new IndexRequest("byAlbum", List.of(new KeySchemaElement("artist", KeyType.HASH),
                        new KeySchemaElement("album", KeyType.RANGE)), Projection.Type.ALL, null, null)),
                null, List.of(), false, null).definition(CONTEXT, 1, NOW);

        TableKeys keys = TableKeys.of(music);

        assertEquals(new TableKeys.KeyAttributes("artist", Optional.of("song")), keys.primary());
        assertEquals(new TableKeys.KeyAttributes("year", Optional.empty()), keys.indexes().get("byYear"));
        assertEquals(new TableKeys.KeyAttributes("artist", Optional.of("album")), keys.indexes().get("byAlbum"));
    }
}
