package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.StratusEndpoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The table operations of the DynamoDB API, typed requests in, typed results out; behaviour in
 * {@link TableService}.
 */
@Singleton
public final class TableOperations {

    private static final int MAX_LIST_TABLES = 100;
    private static final AccountLimits LIMITS = new AccountLimits(80000, 80000, 40000, 40000);
    private static final long ENDPOINT_CACHE_MINUTES = 1440;

    private final TableService tables;
    private final StratusEndpoint endpoint;
    private final TableNotices notices;

    @Inject
    public TableOperations(TableService tables, StratusEndpoint endpoint, TableNotices notices) {
        this.tables = tables;
        this.endpoint = endpoint;
        this.notices = notices;
    }

    public TableDescription createTable(CreateTableRequest request, RequestContext context) {
        Table table = tables.create(request, context);
        notices.changed(context, table.name());
        return TableDescriptions.describe(table, Table.TableStatus.CREATING);
    }

    public TableDescription describeTable(String tableName, RequestContext context) {
        Table table = tables.describe(context, tableName);
        return TableDescriptions.describe(table, tables.status(table), index -> tables.indexStatus(table, index),
                tables.deletingIndexes(table));
    }

    public ListTablesResult listTables(ListTablesRequest request, RequestContext context) {
        String start = request.exclusiveStartTableName();
        int pageSize = request.limit() == null ? MAX_LIST_TABLES : request.limit().intValue();
        List<String> after = tables.names(context).stream()
                .filter(name -> start == null || name.compareTo(start) > 0)
                .toList();
        List<String> page = after.stream().limit(pageSize).toList();
        return new ListTablesResult(page, after.size() > pageSize ? after.get(pageSize - 1) : null);
    }

    public TableDescription updateTable(UpdateTableRequest request, RequestContext context) {
        Table table = tables.describe(context, request.tableName());
        TableDefinition before = table.definition();
        TableUpdate update = tables.update(context, request);
        notices.changed(context, table.name());
        return TableDescriptions.describe(table, Table.TableStatus.UPDATING, index ->
                before.index(index.name()).isPresent() ? tables.indexStatus(table, index) : Table.IndexStatus.CREATING,
                update.removedIndexes());
    }

    public TableDescription deleteTable(String tableName, RequestContext context) {
        Table table = tables.describe(context, tableName);
        tables.delete(context, table.name());
        notices.changed(context, table.name());
        return TableDescriptions.describe(table, Table.TableStatus.DELETING);
    }

    public TimeToLiveSettings describeTimeToLive(String tableName, RequestContext context) {
        Table table = tables.describe(context, tableName);
        if (tables.status(table) == Table.TableStatus.CREATING) {
            throw DynamoDbErrors.validation("Cannot describe time to live while table is in CREATING state: "
                    + "Current table state is CREATING");
        }
        return table.definition().timeToLive();
    }

    /** Switches time to live as {@code specification} asks; returns the specification. */
    public TimeToLiveSettings updateTimeToLive(String tableName, TimeToLiveSettings specification,
                                               RequestContext context) {
        Table table = tables.describe(context, tableName);
        boolean enabled = specification.enabled();
        String attribute = specification.attributeName();
        tables.change(table, definition -> {
            TimeToLiveSettings current = definition.timeToLive();
            if (enabled && current.enabled()) {
                throw DynamoDbErrors.validation("TimeToLive is already enabled");
            }
            if (!enabled && !current.enabled()) {
                throw DynamoDbErrors.validation("TimeToLive is already disabled");
            }
            if (!enabled && !current.attributeName().equals(attribute)) {
                throw DynamoDbErrors.validation("TimeToLive is active on a different AttributeName: current "
                        + "AttributeName is " + current.attributeName());
            }
            return definition.toBuilder().timeToLive(specification).build();
        });
        notices.changed(context, table.name());
        return specification;
    }

    public void tagResource(String resourceArn, List<Tag> given, RequestContext context) {
        Table table = taggedTable(resourceArn, context);
        if (given.isEmpty()) {
            throw DynamoDbErrors.validation("Atleast one Tag needs to be provided as Input.");
        }
        Map<String, String> tags = TagRules.check(given);
        tables.change(table, definition -> {
            TableDefinition.Builder next = definition.toBuilder();
            next.tags().putAll(tags);
            if (next.tags().size() > TagRules.MAX_TAGS) {
                throw DynamoDbErrors.tooManyTags();
            }
            return next.build();
        });
    }

    public void untagResource(String resourceArn, List<String> keys, RequestContext context) {
        Table table = taggedTable(resourceArn, context);
        if (keys.isEmpty()) {
            throw DynamoDbErrors.validation("Atleast one Tag Key needs to be provided as Input.");
        }
        keys.forEach(TagRules::checkKey);
        tables.change(table, definition -> {
            TableDefinition.Builder next = definition.toBuilder();
            keys.forEach(next.tags()::remove);
            return next.build();
        });
    }

    /** The table's tags, by key, in the order they were added. */
    public Map<String, String> listTagsOfResource(String resourceArn, RequestContext context) {
        return taggedTable(resourceArn, context).definition().tags();
    }

    public AccountLimits describeLimits() {
        return LIMITS;
    }

    public Endpoint describeEndpoints() {
        return new Endpoint(endpoint.host() + ":" + endpoint.port(), ENDPOINT_CACHE_MINUTES);
    }

    private Table taggedTable(String arn, RequestContext context) {
        if (!arn.startsWith("arn:")) {
            throw DynamoDbErrors.invalidParameter("ARNs must start with 'arn:': " + arn);
        }
        if (!arn.startsWith("arn:aws:dynamodb:")) {
            throw DynamoDbErrors.invalidParameter("Provided Arn is not a DynamoDB resource arn: " + arn);
        }
        if (!arn.contains(":table/") || arn.contains("/index/")) {
            throw DynamoDbErrors.invalidParameter("Invalid resource arn provided, only table or stream is accepted. "
                    + "Provided resource arn: " + arn);
        }
        if (!arn.startsWith("arn:aws:dynamodb:" + context.region() + ":")) {
            throw DynamoDbErrors.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        return tables.byArn(context, arn).orElseThrow(() -> DynamoDbErrors.resourceArnNotFound(arn));
    }
}
