package dev.stratus.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;

/** Builds any AWS SDK v2 client pointed at a Stratus: endpoint, region {@code us-east-1}, the given credentials. */
final class SdkClients {

    private SdkClients() {
    }

    static boolean isClientType(Class<?> type) {
        return type.isInterface() && SdkClient.class.isAssignableFrom(type) && builderMethod(type) != null;
    }

    static <T> T create(Class<T> type, URI endpoint, String accessKey, String secretKey) {
        Method builder = builderMethod(type);
        if (builder == null) {
            throw new IllegalArgumentException(type.getName() + " is not an AWS SDK v2 client interface");
        }
        try {
            AwsClientBuilder<?, ?> configured = (AwsClientBuilder<?, ?>) builder.invoke(null);
            configured.endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
            return type.cast(configured.build());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build a " + type.getName(), e);
        }
    }

    private static Method builderMethod(Class<?> type) {
        try {
            Method method = type.getMethod("builder");
            boolean usable = Modifier.isStatic(method.getModifiers())
                    && AwsClientBuilder.class.isAssignableFrom(method.getReturnType());
            return usable ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
