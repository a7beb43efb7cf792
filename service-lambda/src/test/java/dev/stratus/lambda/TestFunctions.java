package dev.stratus.lambda;

import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.FunctionCode;

/** Functions the Lambda tests deploy, and the request that creates them. */
public final class TestFunctions {

    public static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    public static final String NODE = "nodejs20.x";

    public static final String ECHO = "exports.handler = async (event) => event;";
    public static final String FAILING = "exports.handler = async () => { throw new Error('boom'); };";
    public static final String LOGGING = "exports.handler = async () => { console.log('hello from the function'); return 'ok'; };";
    public static final String GREETING = "exports.handler = async () => process.env.GREETING;";
    public static final String VERSION = "exports.handler = async (event, context) => context.functionVersion;";

    private TestFunctions() {
    }

    /** A Node.js function whose {@code index.js} is {@code source}, with handler {@code index.handler}. */
    public static CreateFunctionRequest.Builder node(String name, String source) {
        return CreateFunctionRequest.builder()
                .functionName(name)
                .runtime(NODE)
                .handler("index.handler")
                .role(ROLE)
                .code(code(source));
    }

    public static FunctionCode code(String source) {
        return FunctionCode.builder().zipFile(SdkBytes.fromByteArray(TestZips.of("index.js", source))).build();
    }

    public static CreateFunctionResponse create(LambdaClient lambda, String name, String source) {
        CreateFunctionResponse created = lambda.createFunction(node(name, source).build());
        lambda.waiter().waitUntilFunctionActiveV2(request -> request.functionName(name));
        return created;
    }

    public static CreateFunctionResponse createWithEnvironment(LambdaClient lambda, String name, String source,
                                                               Map<String, String> variables) {
        CreateFunctionResponse created = lambda.createFunction(node(name, source)
                .environment(Environment.builder().variables(variables).build()).build());
        lambda.waiter().waitUntilFunctionActiveV2(request -> request.functionName(name));
        return created;
    }
}
