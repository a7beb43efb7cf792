package dev.stratus.lambda.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AddLayerVersionPermissionResponse;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionByArnResponse;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LayerVersionsListItem;
import software.amazon.awssdk.services.lambda.model.LayersListItem;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

@ExtendWith(StratusExtension.class)
class LayerApiTest {

    private static final byte[] CONTENT = TestZips.of("nodejs/node_modules/greeter/index.js",
            "module.exports = () => 'hello';");

    @Test
    void aPublishedVersionIsReadByNameAndByArn(LambdaClient lambda) throws Exception {
        PublishLayerVersionResponse published = publish(lambda, "readable", Runtime.NODEJS20_X);

        GetLayerVersionResponse byName = lambda.getLayerVersion(r -> r.layerName("readable").versionNumber(1L));
        GetLayerVersionByArnResponse byArn = lambda.getLayerVersionByArn(r -> r.arn(published.layerVersionArn()));

        assertEquals(1L, published.version());
        assertTrue(published.layerVersionArn().matches("arn:aws:lambda:us-east-1:\\d{12}:layer:readable:1"));
        assertEquals(published.layerArn() + ":1", published.layerVersionArn());
        assertEquals(published.layerVersionArn(), byName.layerVersionArn());
        assertEquals("a layer", byName.description());
        assertEquals(List.of(Runtime.NODEJS20_X), byName.compatibleRuntimes());
        assertEquals(List.of(Architecture.X86_64), byName.compatibleArchitectures());
        assertEquals("MIT", byName.licenseInfo());
        assertEquals(CONTENT.length, byName.content().codeSize());
        assertEquals(published.content().codeSha256(), byName.content().codeSha256());
        assertEquals(published.layerVersionArn(), byArn.layerVersionArn());
        assertEquals(published.createdDate(), byArn.createdDate());
        assertEquals(published.content().codeSha256(), byArn.content().codeSha256());
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(byName.content().location())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals(CONTENT.length, download.body().length);
    }

    @Test
    void versionsAreListedNewestFirstAndFilteredByRuntime(LambdaClient lambda) {
        publish(lambda, "listed", Runtime.NODEJS20_X);
        publish(lambda, "listed", Runtime.PYTHON3_12);
        publish(lambda, "listed", Runtime.NODEJS20_X);

        List<LayerVersionsListItem> all = lambda.listLayerVersions(r -> r.layerName("listed")).layerVersions();
        List<LayerVersionsListItem> python = lambda.listLayerVersions(r -> r.layerName("listed")
                .compatibleRuntime(Runtime.PYTHON3_12)).layerVersions();
        List<LayerVersionsListItem> arm = lambda.listLayerVersions(r -> r.layerName("listed")
                .compatibleArchitecture(Architecture.ARM64)).layerVersions();

        assertEquals(List.of(3L, 2L, 1L), all.stream().map(LayerVersionsListItem::version).toList());
        assertEquals(List.of(2L), python.stream().map(LayerVersionsListItem::version).toList());
        assertTrue(arm.isEmpty());
    }

    @Test
    void listLayersShowsEachLayerWithItsNewestMatchingVersion(LambdaClient lambda) {
        publish(lambda, "first-layer", Runtime.PYTHON3_12);
        publish(lambda, "first-layer", Runtime.NODEJS20_X);
        publish(lambda, "second-layer", Runtime.NODEJS20_X);

        List<LayersListItem> all = ofThisTest(lambda.listLayers().layers());
        List<LayersListItem> python = ofThisTest(lambda.listLayers(r -> r.compatibleRuntime(Runtime.PYTHON3_12)).layers());
        List<LayersListItem> paged = ofThisTest(lambda.listLayersPaginator(r -> r.maxItems(1)).layers().stream().toList());

        assertEquals(List.of("first-layer", "second-layer"), all.stream().map(LayersListItem::layerName).toList());
        assertEquals(2L, all.get(0).latestMatchingVersion().version());
        assertEquals(List.of("first-layer"), python.stream().map(LayersListItem::layerName).toList());
        assertEquals(1L, python.get(0).latestMatchingVersion().version());
        assertEquals(all, paged);
        assertEquals(1, lambda.listLayers(r -> r.maxItems(1)).layers().size());
    }

