package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(StratusExtension.class)
class AccountIsolationTest {

    private static DynamoDbClient client(URI endpoint, String accessKey, Region region) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")))
                .build();
    }

    @Test
    void tablesOfOtherAccountsAndRegionsAreSeparate(URI endpoint) {
        try (DynamoDbClient first = client(endpoint, "210987654321", Region.US_EAST_1);
             DynamoDbClient second = client(endpoint, "210987654322", Region.US_EAST_1);
             DynamoDbClient firstInEurope = client(endpoint, "210987654321", Region.EU_WEST_1)) {
            first.createTable(TableLifecycleTest.onDemandTable("Shared").build());
            first.putItem(b -> b.tableName("Shared").item(Map.of("pk", AttributeValue.fromS("mine"))));

            second.createTable(TableLifecycleTest.onDemandTable("Shared").build());

            assertFalse(second.getItem(b -> b.tableName("Shared").key(Map.of("pk", AttributeValue.fromS("mine"))))
                    .hasItem());
            assertFalse(firstInEurope.listTables().tableNames().contains("Shared"));
            assertEquals("arn:aws:dynamodb:us-east-1:210987654322:table/Shared",
                    second.describeTable(b -> b.tableName("Shared")).table().tableArn());
        }
    }
}
