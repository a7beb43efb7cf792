package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A function's resource policy through {@code bin/awslocal} and the real AWS CLI v2: add-permission as a
 * deployment tool grants an S3 bucket and an alias, get-policy, remove-permission, and the CLI's view of
 * AWS's conflict and not-found errors.
 */
@InstalledDistribution
class LambdaPermissionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void createFunctionWithAlias(RunningStratus stratus) throws Exception {
        stratus.createNodeFunction("thumbnails", "exports.handler = async (event) => event;",
                "--publish");
        stratus.awsJson("lambda", "create-alias", "--function-name", "thumbnails", "--name", "live",
                "--function-version", "1");
    }

    @Test
    void permissionsAreAddedReadAndRemoved(RunningStratus stratus) throws Exception {
        JsonNode added = stratus.awsJson("lambda", "add-permission", "--function-name", "thumbnails",
                "--statement-id", "s3-uploads", "--action", "lambda:InvokeFunction", "--principal", "s3.amazonaws.com",
                "--source-arn", "arn:aws:s3:::uploads", "--source-account", "000000000000");
        JsonNode statement = JSON.readTree(added.get("Statement").asText());
        assertEquals("s3-uploads", statement.get("Sid").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:thumbnails", statement.get("Resource").asText());
        assertEquals("arn:aws:s3:::uploads", statement.at("/Condition/ArnLike/AWS:SourceArn").asText());
        assertEquals("000000000000", statement.at("/Condition/StringEquals/AWS:SourceAccount").asText());

        JsonNode policy = stratus.awsJson("lambda", "get-policy", "--function-name", "thumbnails");
        JsonNode document = JSON.readTree(policy.get("Policy").asText());
        assertEquals(statement, document.get("Statement").get(0));
        assertEquals(policy.get("RevisionId").asText(), stratus.awsJson("lambda", "get-function-configuration",
                "--function-name", "thumbnails").get("RevisionId").asText());

        stratus.awsJson("lambda", "remove-permission", "--function-name", "thumbnails",
                "--statement-id", "s3-uploads", "--revision-id", policy.get("RevisionId").asText());
        InstalledStratus.Run gone = stratus.awslocal("lambda", "get-policy",
                "--function-name", "thumbnails");
        assertNotEquals(0, gone.exitCode());
        assertTrue(gone.output().contains("ResourceNotFoundException"), gone.output());
    }

    @Test
    void anAliasHasAPolicyOfItsOwnAndRefusesADuplicateStatement(RunningStratus stratus) throws Exception {
        stratus.awsJson("lambda", "add-permission", "--function-name", "thumbnails", "--qualifier", "live",
                "--statement-id", "events", "--action", "lambda:InvokeFunction", "--principal", "events.amazonaws.com");

        JsonNode document = JSON.readTree(stratus.awsJson("lambda", "get-policy", "--function-name",
                "thumbnails:live").get("Policy").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:thumbnails:live",
                document.at("/Statement/0/Resource").asText());
        assertEquals("events.amazonaws.com", document.at("/Statement/0/Principal/Service").asText());

        InstalledStratus.Run duplicate = stratus.awslocal("lambda", "add-permission",
                "--function-name", "thumbnails", "--qualifier", "live", "--statement-id", "events",
                "--action", "lambda:InvokeFunction", "--principal", "events.amazonaws.com");
        assertNotEquals(0, duplicate.exitCode());
        assertTrue(duplicate.output().contains("ResourceConflictException")
                && duplicate.output().contains("The statement id (events) provided already exists"), duplicate.output());
    }
}
