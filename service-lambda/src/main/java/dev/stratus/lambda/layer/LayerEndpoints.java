package dev.stratus.lambda.layer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.Runtimes;
import dev.stratus.lambda.rest.JsonMembers;
import dev.stratus.lambda.rest.Paging;
import dev.stratus.lambda.rest.ZipUpload;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** The layer operations of the Lambda API. */
@Singleton
public class LayerEndpoints implements LambdaRoutes {

    private static final String LAYERS = "/2018-10-31/layers";
    private static final String VERSIONS = LAYERS + "/{LayerName}/versions";
    private static final String VERSION = VERSIONS + "/{VersionNumber}";
    private static final String POLICY = VERSION + "/policy";
    private static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");

    private final Layers layers;
    private final LayerJson json;

    @Inject
    LayerEndpoints(Layers layers, LayerJson json) {
        this.layers = layers;
        this.json = json;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("GET", LAYERS, "ListLayers", this::listLayersOrFind)
                .route("POST", VERSIONS, "PublishLayerVersion", this::publishLayerVersion)
                .route("GET", VERSIONS, "ListLayerVersions", this::listLayerVersions)
                .route("GET", VERSION, "GetLayerVersion", this::getLayerVersion)
                .route("DELETE", VERSION, "DeleteLayerVersion", this::deleteLayerVersion)
                .route("POST", POLICY, "AddLayerVersionPermission", this::addLayerVersionPermission)
                .route("GET", POLICY, "GetLayerVersionPolicy", this::getLayerVersionPolicy)
                .route("DELETE", POLICY + "/{StatementId}", "RemoveLayerVersionPermission",
                        this::removeLayerVersionPermission);
    }

    /** ListLayers and GetLayerVersionByArn share a path; {@code find=LayerVersion} tells the second. */
    private ServiceResponse listLayersOrFind(RestRequest request) {
        if (request.query("find").filter("LayerVersion"::equals).isPresent()) {
            return getLayerVersionByArn(request);
        }
        RequestContext context = request.context();
        List<LayerVersion> latest = layers.latestMatching(context.accountId(), context.region(),
                runtimeFilter(request), architectureFilter(request));
        Paging<LayerVersion> page = Paging.of(request, latest, LayerVersion::layerName);
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("Layers");
        page.items().forEach(version -> items.add(
                json.layer(new LayerId(context.accountId(), context.region(), version.layerName()), version)));
        putNextMarker(response, page);
        return request.respond(200, response);
    }

    private ServiceResponse getLayerVersionByArn(RestRequest request) {
        String text = request.query("Arn")
                .orElseThrow(() -> LambdaErrors.validation("null", "arn", "Member must not be null"));
        LayerVersionArn arn = LayerVersionArn.parse(text).orElseThrow(() -> LambdaErrors.validation("'" + text + "'",
                "arn", "Member must satisfy regular expression pattern: " + LayerVersionArn.PATTERN_TEXT));
        return request.respond(200, json.version(arn.layer(), layers.get(arn)));
    }

    private ServiceResponse publishLayerVersion(RestRequest request) {
        ZipUpload.checkRequestSize(request);
        LayerId layer = layer(request);
        JsonNode body = request.json();
        JsonNode content = JsonMembers.object(body, "Content");
        if (content == null) {
            throw LambdaErrors.validation("null", "content", "Member must not be null");
        }
        String description = JsonMembers.text(body, "Description");
        if (description != null && description.length() > 256) {
            throw LambdaErrors.validation("'" + description + "'", "description",
                    "Member must have length less than or equal to 256");
        }
        String license = JsonMembers.text(body, "LicenseInfo");
        if (license != null && license.length() > 512) {
            throw LambdaErrors.validation("'" + license + "'", "licenseInfo",
                    "Member must have length less than or equal to 512");
        }
        List<String> runtimes = orEmpty(JsonMembers.strings(body, "CompatibleRuntimes"));
        checkRuntimes(runtimes);
        List<String> architectures = orEmpty(JsonMembers.strings(body, "CompatibleArchitectures"));
        checkArchitectures(architectures);
        LayerVersion published = layers.publish(layer, ZipUpload.zipOf(content), description, runtimes, architectures,
                license);
        return request.respond(201, json.version(layer, published));
    }

