package dev.stratus.lambda.signing;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfig;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.GetFunctionCodeSigningConfigResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(StratusExtension.class)
class CodeSigningConfigsTest {

    private static final String PROFILE = "arn:aws:signer:us-east-1:123456789012:/signing-profiles/builds/abcdef1234";

    @Test
    void createdConfigIsReadUpdatedListedAndDeleted(LambdaClient lambda) {
        CodeSigningConfig created = create(lambda, "builds");

        assertTrue(created.codeSigningConfigId().matches("csc-[a-z0-9]{17}"), created.codeSigningConfigId());
        assertTrue(created.codeSigningConfigArn().endsWith(":code-signing-config:" + created.codeSigningConfigId()));
        assertEquals(List.of(PROFILE), created.allowedPublishers().signingProfileVersionArns());
        assertEquals(CodeSigningPolicy.WARN, created.codeSigningPolicies().untrustedArtifactOnDeployment());
        String arn = created.codeSigningConfigArn();
        CodeSigningConfig updated = lambda.updateCodeSigningConfig(r -> r.codeSigningConfigArn(arn)
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment(CodeSigningPolicy.ENFORCE))).codeSigningConfig();
        assertEquals(CodeSigningPolicy.ENFORCE, updated.codeSigningPolicies().untrustedArtifactOnDeployment());
        assertEquals("builds", lambda.getCodeSigningConfig(r -> r.codeSigningConfigArn(arn)).codeSigningConfig().description());
        assertTrue(lambda.listCodeSigningConfigs(r -> { }).codeSigningConfigs().stream()
                .anyMatch(config -> config.codeSigningConfigArn().equals(arn)));

        lambda.deleteCodeSigningConfig(r -> r.codeSigningConfigArn(arn));

        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getCodeSigningConfig(r -> r.codeSigningConfigArn(arn)));
        assertEquals("The Lambda code signing configuration " + arn + " can not be found.",
                gone.awsErrorDetails().errorMessage());
    }

    @Test
    void functionIsAttachedListedAndDetached(LambdaClient lambda) {
        String functionArn = TestFunctions.create(lambda, "signed", ECHO).functionArn();
        String arn = create(lambda, "signed functions").codeSigningConfigArn();

        lambda.putFunctionCodeSigningConfig(r -> r.functionName("signed").codeSigningConfigArn(arn));

        GetFunctionCodeSigningConfigResponse attached = lambda.getFunctionCodeSigningConfig(r -> r.functionName("signed"));
        assertEquals(arn, attached.codeSigningConfigArn());
        assertEquals("signed", attached.functionName());
        assertEquals(List.of(functionArn),
                lambda.listFunctionsByCodeSigningConfig(r -> r.codeSigningConfigArn(arn)).functionArns());
        lambda.deleteFunctionCodeSigningConfig(r -> r.functionName("signed"));
        assertNull(lambda.getFunctionCodeSigningConfig(r -> r.functionName("signed")).codeSigningConfigArn());
        assertTrue(lambda.listFunctionsByCodeSigningConfig(r -> r.codeSigningConfigArn(arn)).functionArns().isEmpty());
    }

    @Test
    void functionCreatedWithAConfigIsAttachedToIt(LambdaClient lambda) {
        String arn = create(lambda, "from creation").codeSigningConfigArn();

        lambda.createFunction(TestFunctions.node("signed-at-birth", ECHO).codeSigningConfigArn(arn).build());

        assertEquals(arn, lambda.getFunctionCodeSigningConfig(r -> r.functionName("signed-at-birth")).codeSigningConfigArn());
    }

    @Test
    void functionWithoutConfigAnswersAnEmptyStructure(LambdaClient lambda) {
        TestFunctions.create(lambda, "unsigned", ECHO);

        GetFunctionCodeSigningConfigResponse none = lambda.getFunctionCodeSigningConfig(r -> r.functionName("unsigned"));

        assertNull(none.codeSigningConfigArn());
    }

    @Test
    void unknownFunctionHasNoConfig(LambdaClient lambda) {
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunctionCodeSigningConfig(r -> r.functionName("nowhere")));

        assertTrue(missing.awsErrorDetails().errorMessage().startsWith("Function not found: arn:aws:lambda:us-east-1:"));
    }

    @Test
    void attachingAnUnknownConfigIsRefused(LambdaClient lambda) {
        String account = TestFunctions.create(lambda, "orphan", ECHO).functionArn().split(":")[4];
        String arn = "arn:aws:lambda:us-east-1:" + account + ":code-signing-config:csc-0123456789abcdef0";

        CodeSigningConfigNotFoundException missing = assertThrows(CodeSigningConfigNotFoundException.class,
                () -> lambda.putFunctionCodeSigningConfig(r -> r.functionName("orphan").codeSigningConfigArn(arn)));

        assertEquals("The code signing configuration cannot be found. Check that the provided configuration is not "
                + "deleted: " + arn + ".", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void tagsAreSetOnCreationAndListedByArnUntilTheConfigIsDeleted(LambdaClient lambda) {
        String arn = lambda.createCodeSigningConfig(r -> r.allowedPublishers(p -> p.signingProfileVersionArns(PROFILE))
                .tags(Map.of("owner", "security"))).codeSigningConfig().codeSigningConfigArn();

        lambda.tagResource(r -> r.resource(arn).tags(Map.of("stage", "test")));

        assertEquals(Map.of("owner", "security", "stage", "test"), lambda.listTags(r -> r.resource(arn)).tags());
        lambda.deleteCodeSigningConfig(r -> r.codeSigningConfigArn(arn));
        assertThrows(ResourceNotFoundException.class, () -> lambda.listTags(r -> r.resource(arn)));
    }

    private static CodeSigningConfig create(LambdaClient lambda, String description) {
        return lambda.createCodeSigningConfig(r -> r.description(description)
                .allowedPublishers(p -> p.signingProfileVersionArns(PROFILE))).codeSigningConfig();
    }
}
