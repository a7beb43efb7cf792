package dev.stratus.dynamodb;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stratus.testkit.StratusExtension;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Every operation of DynamoDB's API model (as the AWS SDK v2 client carries it) is answered, none is unknown. */
class EveryOperationAnsweredTest {

    /** Operations the SDK gained after the version of the API model Stratus follows. */
    private static final Set<String> NEWER_THAN_THE_MODEL = Set.of("searchVectors");

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().build();

    @TestFactory
    Stream<DynamicTest> noDynamoDbOperationIsUnknown() {
        return Arrays.stream(DynamoDbClient.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
                        && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0])
                        && !NEWER_THAN_THE_MODEL.contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> DynamicTest.dynamicTest(m.getName(), () -> assertAnswered(m)));
    }

    private static void assertAnswered(Method operation) throws ReflectiveOperationException {
        Object request = operation.getParameterTypes()[0].getMethod("builder").invoke(null);
        Method build = request.getClass().getMethod("build");
        build.setAccessible(true);
        try {
            operation.invoke(stratus.client(DynamoDbClient.class), build.invoke(request));
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof DynamoDbException error)) {
                throw new AssertionError(operation.getName() + " failed in the client", e.getCause());
            }
            assertNotEquals("UnknownOperationException", error.awsErrorDetails().errorCode(), operation.getName());
        }
    }
}