    private ServiceResponse listLayerVersions(RestRequest request) {
        LayerId layer = layer(request);
        List<LayerVersion> versions = layers.versions(layer, runtimeFilter(request), architectureFilter(request));
        Paging<LayerVersion> page = Paging.of(request, versions, version -> Long.toString(version.version()));
        ObjectNode response = request.mapper().createObjectNode();
        ArrayNode items = response.putArray("LayerVersions");
        page.items().forEach(version -> items.add(json.listItem(layer, version)));
        putNextMarker(response, page);
        return request.respond(200, response);
    }

    private ServiceResponse getLayerVersion(RestRequest request) {
        LayerVersionArn arn = versionArn(request);
        return request.respond(200, json.version(arn.layer(), layers.get(arn)));
    }

    private ServiceResponse deleteLayerVersion(RestRequest request) {
        layers.delete(versionArn(request));
        return ServiceResponse.empty(204);
    }

    private ServiceResponse addLayerVersionPermission(RestRequest request) {
        LayerVersionArn arn = versionArn(request);
        JsonNode body = request.json();
        LayerPolicy.Statement statement = LayerPermissionRequest.statement(body);
        LayerPolicy policy = layers.addPermission(arn, statement, request.query("RevisionId").orElse(null));
        ObjectNode response = request.mapper().createObjectNode();
        response.put("Statement", json.statement(arn, statement).toString());
        response.put("RevisionId", policy.revisionId());
        return request.respond(201, response);
    }

    private ServiceResponse getLayerVersionPolicy(RestRequest request) {
        LayerVersionArn arn = versionArn(request);
        LayerPolicy policy = layers.policy(arn);
        ObjectNode response = request.mapper().createObjectNode();
        response.put("Policy", json.policy(arn, policy));
        response.put("RevisionId", policy.revisionId());
        return request.respond(200, response);
    }

    private ServiceResponse removeLayerVersionPermission(RestRequest request) {
        layers.removePermission(versionArn(request), request.pathParam("StatementId"),
                request.query("RevisionId").orElse(null));
        return ServiceResponse.empty(204);
    }

    private static LayerId layer(RestRequest request) {
        RequestContext context = request.context();
        return LayerId.locate(request.pathParam("LayerName"), context.accountId(), context.region());
    }

    private static LayerVersionArn versionArn(RestRequest request) {
        String number = request.pathParam("VersionNumber");
        try {
            return layer(request).version(Long.parseLong(number));
        } catch (NumberFormatException e) {
            throw LambdaErrors.invalidParameter("Invalid version number: " + number);
        }
    }

    private static String runtimeFilter(RestRequest request) {
        String runtime = request.query("CompatibleRuntime").orElse(null);
        if (runtime != null && !Runtimes.isKnown(runtime)) {
            throw LambdaErrors.validation("'" + runtime + "'", "compatibleRuntime",
                    "Member must satisfy enum value set: " + Runtimes.known());
        }
        return runtime;
    }

    private static String architectureFilter(RestRequest request) {
        String architecture = request.query("CompatibleArchitecture").orElse(null);
        if (architecture != null && !ARCHITECTURES.contains(architecture)) {
            throw LambdaErrors.validation("'" + architecture + "'", "compatibleArchitecture",
                    "Member must satisfy enum value set: " + ARCHITECTURES);
        }
        return architecture;
    }

    private static void checkRuntimes(List<String> runtimes) {
        if (runtimes.size() > 15) {
            throw LambdaErrors.validation("'" + runtimes + "'", "compatibleRuntimes",
                    "Member must have length less than or equal to 15");
        }
        if (!runtimes.stream().allMatch(Runtimes::isKnown)) {
            throw LambdaErrors.validation("'" + runtimes + "'", "compatibleRuntimes",
                    "Member must satisfy constraint: [Member must satisfy enum value set: " + Runtimes.known() + "]");
        }
    }

    private static void checkArchitectures(List<String> architectures) {
        if (architectures.size() > 2) {
            throw LambdaErrors.validation("'" + architectures + "'", "compatibleArchitectures",
                    "Member must have length less than or equal to 2");
        }
        if (!ARCHITECTURES.containsAll(architectures)) {
            throw LambdaErrors.validation("'" + architectures + "'", "compatibleArchitectures",
                    "Member must satisfy constraint: [Member must satisfy enum value set: " + ARCHITECTURES + "]");
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static void putNextMarker(ObjectNode response, Paging<?> page) {
        if (page.nextMarker() != null) {
            response.put("NextMarker", page.nextMarker());
        }
    }
}
