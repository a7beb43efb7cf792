package dev.stratus.lambda.policy;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(StratusExtension.class)
class PermissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void addedStatementIsRenderedAsAwsRendersIt(LambdaClient lambda) throws Exception {
        String arn = TestFunctions.create(lambda, "s3-target", ECHO).functionArn();
        String account = arn.split(":")[4];

        String statement = lambda.addPermission(r -> r.functionName("s3-target").statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com")
                .sourceArn("arn:aws:s3:::uploads").sourceAccount(account)).statement();

        assertEquals("{\"Sid\":\"s3\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"s3.amazonaws.com\"},"
                + "\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + arn + "\",\"Condition\":{"
                + "\"StringEquals\":{\"AWS:SourceAccount\":\"" + account + "\"},"
                + "\"ArnLike\":{\"AWS:SourceArn\":\"arn:aws:s3:::uploads\"}}}", statement);
        JsonNode policy = JSON.readTree(lambda.getPolicy(r -> r.functionName("s3-target")).policy());
        assertEquals("2012-10-17", policy.get("Version").asText());
        assertEquals("default", policy.get("Id").asText());
        assertEquals(JSON.readTree(statement), policy.get("Statement").get(0));
    }

    @Test
    void principalsAndConditionsTakeTheirPolicyForms(LambdaClient lambda) throws Exception {
        TestFunctions.create(lambda, "shared", ECHO);

        lambda.addPermission(r -> r.functionName("shared").statementId("account").action("lambda:GetFunction")
                .principal("111122223333"));
        lambda.addPermission(r -> r.functionName("shared").statementId("org").action("lambda:InvokeFunction")
                .principal("*").principalOrgID("o-a1b2c3d4e5"));
        lambda.addPermission(r -> r.functionName("shared").statementId("url").action("lambda:InvokeFunctionUrl")
                .principal("*").functionUrlAuthType("NONE"));

        JsonNode statements = JSON.readTree(lambda.getPolicy(r -> r.functionName("shared")).policy()).get("Statement");
        assertEquals("arn:aws:iam::111122223333:root", statements.get(0).get("Principal").get("AWS").asText());
        assertEquals("*", statements.get(1).get("Principal").asText());
        assertEquals("o-a1b2c3d4e5", statements.get(1).get("Condition").get("StringEquals").get("aws:PrincipalOrgID").asText());
        assertEquals("NONE", statements.get(2).get("Condition").get("StringEquals").get("lambda:FunctionUrlAuthType").asText());
    }

    @Test
    void removedStatementLeavesTheOthers(LambdaClient lambda) throws Exception {
        TestFunctions.create(lambda, "pruned", ECHO);
        lambda.addPermission(r -> r.functionName("pruned").statementId("one").action("lambda:InvokeFunction")
                .principal("sns.amazonaws.com"));
        lambda.addPermission(r -> r.functionName("pruned").statementId("two").action("lambda:InvokeFunction")
                .principal("events.amazonaws.com"));

        lambda.removePermission(r -> r.functionName("pruned").statementId("one"));

        JsonNode statements = JSON.readTree(lambda.getPolicy(r -> r.functionName("pruned")).policy()).get("Statement");
        assertEquals(1, statements.size());
        assertEquals("two", statements.get(0).get("Sid").asText());
    }

    @Test
    void functionWithoutPolicyHasNone(LambdaClient lambda) {
        TestFunctions.create(lambda, "closed", ECHO);

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getPolicy(r -> r.functionName("closed")));

        assertEquals("The resource you requested does not exist.", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void duplicateStatementIdIsAConflict(LambdaClient lambda) {
        TestFunctions.create(lambda, "twice", ECHO);
        lambda.addPermission(r -> r.functionName("twice").statementId("same").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> lambda.addPermission(r -> r.functionName("twice").statementId("same")
                        .action("lambda:InvokeFunction").principal("sns.amazonaws.com")));

        assertEquals("The statement id (same) provided already exists. Please provide a new statement id, "
                + "or remove the existing statement.", conflict.awsErrorDetails().errorMessage());
    }

    @Test
    void removingFromAFunctionWithoutPolicyIsNotFound(LambdaClient lambda) {
        TestFunctions.create(lambda, "no-policy", ECHO);

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.removePermission(r -> r.functionName("no-policy").statementId("nope")));

        assertEquals("No policy is associated with the given resource.", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void removingAnUnknownStatementIsNotFound(LambdaClient lambda) {
        TestFunctions.create(lambda, "unknown-sid", ECHO);
        lambda.addPermission(r -> r.functionName("unknown-sid").statementId("known").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.removePermission(r -> r.functionName("unknown-sid").statementId("nope")));

        assertEquals("Statement nope is not found in resource policy.", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void staleRevisionIdIsRefusedAndTheCurrentOneAccepted(LambdaClient lambda) {
        String before = TestFunctions.create(lambda, "revised", ECHO).revisionId();
        lambda.addPermission(r -> r.functionName("revised").statementId("first").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com").revisionId(before));

        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> lambda.addPermission(r -> r.functionName("revised").statementId("second")
                        .action("lambda:InvokeFunction").principal("s3.amazonaws.com").revisionId(before)));

        assertEquals("The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias "
                + "API to retrieve the latest Revision Id", stale.awsErrorDetails().errorMessage());
        GetPolicyResponse policy = lambda.getPolicy(r -> r.functionName("revised"));
        assertNotEquals(before, policy.revisionId());
        assertEquals(policy.revisionId(), lambda.getFunctionConfiguration(r -> r.functionName("revised")).revisionId());
        lambda.removePermission(r -> r.functionName("revised").statementId("first").revisionId(policy.revisionId()));
    }

    @Test
    void versionsAndAliasesHavePoliciesOfTheirOwn(LambdaClient lambda) throws Exception {
        String arn = TestFunctions.create(lambda, "layered", ECHO).functionArn();
        lambda.publishVersion(r -> r.functionName("layered"));
        lambda.createAlias(r -> r.functionName("layered").name("live").functionVersion("1"));

        lambda.addPermission(r -> r.functionName("layered").qualifier("1").statementId("v1")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com"));
        lambda.addPermission(r -> r.functionName("layered:live").statementId("alias")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com"));

        JsonNode version = JSON.readTree(lambda.getPolicy(r -> r.functionName("layered").qualifier("1")).policy());
        JsonNode alias = JSON.readTree(lambda.getPolicy(r -> r.functionName("layered").qualifier("live")).policy());
        assertEquals(arn + ":1", version.get("Statement").get(0).get("Resource").asText());
        assertEquals(arn + ":live", alias.get("Statement").get(0).get("Resource").asText());
        assertThrows(ResourceNotFoundException.class, () -> lambda.getPolicy(r -> r.functionName("layered")));
    }

    @Test
    void unqualifiedPolicyIsTheLatestVersions(LambdaClient lambda) {
        TestFunctions.create(lambda, "latest-shared", ECHO);
        lambda.addPermission(r -> r.functionName("latest-shared").statementId("s").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));

        assertEquals(lambda.getPolicy(r -> r.functionName("latest-shared")).policy(),
                lambda.getPolicy(r -> r.functionName("latest-shared").qualifier("$LATEST")).policy());
    }

    @Test
    void unknownQualifierIsNotFound(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "unqualified-only", ECHO).functionArn();

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.addPermission(r -> r.functionName("unqualified-only").qualifier("staging")
                        .statementId("s").action("lambda:InvokeFunction").principal("s3.amazonaws.com")));

        assertEquals("Function not found: " + arn + ":staging", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void latestCannotHaveAPolicy(LambdaClient lambda) {
        TestFunctions.create(lambda, "latest-policy", ECHO);

        InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class,
                () -> lambda.addPermission(r -> r.functionName("latest-policy").qualifier("$LATEST")
                        .statementId("s").action("lambda:InvokeFunction").principal("s3.amazonaws.com")));

        assertEquals("We currently do not support adding policies for $LATEST.", refused.awsErrorDetails().errorMessage());
    }

    @Test
    void malformedActionFailsValidation(LambdaClient lambda) {
        TestFunctions.create(lambda, "bad-action", ECHO);

        LambdaException invalid = assertThrows(LambdaException.class,
                () -> lambda.addPermission(r -> r.functionName("bad-action").statementId("s")
                        .action("s3:GetObject").principal("s3.amazonaws.com")));

        assertEquals("ValidationException", invalid.awsErrorDetails().errorCode());
        assertEquals("1 validation error detected: Value 's3:GetObject' at 'action' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])",
                invalid.awsErrorDetails().errorMessage());
    }

    @Test
    void deletedFunctionTakesItsPolicyAlong(LambdaClient lambda) {
        TestFunctions.create(lambda, "recreated", ECHO);
        lambda.addPermission(r -> r.functionName("recreated").statementId("s").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));

        lambda.deleteFunction(r -> r.functionName("recreated"));
        TestFunctions.create(lambda, "recreated", ECHO);

        assertThrows(ResourceNotFoundException.class, () -> lambda.getPolicy(r -> r.functionName("recreated")));
    }
}
