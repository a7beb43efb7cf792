package dev.stratus.lambda.url;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AddPermissionResponse;
import software.amazon.awssdk.services.lambda.model.Cors;
import software.amazon.awssdk.services.lambda.model.CreateFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.FunctionUrlConfig;
import software.amazon.awssdk.services.lambda.model.GetFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvokeMode;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListFunctionUrlConfigsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionUrlConfigResponse;

@ExtendWith(StratusExtension.class)
class FunctionUrlConfigTest {

    @Test
    void createdUrlIsReturnedByGet(LambdaClient lambda) {
        String arn = TestFunctions.create(lambda, "url-get", ECHO).functionArn();

        CreateFunctionUrlConfigResponse created = lambda.createFunctionUrlConfig(r -> r.functionName("url-get")
                .authType(FunctionUrlAuthType.NONE)
                .cors(Cors.builder().allowOrigins("https://example.com").allowMethods("GET").maxAge(60).build()));
        GetFunctionUrlConfigResponse read = lambda.getFunctionUrlConfig(r -> r.functionName("url-get"));

        assertTrue(created.functionUrl().matches("http://[a-z0-9]{32}\\.lambda-url\\.us-east-1\\.localhost:\\d+/"),
                created.functionUrl());
        assertEquals(arn, created.functionArn());
        assertEquals(InvokeMode.BUFFERED, created.invokeMode());
        assertEquals(created.functionUrl(), read.functionUrl());
        assertEquals(FunctionUrlAuthType.NONE, read.authType());
        assertEquals(List.of("https://example.com"), read.cors().allowOrigins());
        assertEquals(60, read.cors().maxAge());
        assertNotNull(read.creationTime());
        assertNotNull(read.lastModifiedTime());
    }

