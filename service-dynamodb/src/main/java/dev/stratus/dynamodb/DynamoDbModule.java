package dev.stratus.dynamodb;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.stratus.dynamodb.api.DynamoDbBindings;
import dev.stratus.dynamodb.backup.BackupOperations;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.global.GlobalTableOperations;
import dev.stratus.dynamodb.insights.InsightsOperations;
import dev.stratus.dynamodb.item.InFlightTransactions;
import dev.stratus.dynamodb.item.IndexBuilder;
import dev.stratus.dynamodb.item.ItemStatistics;
import dev.stratus.dynamodb.kinesis.KinesisDestinationOperations;
import dev.stratus.dynamodb.policy.PolicyOperations;
import dev.stratus.dynamodb.protocol.StoredJson;
import dev.stratus.dynamodb.protocol.table.TableJsonOperations;
import dev.stratus.dynamodb.recovery.RecoveryOperations;
import dev.stratus.dynamodb.table.IndexBackfill;
import dev.stratus.dynamodb.table.TableHealth;
import dev.stratus.dynamodb.transaction.InFlightItems;
import dev.stratus.dynamodb.transfer.TransferOperations;
import dev.stratus.dynamodb.ttl.TtlSweeper;
import dev.stratus.spi.ServiceBindings;

/**
 * DynamoDB's bindings: its handler, the operation groups it routes to besides the item operations, how records are
 * stored,
 * the index backfill, the expression parser, the statistics recount at start, the time-to-live sweep, its health
 * check, and the (possibly empty) set of change listeners.
 */
public final class DynamoDbModule extends AbstractModule {

    @Override
    protected void configure() {
        DynamoDbBindings.declareListeners(binder());
        bind(IndexBackfill.class).to(IndexBuilder.class);
        bind(InFlightTransactions.class).to(InFlightItems.class);
        bind(Expressions.class).toInstance(new Expressions());
        bind(StoredRecords.class).to(StoredJson.class);
        Multibinder<OperationGroup> groups = Multibinder.newSetBinder(binder(), OperationGroup.class);
        groups.addBinding().to(TableJsonOperations.class);
        groups.addBinding().to(BackupOperations.class);
        groups.addBinding().to(RecoveryOperations.class);
        groups.addBinding().to(PolicyOperations.class);
        groups.addBinding().to(InsightsOperations.class);
        groups.addBinding().to(KinesisDestinationOperations.class);
        groups.addBinding().to(GlobalTableOperations.class);
        groups.addBinding().to(TransferOperations.class);
        ServiceBindings.handler(binder(), DynamoDbPlugin.NAME, DynamoDbHandler.class);
        ServiceBindings.lifecycle(binder(), ItemStatistics.class);
        ServiceBindings.lifecycle(binder(), TtlSweeper.class);
        ServiceBindings.healthCheck(binder(), TableHealth.class);
    }
}
