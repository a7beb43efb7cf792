package dev.stratus.dynamodb;

import com.google.inject.AbstractModule;
import dev.stratus.dynamodb.api.DynamoDbBindings;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.item.IndexBuilder;
import dev.stratus.dynamodb.item.ItemStatistics;
import dev.stratus.dynamodb.table.IndexBackfill;
import dev.stratus.spi.ServiceBindings;

/**
 * DynamoDB's bindings: its handler, the index backfill, the expression parser, the statistics recount at start,
 * and the (possibly empty) set of change listeners.
 */
public final class DynamoDbModule extends AbstractModule {

    @Override
    protected void configure() {
        DynamoDbBindings.declareListeners(binder());
        bind(IndexBackfill.class).to(IndexBuilder.class);
        bind(Expressions.class).toInstance(new Expressions());
        ServiceBindings.handler(binder(), DynamoDbPlugin.NAME, DynamoDbHandler.class);
        ServiceBindings.lifecycle(binder(), ItemStatistics.class);
    }
}
