package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stratus.testkit.StratusExtension;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Every operation the AWS SDK v2 clients of our services can send, each with a minimal request: it must reach
 * its service (an answer, or an AWS error of the service) and never fail in the gateway, with a 500, or with
 * a response the SDK cannot read.
 */
class SdkOperationRoutingTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().build();

    @TestFactory
    Stream<DynamicTest> everyDynamoDbOperationReachesDynamoDb() {
        return probes(DynamoDbClient.class);
    }

    @TestFactory
    Stream<DynamicTest> everyDynamoDbStreamsOperationReachesDynamoDbStreams() {
        return probes(DynamoDbStreamsClient.class);
    }

    @TestFactory
    Stream<DynamicTest> everyLambdaOperationReachesLambda() {
        return probes(LambdaClient.class);
    }

    @TestFactory
    Stream<DynamicTest> everySqsOperationReachesSqs() {
        return probes(SqsClient.class);
    }

    @TestFactory
    Stream<DynamicTest> everySnsOperationReachesSns() {
        return probes(SnsClient.class);
    }

    private static Stream<DynamicTest> probes(Class<? extends SdkClient> clientType) {
        return Arrays.stream(clientType.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
                        && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> DynamicTest.dynamicTest(m.getName(), () -> probe(clientType, m)));
    }

    private static void probe(Class<? extends SdkClient> clientType, Method operation) throws Exception {
        Object client = stratus.client(clientType);
        Object request = minimalRequest(operation.getParameterTypes()[0]);
        try {
            operation.invoke(client, request);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof AwsServiceException error)) {
                fail(operation.getName() + " failed before reaching the service: " + cause, cause);
                return;
            }
            assertTrue(error.statusCode() < 500, operation.getName() + " answered " + error.statusCode() + ": "
                    + error.awsErrorDetails().errorMessage());
            assertFalse(error.awsErrorDetails().errorCode() == null || error.awsErrorDetails().errorCode().isEmpty(),
                    operation.getName() + " answered an error without a code");
            String message = String.valueOf(error.awsErrorDetails().errorMessage());
            assertFalse(message.startsWith("No service of this Stratus"), operation.getName() + ": " + message);
        }
    }

    /** The request with only its path parameters filled, so the SDK can build the URI. */
    private static Object minimalRequest(Class<?> requestType) throws ReflectiveOperationException {
        Object builder = requestType.getMethod("builder").invoke(null);
        for (SdkField<?> field : ((SdkPojo) builder).sdkFields()) {
            boolean inPath = field.location() == MarshallLocation.PATH || field.location() == MarshallLocation.GREEDY_PATH;
            if (inPath && field.marshallingType() == MarshallingType.STRING) {
                field.set(builder, "stratus-probe");
            } else if (inPath && field.marshallingType() == MarshallingType.LONG) {
                field.set(builder, 1L);
            } else if (inPath && field.marshallingType() == MarshallingType.INTEGER) {
                field.set(builder, 1);
            }
        }
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        return build.invoke(builder);
    }
}
