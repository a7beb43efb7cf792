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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layers through {@code bin/awslocal} and the real AWS CLI v2: a layer published from a zip, shared, and used by
 * a Node.js function that requires a module only the layer provides; the function's asynchronous invocation
 * configured.
 */
class LayersIT {

    @TempDir
    static Path workspace;
    private static InstalledStratus stratus;
    private static InstalledStratus.Server server;

    @BeforeAll
    static void start() throws Exception {
        stratus = InstalledStratus.unpack(Files.createDirectories(workspace.resolve("install")));
        server = stratus.start(InstalledStratus.freePort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aNodeFunctionRequiresAModuleFromItsLayer() throws Exception {
        Path layerZip = zip("layer.zip", "nodejs/node_modules/greeter/index.js",
                "module.exports = (name) => 'Hello, ' + name + ', from a layer';");
        Path functionZip = zip("function.zip", "index.js",
                "const greet = require('greeter'); exports.handler = async (event) => greet(event.name);");

        JsonNode layer = cli("lambda", "publish-layer-version", "--layer-name", "greeter",
                "--zip-file", "fileb://" + layerZip, "--compatible-runtimes", "nodejs20.x",
                "--description", "greets people");
        String layerVersionArn = layer.get("LayerVersionArn").asText();
        assertTrue(layerVersionArn.endsWith(":layer:greeter:1"), layerVersionArn);
        assertEquals("greets people", cli("lambda", "get-layer-version-by-arn", "--arn", layerVersionArn)
                .get("Description").asText());
        JsonNode listed = cli("lambda", "list-layers", "--compatible-runtime", "nodejs20.x").get("Layers");
        assertEquals("greeter", listed.get(0).get("LayerName").asText());

        cli("lambda", "add-layer-version-permission", "--layer-name", "greeter", "--version-number", "1",
                "--statement-id", "everyone", "--action", "lambda:GetLayerVersion", "--principal", "*");
        JsonNode policy = new ObjectMapper().readTree(cli("lambda", "get-layer-version-policy",
                "--layer-name", "greeter", "--version-number", "1").get("Policy").asText());
        assertEquals("everyone", policy.at("/Statement/0/Sid").asText());

        JsonNode function = cli("lambda", "create-function", "--function-name", "greets",
                "--zip-file", "fileb://" + functionZip, "--handler", "index.handler", "--runtime", "nodejs20.x",
                "--role", "arn:aws:iam::000000000000:role/lambda-role", "--layers", layerVersionArn);
        assertEquals(layerVersionArn, function.at("/Layers/0/Arn").asText());
        cli("lambda", "wait", "function-active-v2", "--function-name", "greets");

        Path output = workspace.resolve("output.json");
        JsonNode invoked = cli("lambda", "invoke", "--function-name", "greets", "--cli-binary-format",
                "raw-in-base64-out", "--payload", "{\"name\":\"Jane\"}", output.toString());
        assertEquals(200, invoked.get("StatusCode").asInt());
        assertEquals("\"Hello, Jane, from a layer\"", Files.readString(output).strip());

        cli("lambda", "put-function-event-invoke-config", "--function-name", "greets",
                "--maximum-retry-attempts", "0", "--maximum-event-age-in-seconds", "600");
        JsonNode config = cli("lambda", "get-function-event-invoke-config", "--function-name", "greets");
        assertEquals(0, config.get("MaximumRetryAttempts").asInt());
        assertEquals(600, config.get("MaximumEventAgeInSeconds").asInt());
    }

    private static JsonNode cli(String... args) throws IOException, InterruptedException {
        return stratus.awsJson(server, args);
    }

    private static Path zip(String name, String entry, String content) throws IOException {
        Path zip = workspace.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
