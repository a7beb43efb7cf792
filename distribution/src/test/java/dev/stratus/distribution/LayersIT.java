package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Layers through {@code bin/awslocal} and the real AWS CLI v2: a layer published from a zip, shared, and used by
 * a Node.js function that requires a module only the layer provides; the function's asynchronous invocation
 * configured.
 */
@InstalledDistribution
class LayersIT {

    @Test
    void aNodeFunctionRequiresAModuleFromItsLayer(RunningStratus stratus) throws Exception {
        Path layerZip = zip(stratus.workspace(), "layer.zip", "nodejs/node_modules/greeter/index.js",
                "module.exports = (name) => 'Hello, ' + name + ', from a layer';");
        Path functionZip = zip(stratus.workspace(), "function.zip", "index.js",
                "const greet = require('greeter'); exports.handler = async (event) => greet(event.name);");

        JsonNode layer = stratus.awsJson("lambda", "publish-layer-version", "--layer-name", "greeter",
                "--zip-file", "fileb://" + layerZip, "--compatible-runtimes", "nodejs20.x",
                "--description", "greets people");
        String layerVersionArn = layer.get("LayerVersionArn").asText();
        assertTrue(layerVersionArn.endsWith(":layer:greeter:1"), layerVersionArn);
        assertEquals("greets people", stratus.awsJson("lambda", "get-layer-version-by-arn", "--arn", layerVersionArn)
                .get("Description").asText());
        JsonNode listed = stratus.awsJson("lambda", "list-layers", "--compatible-runtime", "nodejs20.x").get("Layers");
        assertEquals("greeter", listed.get(0).get("LayerName").asText());

        stratus.awsJson("lambda", "add-layer-version-permission", "--layer-name", "greeter", "--version-number", "1",
                "--statement-id", "everyone", "--action", "lambda:GetLayerVersion", "--principal", "*");
        JsonNode policy = new ObjectMapper().readTree(stratus.awsJson("lambda", "get-layer-version-policy",
                "--layer-name", "greeter", "--version-number", "1").get("Policy").asText());
        assertEquals("everyone", policy.at("/Statement/0/Sid").asText());

        JsonNode function = stratus.awsJson("lambda", "create-function", "--function-name", "greets",
                "--zip-file", "fileb://" + functionZip, "--handler", "index.handler", "--runtime", "nodejs20.x",
                "--role", "arn:aws:iam::000000000000:role/lambda-role", "--layers", layerVersionArn);
        assertEquals(layerVersionArn, function.at("/Layers/0/Arn").asText());
        stratus.awsJson("lambda", "wait", "function-active-v2", "--function-name", "greets");

        Path output = stratus.workspace().resolve("output.json");
        JsonNode invoked = stratus.awsJson("lambda", "invoke", "--function-name", "greets", "--cli-binary-format",
                "raw-in-base64-out", "--payload", "{\"name\":\"Jane\"}", output.toString());
        assertEquals(200, invoked.get("StatusCode").asInt());
        assertEquals("\"Hello, Jane, from a layer\"", Files.readString(output).strip());

        stratus.awsJson("lambda", "put-function-event-invoke-config", "--function-name", "greets",
                "--maximum-retry-attempts", "0", "--maximum-event-age-in-seconds", "600");
        JsonNode config = stratus.awsJson("lambda", "get-function-event-invoke-config", "--function-name", "greets");
        assertEquals(0, config.get("MaximumRetryAttempts").asInt());
        assertEquals(600, config.get("MaximumEventAgeInSeconds").asInt());
    }

    private static Path zip(Path workspace, String name, String entry, String content) throws IOException {
        Path zip = workspace.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
