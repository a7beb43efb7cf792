package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.DynamoDbPlugin;
import dev.stratus.spi.HealthCheck;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** Reports how many tables and items DynamoDB holds, across accounts and regions. */
@Singleton
public final class TableHealth implements HealthCheck {

    private final TableCatalog catalog;

    @Inject
    public TableHealth(TableCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String service() {
        return DynamoDbPlugin.NAME;
    }

    @Override
    public HealthStatus check() {
        List<Table> tables = catalog.all();
        long items = tables.stream().mapToLong(Table::itemCount).sum();
        return HealthStatus.ok(tables.size() + " tables, " + items + " items");
    }
}
