package dev.stratus.lambda.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.Layer;

@ExtendWith(StratusExtension.class)
class FunctionsWithLayersTest {

    private static final String USES_GREETER = "const greet = require('greeter'); "
            + "exports.handler = async () => greet();";

    @Test
    void aNodeFunctionRequiresAModuleOnlyItsLayerProvides(LambdaClient lambda) {
        String layer = publish(lambda, "node-greeter", TestZips.zip()
                .file("nodejs/node_modules/greeter/index.js", "module.exports = () => 'hello from a layer';"));

        create(lambda, "greets", USES_GREETER, layer);

        assertEquals("\"hello from a layer\"", invoke(lambda, "greets"));
    }

    @Test
    void laterLayersWinOverEarlierOnes(LambdaClient lambda) {
        String first = publish(lambda, "greeter-one", TestZips.zip()
                .file("nodejs/node_modules/greeter/index.js", "module.exports = () => 'first';")
                .file("nodejs/node_modules/only-first/index.js", "module.exports = 'kept';"));
        String second = publish(lambda, "greeter-two", TestZips.zip()
                .file("nodejs/node_modules/greeter/index.js", "module.exports = () => 'second';"));

        create(lambda, "layered", "const greet = require('greeter'); const kept = require('only-first'); "
                + "exports.handler = async () => greet() + ' ' + kept;", first, second);

        assertEquals("\"second kept\"", invoke(lambda, "layered"));
    }

    @Test
    void aPythonFunctionImportsPackagesFromBothLayerFolders(LambdaClient lambda) {
        String layer = publish(lambda, "python-helpers", TestZips.zip()
                .file("python/greeting.py", "WORD = 'hello'\n")
                .file("python/lib/python3.12/site-packages/punctuation.py", "MARK = '!'\n"));

        lambda.createFunction(r -> r.functionName("py-layered").runtime("python3.12").handler("app.handler")
                .role(TestFunctions.ROLE).layers(layer)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(TestZips.of("app.py",
                        "import greeting\nimport punctuation\n\ndef handler(event, context):\n"
                                + "    return greeting.WORD + punctuation.MARK\n")))));
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("py-layered"));

        assertEquals("\"hello!\"", invoke(lambda, "py-layered"));
    }

    @Test
    void handlerCodeFindsLayerFilesExecutablesAndItsOwnRoot(LambdaClient lambda) {
        String layer = publish(lambda, "files", TestZips.zip()
                .file("config/settings.txt", "from the layer")
                .executable("bin/layer-tool", "#!/bin/sh\necho tool output\n")
                .file("extensions/some-extension", "ignored"));

        create(lambda, "reads-opt", "const fs = require('fs'); const path = require('path'); "
                + "const { execSync } = require('child_process'); "
                + "exports.handler = async () => [fs.readFileSync(path.join(process.env.LAMBDA_OPT_DIR, "
                + "'config/settings.txt'), 'utf8'), execSync('layer-tool').toString().trim(), "
                + "fs.existsSync(path.join(process.env.LAMBDA_OPT_DIR, 'extensions')), "
                + "fs.existsSync(path.join(process.env.LAMBDA_TASK_ROOT, 'index.js'))];", layer);

        assertEquals("[\"from the layer\",\"tool output\",false,true]", invoke(lambda, "reads-opt"));
    }

    @Test
    void theConfigurationListsTheLayersAndUpdatesReplaceThem(LambdaClient lambda) {
        String first = publish(lambda, "listed-one", TestZips.zip().file("a.txt", "a"));
        String second = publish(lambda, "listed-two", TestZips.zip().file("b.txt", "bb"));
        create(lambda, "shows-layers", TestFunctions.ECHO, first);

        UpdateFunctionConfigurationResponse updated = lambda.updateFunctionConfiguration(r -> r.functionName("shows-layers")
                .layers(second, first));
        lambda.waiter().waitUntilFunctionUpdatedV2(r -> r.functionName("shows-layers"));
        List<String> read = lambda.getFunction(r -> r.functionName("shows-layers")).configuration().layers().stream()
                .map(Layer::arn).toList();
        UpdateFunctionConfigurationResponse cleared = lambda.updateFunctionConfiguration(r -> r.functionName("shows-layers")
                .layers(List.of()));

        assertEquals(List.of(second, first), updated.layers().stream().map(Layer::arn).toList());
        assertTrue(updated.layers().get(0).codeSize() > 0);
        assertEquals(List.of(second, first), read);
        assertTrue(cleared.layers().isEmpty());
    }

    @Test
    void aDeletedLayerVersionStillServesTheFunctionsUsingIt(LambdaClient lambda) {
        String layer = publish(lambda, "short-lived", TestZips.zip()
                .file("nodejs/node_modules/greeter/index.js", "module.exports = () => 'still here';"));
        create(lambda, "outlives", USES_GREETER, layer);

        lambda.deleteLayerVersion(r -> r.layerName("short-lived").versionNumber(1L));

        assertEquals("\"still here\"", invoke(lambda, "outlives"));
    }

    @Test
    void layersAreRefusedAsLambdaRefusesThem(LambdaClient lambda) {
        String layer = publish(lambda, "refused", TestZips.zip().file("a.txt", "a"));
        String newer = publish(lambda, "refused", TestZips.zip().file("a.txt", "b"));
        String missing = layer.substring(0, layer.lastIndexOf(':')) + ":99";

        InvalidParameterValueException tooMany = assertThrows(InvalidParameterValueException.class,
                () -> lambda.createFunction(TestFunctions.node("too-many", TestFunctions.ECHO)
                        .layers(layer, layer, layer, layer, layer, layer).build()));
        InvalidParameterValueException notThere = assertThrows(InvalidParameterValueException.class,
                () -> lambda.createFunction(TestFunctions.node("missing-layer", TestFunctions.ECHO)
                        .layers(missing).build()));
        InvalidParameterValueException twice = assertThrows(InvalidParameterValueException.class,
                () -> lambda.createFunction(TestFunctions.node("same-layer", TestFunctions.ECHO)
                        .layers(layer, newer).build()));

        assertEquals("Cannot reference more than 5 layers.", tooMany.awsErrorDetails().errorMessage());
        assertEquals("Layer version " + missing + " does not exist.", notThere.awsErrorDetails().errorMessage());
        assertTrue(twice.awsErrorDetails().errorMessage().startsWith("Two different versions of the same layer"));
        assertNull(lambda.listFunctions().functions().stream()
                .filter(function -> function.functionName().equals("missing-layer")).findFirst().orElse(null));
    }

    private static String publish(LambdaClient lambda, String name, TestZips content) {
        return lambda.publishLayerVersion(r -> r.layerName(name)
                .content(c -> c.zipFile(SdkBytes.fromByteArray(content.bytes())))).layerVersionArn();
    }

    private static void create(LambdaClient lambda, String name, String source, String... layers) {
        lambda.createFunction(TestFunctions.node(name, source).layers(layers).build());
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName(name));
    }

    private static String invoke(LambdaClient lambda, String name) {
        InvokeResponse response = lambda.invoke(r -> r.functionName(name));
        assertNull(response.functionError(), () -> response.payload().asUtf8String());
        return response.payload().asUtf8String();
    }
}