    @Test
    void aSecondUrlForTheSameFunctionConflicts(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-twice", ECHO);
        lambda.createFunctionUrlConfig(r -> r.functionName("url-twice").authType(FunctionUrlAuthType.NONE));

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> lambda.createFunctionUrlConfig(r -> r.functionName("url-twice").authType(FunctionUrlAuthType.NONE)));

        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.awsErrorDetails().errorMessage().contains("FunctionUrlConfig exists for this Lambda function"));
    }

    @Test
    void updateChangesAuthTypeAndKeepsTheUrl(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-update", ECHO);
        String url = lambda.createFunctionUrlConfig(r -> r.functionName("url-update")
                .authType(FunctionUrlAuthType.NONE)).functionUrl();

        UpdateFunctionUrlConfigResponse updated = lambda.updateFunctionUrlConfig(r -> r.functionName("url-update")
                .authType(FunctionUrlAuthType.AWS_IAM).invokeMode(InvokeMode.RESPONSE_STREAM));

        assertEquals(url, updated.functionUrl());
        assertEquals(FunctionUrlAuthType.AWS_IAM, updated.authType());
        assertEquals(InvokeMode.RESPONSE_STREAM, updated.invokeMode());
    }

    @Test
    void aFunctionCreatedAgainUnderADeletedOnesNameHasNoUrl(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-recreated", ECHO);
        lambda.createFunctionUrlConfig(r -> r.functionName("url-recreated").authType(FunctionUrlAuthType.NONE));
        lambda.deleteFunction(r -> r.functionName("url-recreated"));
        TestFunctions.create(lambda, "url-recreated", ECHO);

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunctionUrlConfig(r -> r.functionName("url-recreated")));

        assertEquals(404, missing.statusCode());
        assertTrue(lambda.listFunctionUrlConfigs(r -> r.functionName("url-recreated")).functionUrlConfigs().isEmpty());
    }

    @Test
    void deletedUrlIsNotFound(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-delete", ECHO);
        lambda.createFunctionUrlConfig(r -> r.functionName("url-delete").authType(FunctionUrlAuthType.NONE));

        lambda.deleteFunctionUrlConfig(r -> r.functionName("url-delete"));

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getFunctionUrlConfig(r -> r.functionName("url-delete")));
        assertEquals("The resource you requested does not exist.", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void listShowsTheFunctionsUrlAndItsAliasesUrls(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-list", ECHO);
        String version = lambda.publishVersion(r -> r.functionName("url-list")).version();
        lambda.createAlias(r -> r.functionName("url-list").name("live").functionVersion(version));
        lambda.createFunctionUrlConfig(r -> r.functionName("url-list").authType(FunctionUrlAuthType.NONE));
        lambda.createFunctionUrlConfig(r -> r.functionName("url-list").qualifier("live")
                .authType(FunctionUrlAuthType.AWS_IAM));

        List<FunctionUrlConfig> urls = lambda.listFunctionUrlConfigs(r -> r.functionName("url-list"))
                .functionUrlConfigs();

        assertEquals(2, urls.size());
        assertTrue(urls.get(1).functionArn().endsWith(":function:url-list:live"), urls.get(1).functionArn());
        assertEquals(FunctionUrlAuthType.AWS_IAM, urls.get(1).authType());
    }

    @Test
    void theListIsPagedWithMarkerAndMaxItems(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-pages", ECHO);
        String version = lambda.publishVersion(r -> r.functionName("url-pages")).version();
        lambda.createFunctionUrlConfig(r -> r.functionName("url-pages").authType(FunctionUrlAuthType.NONE));
        for (String alias : List.of("a", "b")) {
            lambda.createAlias(r -> r.functionName("url-pages").name(alias).functionVersion(version));
            lambda.createFunctionUrlConfig(r -> r.functionName("url-pages").qualifier(alias)
                    .authType(FunctionUrlAuthType.NONE));
        }

        ListFunctionUrlConfigsResponse first = lambda.listFunctionUrlConfigs(r -> r.functionName("url-pages").maxItems(2));
        ListFunctionUrlConfigsResponse second = lambda.listFunctionUrlConfigs(r -> r.functionName("url-pages")
                .maxItems(2).marker(first.nextMarker()));
        LambdaException tooMany = assertThrows(LambdaException.class, () -> lambda.listFunctionUrlConfigs(r -> r
                .functionName("url-pages").maxItems(51)));

        assertEquals(2, first.functionUrlConfigs().size());
        assertEquals(1, second.functionUrlConfigs().size());
        assertTrue(second.functionUrlConfigs().get(0).functionArn().endsWith(":function:url-pages:b"));
        assertNull(second.nextMarker());
        assertEquals("ValidationException", tooMany.awsErrorDetails().errorCode());
    }

    @Test
    void aVersionNumberIsNotAValidQualifier(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-version", ECHO);

        LambdaException refused = assertThrows(LambdaException.class,
                () -> lambda.createFunctionUrlConfig(r -> r.functionName("url-version").qualifier("1")
                        .authType(FunctionUrlAuthType.NONE)));

        assertEquals(400, refused.statusCode());
        assertEquals("ValidationException", refused.awsErrorDetails().errorCode());
    }

    @Test
    void anUnknownAliasIsNotFound(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-alias", ECHO);

        assertThrows(ResourceNotFoundException.class,
                () -> lambda.createFunctionUrlConfig(r -> r.functionName("url-alias").qualifier("nope")
                        .authType(FunctionUrlAuthType.NONE)));
    }

    @Test
    void aPermissionForPublicUrlsIsAccepted(LambdaClient lambda) {
        TestFunctions.create(lambda, "url-permission", ECHO);

        AddPermissionResponse added = lambda.addPermission(r -> r.functionName("url-permission")
                .statementId("public-url").action("lambda:InvokeFunctionUrl").principal("*")
                .functionUrlAuthType(FunctionUrlAuthType.NONE));

        assertTrue(added.statement().contains("\"lambda:FunctionUrlAuthType\":\"NONE\""), added.statement());
    }
}
