package dev.stratus.dynamodb.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PolicyNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

@ExtendWith(StratusExtension.class)
class ResourcePolicyTest {

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"dynamodb:GetItem\","
            + "\"Resource\":\"*\"}]}";

    private static String table(DynamoDbClient dynamo, String name) {
        return dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
                .tableDescription().tableArn();
    }

    @Test
    void aPutPolicyIsReturnedWithItsRevision(DynamoDbClient dynamo) {
        String arn = table(dynamo, "Guarded");

        String revision = dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY)).revisionId();
        GetResourcePolicyResponse policy = dynamo.getResourcePolicy(b -> b.resourceArn(arn));

        assertEquals(POLICY, policy.policy());
        assertEquals(revision, policy.revisionId());
    }

    @Test
    void aTableWithoutAPolicyHasNone(DynamoDbClient dynamo) {
        String arn = table(dynamo, "Open");

        PolicyNotFoundException error = assertThrows(PolicyNotFoundException.class,
                () -> dynamo.getResourcePolicy(b -> b.resourceArn(arn)));

        assertEquals("Resource-based policy not found for the provided ResourceArn: " + arn,
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void anUpdateWithTheCurrentRevisionReplacesThePolicyAndAStaleOneIsRefused(DynamoDbClient dynamo) {
        String arn = table(dynamo, "Revised");
        String first = dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY)).revisionId();

        String second = dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY.replace("GetItem", "Query"))
                .expectedRevisionId(first)).revisionId();

        assertNotEquals(first, second);
        assertThrows(PolicyNotFoundException.class,
                () -> dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY).expectedRevisionId(first)));
        assertEquals(second, dynamo.getResourcePolicy(b -> b.resourceArn(arn)).revisionId());
    }

    @Test
    void noPolicyAsExpectedRevisionOnlyAttachesAFirstPolicy(DynamoDbClient dynamo) {
        String arn = table(dynamo, "FirstOnly");

        dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY).expectedRevisionId("NO_POLICY"));

        assertThrows(PolicyNotFoundException.class,
                () -> dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY).expectedRevisionId("NO_POLICY")));
    }

    @Test
    void deletingIsIdempotentUnlessARevisionIsExpected(DynamoDbClient dynamo) {
        String arn = table(dynamo, "Deleted");
        String revision = dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY)).revisionId();

        assertEquals(revision, dynamo.deleteResourcePolicy(b -> b.resourceArn(arn)).revisionId());

        assertNull(dynamo.deleteResourcePolicy(b -> b.resourceArn(arn)).revisionId());
        assertThrows(PolicyNotFoundException.class, () -> dynamo.getResourcePolicy(b -> b.resourceArn(arn)));
        assertThrows(PolicyNotFoundException.class,
                () -> dynamo.deleteResourcePolicy(b -> b.resourceArn(arn).expectedRevisionId(revision)));
    }

    @Test
    void aStreamHasAPolicyOfItsOwn(DynamoDbClient dynamo) {
        String arn = table(dynamo, "Streamed");
        String streamArn = dynamo.describeTable(b -> b.tableName("Streamed")).table().latestStreamArn();

        dynamo.putResourcePolicy(b -> b.resourceArn(streamArn).policy(POLICY));

        assertEquals(POLICY, dynamo.getResourcePolicy(b -> b.resourceArn(streamArn)).policy());
        assertThrows(PolicyNotFoundException.class, () -> dynamo.getResourcePolicy(b -> b.resourceArn(arn)));
    }

    @Test
    void aPolicyForATableThatDoesNotExistIsRefused(DynamoDbClient dynamo) {
        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/Ghost";

        assertThrows(ResourceNotFoundException.class,
                () -> dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY)));
    }

    @Test
    void aRecreatedTableStartsWithoutThePolicyOfItsPredecessor(DynamoDbClient dynamo) {
        String arn = table(dynamo, "Reborn");
        dynamo.putResourcePolicy(b -> b.resourceArn(arn).policy(POLICY));
        dynamo.deleteTable(b -> b.tableName("Reborn"));

        table(dynamo, "Reborn");

        assertThrows(PolicyNotFoundException.class, () -> dynamo.getResourcePolicy(b -> b.resourceArn(arn)));
    }
}
