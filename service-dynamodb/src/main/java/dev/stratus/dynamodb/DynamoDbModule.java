package dev.stratus.dynamodb;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.stratus.dynamodb.api.DynamoDbBindings;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.item.InFlightTransactions;
import dev.stratus.dynamodb.item.IndexBuilder;
import dev.stratus.dynamodb.item.ItemHistory;
import dev.stratus.dynamodb.item.ItemStatistics;
import dev.stratus.dynamodb.protocol.JsonStoredRecords;
import dev.stratus.dynamodb.protocol.backup.BackupJsonOperations;
import dev.stratus.dynamodb.protocol.global.GlobalTableJsonOperations;
import dev.stratus.dynamodb.protocol.insights.InsightsJsonOperations;
import dev.stratus.dynamodb.protocol.kinesis.KinesisDestinationJsonOperations;
import dev.stratus.dynamodb.protocol.policy.PolicyJsonOperations;
import dev.stratus.dynamodb.protocol.recovery.RecoveryJsonOperations;
import dev.stratus.dynamodb.protocol.table.TableJsonOperations;
import dev.stratus.dynamodb.protocol.transfer.TransferJsonOperations;
import dev.stratus.dynamodb.recovery.PointInTimeHistory;
import dev.stratus.dynamodb.table.IndexBackfill;
import dev.stratus.dynamodb.table.TableHealth;
import dev.stratus.dynamodb.transaction.InFlightItems;
import dev.stratus.dynamodb.ttl.TtlSweeper;
import dev.stratus.spi.ServiceBindings;

/**
 * DynamoDB's bindings: its handler, the operation groups it routes to besides the item operations, how records are
 * stored, the index backfill, the expression parser, the statistics recount at start, the time-to-live sweep, the
 * item history of point-in-time recovery, its health check, and the (possibly empty) set of change listeners.
 */
public final class DynamoDbModule extends AbstractModule {

    @Override
    protected void configure() {
        DynamoDbBindings.declareListeners(binder());
        bind(IndexBackfill.class).to(IndexBuilder.class);
        bind(InFlightTransactions.class).to(InFlightItems.class);
        bind(ItemHistory.class).to(PointInTimeHistory.class);
        bind(Expressions.class).toInstance(new Expressions());
        bind(StoredRecords.class).to(JsonStoredRecords.class);
        Multibinder<OperationGroup> groups = Multibinder.newSetBinder(binder(), OperationGroup.class);
        groups.addBinding().to(TableJsonOperations.class);
        groups.addBinding().to(BackupJsonOperations.class);
        groups.addBinding().to(RecoveryJsonOperations.class);
        groups.addBinding().to(PolicyJsonOperations.class);
        groups.addBinding().to(InsightsJsonOperations.class);
        groups.addBinding().to(KinesisDestinationJsonOperations.class);
        groups.addBinding().to(GlobalTableJsonOperations.class);
        groups.addBinding().to(TransferJsonOperations.class);
        ServiceBindings.handler(binder(), DynamoDbPlugin.NAME, DynamoDbHandler.class);
        ServiceBindings.lifecycle(binder(), ItemStatistics.class);
        ServiceBindings.lifecycle(binder(), TtlSweeper.class);
        ServiceBindings.lifecycle(binder(), PointInTimeHistory.class);
        ServiceBindings.healthCheck(binder(), TableHealth.class);
    }
}
