package dev.stratus.dynamodb.global;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** The global table and replica auto scaling operations, for an account that has no global tables. */
@Singleton
public final class GlobalTableOperations {

    private final TableService tables;

    @Inject
    public GlobalTableOperations(TableService tables) {
        this.tables = tables;
    }

    /** Checks the request; there are no global tables to list. */
    public void listGlobalTables(Long limit) {
        new ConstraintViolations().atLeast(limit, "limit", 1).throwIfAny();
    }

    /** DescribeGlobalTable, DescribeGlobalTableSettings, UpdateGlobalTable, UpdateGlobalTableSettings. */
    public void requireGlobalTable(String globalTableName) {
        new ConstraintViolations().name(globalTableName, "globalTableName", 3, 255).throwIfAny();
        throw globalTableNotFound(globalTableName);
    }

    /** Refused once the request and the table are checked; {@code replicationGroup} lists the replicas' regions. */
    public void createGlobalTable(String globalTableName, List<String> replicationGroup, RequestContext context) {
        new ConstraintViolations().name(globalTableName, "globalTableName", 3, 255)
                .notNull(replicationGroup, "replicationGroup").throwIfAny();
        if (tables.byName(context, globalTableName).isEmpty()) {
            throw DynamoDbErrors.tableNotFoundByName(globalTableName);
        }
        throw DynamoDbErrors.unavailable("Global tables");
    }

    /** The table and its status; it has no replicas. */
    public ReplicaAutoScalingDescription describeTableReplicaAutoScaling(String tableName, RequestContext context) {
        Table table = tables.describe(context, tableName);
        return new ReplicaAutoScalingDescription(table.name(), tables.status(table));
    }

    public void updateTableReplicaAutoScaling(String tableName, RequestContext context) {
        tables.describe(context, tableName);
        throw DynamoDbErrors.unavailable("Replica auto scaling settings");
    }

    private static AwsServiceException globalTableNotFound(String name) {
        return new AwsServiceException("GlobalTableNotFoundException", "Global table not found: " + name, 400);
    }
}
