package dev.stratus.dynamodb.absent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.GlobalTableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What deployment tools ask of every table they manage, about features the table does not use: each is answered
 * as AWS answers for such a table.
 */
@ExtendWith(StratusExtension.class)
class AbsentFeaturesTest {

    private static String table(DynamoDbClient dynamo, String name) {
        return dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))).tableDescription().tableArn();
    }

    @Test
    void aTableWithoutKinesisDestinationsListsNone(DynamoDbClient dynamo) {
        table(dynamo, "Plain");

        DescribeKinesisStreamingDestinationResponse response =
                dynamo.describeKinesisStreamingDestination(b -> b.tableName("Plain"));

        assertEquals("Plain", response.tableName());
        assertTrue(response.kinesisDataStreamDestinations().isEmpty());
    }

    @Test
    void kinesisDestinationsOfAMissingTableAreNotFound(DynamoDbClient dynamo) {
        assertThrows(ResourceNotFoundException.class,
                () -> dynamo.describeKinesisStreamingDestination(b -> b.tableName("Missing")));
    }

    @Test
    void contributorInsightsAreDisabledUntilEnabled(DynamoDbClient dynamo) {
        table(dynamo, "Watched");

        ContributorInsightsStatus before = dynamo.describeContributorInsights(b -> b.tableName("Watched"))
                .contributorInsightsStatus();
        ContributorInsightsStatus switching = dynamo.updateContributorInsights(b -> b.tableName("Watched")
                .contributorInsightsAction(ContributorInsightsAction.ENABLE)).contributorInsightsStatus();
        ContributorInsightsStatus after = dynamo.describeContributorInsights(b -> b.tableName("Watched"))
                .contributorInsightsStatus();

        assertEquals(ContributorInsightsStatus.DISABLED, before);
        assertEquals(ContributorInsightsStatus.ENABLING, switching);
        assertEquals(ContributorInsightsStatus.ENABLED, after);
        assertEquals("Watched", dynamo.listContributorInsights(b -> b.tableName("Watched"))
                .contributorInsightsSummaries().get(0).tableName());
    }

    @Test
    void anAccountWithoutGlobalTablesListsNoneAndDescribesNone(DynamoDbClient dynamo) {
        assertTrue(dynamo.listGlobalTables(b -> { }).globalTables().isEmpty());
        assertThrows(GlobalTableNotFoundException.class, () -> dynamo.describeGlobalTable(b -> b.globalTableName("Nope")));
        assertThrows(GlobalTableNotFoundException.class,
                () -> dynamo.describeGlobalTableSettings(b -> b.globalTableName("Nope")));
    }

    @Test
    void aTableWithoutReplicasHasNoReplicaAutoScaling(DynamoDbClient dynamo) {
        table(dynamo, "Single");

        var description = dynamo.describeTableReplicaAutoScaling(b -> b.tableName("Single")).tableAutoScalingDescription();

        assertEquals("Single", description.tableName());
        assertTrue(description.replicas().isEmpty());
    }

    @Test
    void anAccountWithoutExportsOrImportsListsNone(DynamoDbClient dynamo) {
        assertTrue(dynamo.listExports(b -> { }).exportSummaries().isEmpty());
        assertTrue(dynamo.listImports(b -> { }).importSummaryList().isEmpty());
        assertThrows(ExportNotFoundException.class, () -> dynamo.describeExport(b -> b.exportArn(
                "arn:aws:dynamodb:us-east-1:000000000000:table/T/export/01234567890123-abcdefgh")));
    }

    @Test
    void anExportNeedsPointInTimeRecovery(DynamoDbClient dynamo) {
        String arn = table(dynamo, "Unexported");

        assertThrows(PointInTimeRecoveryUnavailableException.class,
                () -> dynamo.exportTableToPointInTime(b -> b.tableArn(arn).s3Bucket("bucket")));
    }
}
