package dev.stratus.lambda.layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.rest.CodeDownloadEndpoint;
import dev.stratus.spi.StratusEndpoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Writes layer versions and their policies in the shapes Lambda answers with. */
@Singleton
class LayerJson {

    private final ObjectMapper mapper;
    private final StratusEndpoint endpoint;

    @Inject
    LayerJson(ObjectMapper mapper, StratusEndpoint endpoint) {
        this.mapper = mapper;
        this.endpoint = endpoint;
    }

    /** PublishLayerVersion's and GetLayerVersion's answer. */
    ObjectNode version(LayerId layer, LayerVersion version) {
        ObjectNode json = mapper.createObjectNode();
        ObjectNode content = json.putObject("Content");
        content.put("Location", CodeDownloadEndpoint.location(endpoint, version.codeSha256()));
        content.put("CodeSha256", version.codeSha256());
        content.put("CodeSize", version.codeSize());
        json.put("LayerArn", layer.arn());
        putListItem(json, layer, version);
        return json;
    }

    /** An item of ListLayerVersions (and ListLayers' {@code LatestMatchingVersion}). */
    ObjectNode listItem(LayerId layer, LayerVersion version) {
        ObjectNode json = mapper.createObjectNode();
        putListItem(json, layer, version);
        return json;
    }

    /** An item of ListLayers. */
    ObjectNode layer(LayerId layer, LayerVersion latestMatching) {
        ObjectNode json = mapper.createObjectNode();
        json.put("LayerName", layer.name());
        json.put("LayerArn", layer.arn());
        json.set("LatestMatchingVersion", listItem(layer, latestMatching));
        return json;
    }

    /** The policy document, as GetLayerVersionPolicy returns it in a string. */
    String policy(LayerVersionArn arn, LayerPolicy policy) {
        ObjectNode document = mapper.createObjectNode();
        document.put("Version", "2012-10-17");
        document.put("Id", "default");
        policy.statements().forEach(statement -> document.withArray("Statement").add(statement(arn, statement)));
        return document.toString();
    }

    ObjectNode statement(LayerVersionArn arn, LayerPolicy.Statement statement) {
        ObjectNode json = mapper.createObjectNode();
        json.put("Sid", statement.sid());
        json.put("Effect", "Allow");
        if (statement.principal().matches("\\d{12}")) {
            json.putObject("Principal").put("AWS", "arn:aws:iam::" + statement.principal() + ":root");
        } else if (statement.principal().equals("*")) {
            json.put("Principal", "*");
        } else {
            json.putObject("Principal").put("AWS", statement.principal());
        }
        json.put("Action", statement.action());
        json.put("Resource", arn.toString());
        if (statement.organizationId() != null) {
            json.putObject("Condition").putObject("StringEquals").put("aws:PrincipalOrgID", statement.organizationId());
        }
        return json;
    }

    private void putListItem(ObjectNode json, LayerId layer, LayerVersion version) {
        json.put("LayerVersionArn", layer.version(version.version()).toString());
        json.put("Version", version.version());
        json.put("Description", version.description());
        json.put("CreatedDate", version.createdDate());
        if (!version.compatibleRuntimes().isEmpty()) {
            json.set("CompatibleRuntimes", mapper.valueToTree(version.compatibleRuntimes()));
        }
        if (version.licenseInfo() != null) {
            json.put("LicenseInfo", version.licenseInfo());
        }
        if (!version.compatibleArchitectures().isEmpty()) {
            json.set("CompatibleArchitectures", mapper.valueToTree(version.compatibleArchitectures()));
        }
    }
}
