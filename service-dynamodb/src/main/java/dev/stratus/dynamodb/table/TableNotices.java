package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.DynamoDbPlugin;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.time.Scheduler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Tells the web console's open pages of a table created, changed or deleted, and once more when its status
 * settles (CREATING, UPDATING or DELETING index states last the activation delay), so the tables list follows.
 */
@Singleton
public final class TableNotices {

    private final ConsoleEvents console;
    private final Scheduler scheduler;
    private final Duration settling;

    @Inject
    public TableNotices(ConsoleEvents console, Scheduler scheduler, TableService tables) {
        this.console = console;
        this.scheduler = scheduler;
        this.settling = tables.activationDelay();
    }

    void changed(RequestContext context, String tableName) {
        Runnable publish = () -> console.publish(new ConsoleEvents.Notice(DynamoDbPlugin.NAME, context.accountId(),
                context.region(), "table", tableName));
        publish.run();
        if (!settling.isZero()) {
            scheduler.after(settling, "console notice of table " + tableName, publish);
        }
    }
}