    @Test
    void aDeletedVersionIsGoneAndItsNumberNotGivenAgain(LambdaClient lambda) {
        publish(lambda, "deleted", Runtime.NODEJS20_X);

        lambda.deleteLayerVersion(r -> r.layerName("deleted").versionNumber(1L));
        lambda.deleteLayerVersion(r -> r.layerName("deleted").versionNumber(1L));

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getLayerVersion(r -> r.layerName("deleted").versionNumber(1L)));
        assertEquals("The resource you requested does not exist.", missing.awsErrorDetails().errorMessage());
        assertEquals(2L, publish(lambda, "deleted", Runtime.NODEJS20_X).version());
    }

    @Test
    void permissionsMakeAPolicyDocument(LambdaClient lambda) throws Exception {
        publish(lambda, "shared", Runtime.NODEJS20_X);

        AddLayerVersionPermissionResponse added = lambda.addLayerVersionPermission(r -> r.layerName("shared")
                .versionNumber(1L).statementId("one-account").action("lambda:GetLayerVersion")
                .principal("210987654321"));
        lambda.addLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L).statementId("org")
                .action("lambda:GetLayerVersion").principal("*").organizationId("o-abcdefghij"));

        String policy = lambda.getLayerVersionPolicy(r -> r.layerName("shared").versionNumber(1L)).policy();
        JsonNode document = new ObjectMapper().readTree(policy);
        assertEquals("2012-10-17", document.get("Version").asText());
        JsonNode first = document.get("Statement").get(0);
        assertEquals("one-account", first.get("Sid").asText());
        assertEquals("Allow", first.get("Effect").asText());
        assertEquals("arn:aws:iam::210987654321:root", first.get("Principal").get("AWS").asText());
        assertEquals("lambda:GetLayerVersion", first.get("Action").asText());
        assertTrue(first.get("Resource").asText().endsWith(":layer:shared:1"));
        JsonNode second = document.get("Statement").get(1);
        assertEquals("*", second.get("Principal").asText());
        assertEquals("o-abcdefghij", second.get("Condition").get("StringEquals").get("aws:PrincipalOrgID").asText());
        assertEquals(first, new ObjectMapper().readTree(added.statement()));
    }

    @Test
    void permissionConflictsAndRevisionsAreChecked(LambdaClient lambda) {
        publish(lambda, "guarded", Runtime.NODEJS20_X);
        String revision = lambda.addLayerVersionPermission(r -> r.layerName("guarded").versionNumber(1L)
                .statementId("s1").action("lambda:GetLayerVersion").principal("*")).revisionId();

        ResourceConflictException duplicate = assertThrows(ResourceConflictException.class,
                () -> lambda.addLayerVersionPermission(r -> r.layerName("guarded").versionNumber(1L)
                        .statementId("s1").action("lambda:GetLayerVersion").principal("*")));
        assertThrows(PreconditionFailedException.class, () -> lambda.removeLayerVersionPermission(r -> r
                .layerName("guarded").versionNumber(1L).statementId("s1").revisionId("not-" + revision)));
        lambda.removeLayerVersionPermission(r -> r.layerName("guarded").versionNumber(1L).statementId("s1")
                .revisionId(revision));
        ResourceNotFoundException noPolicy = assertThrows(ResourceNotFoundException.class,
                () -> lambda.getLayerVersionPolicy(r -> r.layerName("guarded").versionNumber(1L)));
        ResourceNotFoundException noStatement = assertThrows(ResourceNotFoundException.class,
                () -> lambda.removeLayerVersionPermission(r -> r.layerName("guarded").versionNumber(1L)
                        .statementId("s1")));

        assertTrue(duplicate.awsErrorDetails().errorMessage().contains("The statement id (s1) provided already exists"));
        assertEquals("No policy is associated with the given resource.", noPolicy.awsErrorDetails().errorMessage());
        assertEquals("Statement s1 is not found in resource policy.", noStatement.awsErrorDetails().errorMessage());
    }

    @Test
    void badRequestsAreRefusedAsLambdaRefusesThem(LambdaClient lambda) {
        LambdaException badName = assertThrows(LambdaException.class, () -> lambda.publishLayerVersion(r -> r
                .layerName("no spaces").content(c -> c.zipFile(SdkBytes.fromByteArray(CONTENT)))));
        LambdaException badRuntime = assertThrows(LambdaException.class, () -> lambda.publishLayerVersion(r -> r
                .layerName("fine").compatibleRuntimesWithStrings("cobol85")
                .content(c -> c.zipFile(SdkBytes.fromByteArray(CONTENT)))));
        LambdaException notAZip = assertThrows(LambdaException.class, () -> lambda.publishLayerVersion(r -> r
                .layerName("fine").content(c -> c.zipFile(SdkBytes.fromUtf8String("not a zip")))));

        assertEquals("ValidationException", badName.awsErrorDetails().errorCode());
        assertEquals("ValidationException", badRuntime.awsErrorDetails().errorCode());
        assertEquals("InvalidParameterValueException", notAZip.awsErrorDetails().errorCode());
        assertEquals(400, notAZip.statusCode());
        assertFalse(lambda.listLayers().layers().stream().anyMatch(layer -> layer.layerName().equals("fine")));
        assertNull(lambda.listLayerVersions(r -> r.layerName("fine")).nextMarker());
    }

    private static List<LayersListItem> ofThisTest(List<LayersListItem> layers) {
        return layers.stream().filter(layer -> layer.layerName().endsWith("-layer")).toList();
    }

    private static PublishLayerVersionResponse publish(LambdaClient lambda, String name, Runtime runtime) {
        return lambda.publishLayerVersion(r -> r.layerName(name).description("a layer").licenseInfo("MIT")
                .compatibleRuntimes(runtime).compatibleArchitectures(Architecture.X86_64)
                .content(c -> c.zipFile(SdkBytes.fromByteArray(CONTENT))));
    }
}
