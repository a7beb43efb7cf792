package dev.stratus.dynamodb;

import com.google.inject.Module;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.ttl.TtlSweeper;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import dev.stratus.spi.Setting;
import java.util.List;
import java.util.Set;

/** DynamoDB: tables, items, queries and scans, with AWS's validation; publishes every item change. */
public final class DynamoDbPlugin implements ServicePlugin {

    public static final String NAME = "dynamodb";
    public static final String TARGET_PREFIX = "DynamoDB_20120810";

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor(NAME, "dynamodb", Protocol.AWS_JSON_1_0, List.of(TARGET_PREFIX), List.of(),
                Set.of(), List.of(new Setting(TableService.ACTIVATION_DELAY, Setting.Type.DURATION, "0s",
                        "How long a new table stays CREATING, and a global index added by UpdateTable backfills, "
                                + "before it is ACTIVE."),
                new Setting(TtlSweeper.SWEEP_INTERVAL, Setting.Type.DURATION, TtlSweeper.DEFAULT_SWEEP_INTERVAL,
                        "How often expired items (time to live) are looked for and deleted.")));
    }

    @Override
    public Module module() {
        return new DynamoDbModule();
    }
}
