package dev.stratus.lambda.runtime.launch;

import java.util.List;
import java.util.Locale;

/**
 * The AWS SDKs for JavaScript that AWS's managed Node.js runtimes bundle, pinned to one version each so that
 * every install is the same (and quiet: later releases of the v2 SDK print a notice on every cold start).
 */
public enum NodeSdk {
    /** Bundled up to nodejs16.x: {@code require("aws-sdk")}. */
    V2("2.1374.0", List.of("aws-sdk")),
    /**
     * Bundled from nodejs18.x: the {@code @aws-sdk/client-*} packages, at a version that reads
     * {@code AWS_ENDPOINT_URL}, through which functions reach Stratus.
     */
    V3("3.632.0", List.of("@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb",
            "@aws-sdk/client-dynamodb-streams", "@aws-sdk/client-lambda"));

    private final String version;
    private final List<String> packageNames;

    NodeSdk(String version, List<String> packageNames) {
        this.version = version;
        this.packageNames = packageNames;
    }

    public static NodeSdk bundledWith(int nodeMajorVersion) {
        return nodeMajorVersion < 18 ? V2 : V3;
    }

    public String version() {
        return version;
    }

    /** How the log names it: {@code v2 (aws-sdk@2.1374.0)}. */
    String describe() {
        return name().toLowerCase(Locale.ROOT) + " (" + String.join(" ", packages()) + ")";
    }

    /** The cache folder of this version: a new pin installs anew beside the old one. */
    String folderName() {
        return "aws-sdk-" + version;
    }

    /** The npm package specs to install. */
    List<String> packages() {
        return packageNames.stream().map(name -> name + "@" + version).toList();
    }

    /** The package whose presence in {@code node_modules} shows the SDK is there. */
    String markerPackage() {
        return packageNames.get(0);
    }
}
