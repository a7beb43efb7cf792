package dev.stratus.lambda;

import dev.stratus.gateway.Stratus;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Servers on a data directory, for tests of what outlives a restart, and a Lambda client for them. */
public final class DurableServers {

    private DurableServers() {
    }

    /** Starts Stratus on a free port with {@code dataDir}, and more settings as name, value pairs. */
    public static Stratus start(Path dataDir, String... settings) {
        Stratus.Builder builder = Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString())
                .setting("lambda.node-sdk-prepare-at-start", "false");
        for (int i = 0; i < settings.length; i += 2) {
            builder.setting(settings[i], settings[i + 1]);
        }
        return builder.start();
    }

    public static LambdaClient client(Stratus stratus) {
        return LambdaClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "test")))
                .build();
    }
}
