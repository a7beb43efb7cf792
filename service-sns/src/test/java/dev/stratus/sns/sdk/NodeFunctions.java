package dev.stratus.sns.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Node.js functions of the tests: {@code index.js} with the handler {@code index.handler}. */
final class NodeFunctions {

    private NodeFunctions() {
    }

    /** Creates the function and answers its ARN. */
    static String create(LambdaClient lambda, String accountId, String name, String source,
                         Map<String, String> environment) {
        return lambda.createFunction(r -> r.functionName(name).runtime(Runtime.NODEJS20_X).handler("index.handler")
                .role("arn:aws:iam::" + accountId + ":role/sns")
                .environment(e -> e.variables(environment))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip(source))))).functionArn();
    }

    private static byte[] zip(String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.js"));
            zip.write(source.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
