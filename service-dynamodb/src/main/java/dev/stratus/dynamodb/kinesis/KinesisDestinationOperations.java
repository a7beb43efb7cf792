package dev.stratus.dynamodb.kinesis;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Kinesis streaming destination operations. */
@Singleton
public final class KinesisDestinationOperations {

    private final TableService tables;

    @Inject
    public KinesisDestinationOperations(TableService tables) {
        this.tables = tables;
    }

    /** The name of the table described; it has no destinations, as Stratus runs no Kinesis. */
    public String describeKinesisStreamingDestination(String tableName, RequestContext context) {
        return tables.describe(context, tableName).name();
    }

    /** Enable, Disable or Update: refused once the request and the table are checked. */
    public void changeKinesisStreamingDestination(String tableName, String streamArn, RequestContext context) {
        new ConstraintViolations().notNull(streamArn, "streamArn").length(streamArn, "streamArn", 37, 1024)
                .throwIfAny();
        tables.describe(context, tableName);
        throw DynamoDbErrors.unavailable("Kinesis Data Streams destinations");
    }
}
