package dev.stratus.lambda.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidRuntimeException;

class UnavailableRuntimeTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder()
            .setting("lambda.runtime.python.executable", "/nonexistent/python3")
            .setting("lambda.runtime.nodejs20.x.executable", "/nonexistent/node20").build();

    @Test
    void invokingAFunctionWhoseRuntimeIsNotInstalledNamesTheRuntimeAndTheSetting() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        lambda.createFunction(r -> r.functionName("pythonic").runtime("python3.12").handler("app.handler")
                .role(TestFunctions.ROLE)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(TestZips.of("app.py", "def handler(e, c):\n    return 1\n")))));

        InvalidRuntimeException refused = assertThrows(InvalidRuntimeException.class,
                () -> lambda.invoke(r -> r.functionName("pythonic")));

        assertEquals("The runtime python3.12 needs Python, but the executable '/nonexistent/python3' was not found; "
                + "install it or set lambda.runtime.python3.12.executable (or lambda.runtime.python.executable) to its path.",
                refused.awsErrorDetails().errorMessage());
    }

    @Test
    void aRuntimesOwnExecutableWinsOverItsLanguagesExecutable() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        TestFunctions.create(lambda, "node20", TestFunctions.ECHO);

        InvalidRuntimeException refused = assertThrows(InvalidRuntimeException.class,
                () -> lambda.invoke(r -> r.functionName("node20")));

        assertEquals("The runtime nodejs20.x needs Node.js, but the executable '/nonexistent/node20' was not found; "
                + "install it or set lambda.runtime.nodejs20.x.executable (or lambda.runtime.nodejs.executable) "
                + "to its path.", refused.awsErrorDetails().errorMessage());
    }
}
