package dev.stratus.dynamodb;

import dev.stratus.gateway.Stratus;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A Stratus that keeps its state in a data directory, started again by each restart a test makes. */
public final class DurableServer {

    private DurableServer() {
    }

    public static Stratus start(Path dataDir) {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString()).start();
    }

    public static DynamoDbClient client(Stratus stratus) {
        return DynamoDbClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "x")))
                .build();
    }
}
