package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function's resource policy through {@code bin/awslocal} and the real AWS CLI v2: add-permission as a
 * deployment tool grants an S3 bucket and an alias, get-policy, remove-permission, and the CLI's view of
 * AWS's conflict and not-found errors.
 */
class LambdaPermissionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workspace;
    private static InstalledStratus stratus;
    private static InstalledStratus.Server server;

    @BeforeAll
    static void start() throws Exception {
        stratus = InstalledStratus.unpack(Files.createDirectories(workspace.resolve("install")));
        server = stratus.start(InstalledStratus.freePort());
        stratus.createNodeFunction(server, workspace, "thumbnails", "exports.handler = async (event) => event;",
                "--publish");
        stratus.awsJson(server, "lambda", "create-alias", "--function-name", "thumbnails", "--name", "live",
                "--function-version", "1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void permissionsAreAddedReadAndRemoved() throws Exception {
        JsonNode added = stratus.awsJson(server, "lambda", "add-permission", "--function-name", "thumbnails",
                "--statement-id", "s3-uploads", "--action", "lambda:InvokeFunction", "--principal", "s3.amazonaws.com",
                "--source-arn", "arn:aws:s3:::uploads", "--source-account", "000000000000");
        JsonNode statement = JSON.readTree(added.get("Statement").asText());
        assertEquals("s3-uploads", statement.get("Sid").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:thumbnails", statement.get("Resource").asText());
        assertEquals("arn:aws:s3:::uploads", statement.at("/Condition/ArnLike/AWS:SourceArn").asText());
        assertEquals("000000000000", statement.at("/Condition/StringEquals/AWS:SourceAccount").asText());

        JsonNode policy = stratus.awsJson(server, "lambda", "get-policy", "--function-name", "thumbnails");
        JsonNode document = JSON.readTree(policy.get("Policy").asText());
        assertEquals(statement, document.get("Statement").get(0));
        assertEquals(policy.get("RevisionId").asText(), stratus.awsJson(server, "lambda", "get-function-configuration",
                "--function-name", "thumbnails").get("RevisionId").asText());

        stratus.awsJson(server, "lambda", "remove-permission", "--function-name", "thumbnails",
                "--statement-id", "s3-uploads", "--revision-id", policy.get("RevisionId").asText());
        InstalledStratus.Run gone = stratus.awslocal(server.port(), Map.of(), "lambda", "get-policy",
                "--function-name", "thumbnails");
        assertNotEquals(0, gone.exitCode());
        assertTrue(gone.output().contains("ResourceNotFoundException"), gone.output());
    }

    @Test
    void anAliasHasAPolicyOfItsOwnAndRefusesADuplicateStatement() throws Exception {
        stratus.awsJson(server, "lambda", "add-permission", "--function-name", "thumbnails", "--qualifier", "live",
                "--statement-id", "events", "--action", "lambda:InvokeFunction", "--principal", "events.amazonaws.com");

        JsonNode document = JSON.readTree(stratus.awsJson(server, "lambda", "get-policy", "--function-name",
                "thumbnails:live").get("Policy").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:thumbnails:live",
                document.at("/Statement/0/Resource").asText());
        assertEquals("events.amazonaws.com", document.at("/Statement/0/Principal/Service").asText());

        InstalledStratus.Run duplicate = stratus.awslocal(server.port(), Map.of(), "lambda", "add-permission",
                "--function-name", "thumbnails", "--qualifier", "live", "--statement-id", "events",
                "--action", "lambda:InvokeFunction", "--principal", "events.amazonaws.com");
        assertNotEquals(0, duplicate.exitCode());
        assertTrue(duplicate.output().contains("ResourceConflictException")
                && duplicate.output().contains("The statement id (events) provided already exists"), duplicate.output());
    }
}
