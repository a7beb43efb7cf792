package dev.stratus.streams.sdk;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Clients acting in an account and region of the test's choosing (a 12-digit access key is the account). */
record OtherCaller(DynamoDbClient dynamo, DynamoDbStreamsClient streams) implements AutoCloseable {

    static OtherCaller in(URI endpoint, String accountId, Region region) {
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "test"));
        return new OtherCaller(
                DynamoDbClient.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
                        .build(),
                DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(region)
                        .credentialsProvider(credentials).build());
    }

    @Override
    public void close() {
        dynamo.close();
        streams.close();
    }
}
