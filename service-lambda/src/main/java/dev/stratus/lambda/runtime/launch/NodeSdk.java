package dev.stratus.lambda.runtime.launch;

import java.util.List;

/** The AWS SDKs for JavaScript that AWS's managed Node.js runtimes bundle. */
public enum NodeSdk {
    /** Bundled up to nodejs16.x: {@code require("aws-sdk")}. */
    V2("aws-sdk-v2", List.of("aws-sdk@2")),
    /** Bundled from nodejs18.x: the {@code @aws-sdk/client-*} packages. */
    V3("aws-sdk-v3", List.of("@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb",
            "@aws-sdk/client-dynamodb-streams", "@aws-sdk/client-lambda"));

    private final String folderName;
    private final List<String> packages;

    NodeSdk(String folderName, List<String> packages) {
        this.folderName = folderName;
        this.packages = packages;
    }

    public static NodeSdk bundledWith(int nodeMajorVersion) {
        return nodeMajorVersion < 18 ? V2 : V3;
    }

    String folderName() {
        return folderName;
    }

    /** The npm package specs to install. */
    List<String> packages() {
        return packages;
    }

    /** The package name of the first spec, whose presence in {@code node_modules} shows the SDK is there. */
    String markerPackage() {
        String spec = packages.get(0);
        int version = spec.lastIndexOf('@');
        return version > 0 ? spec.substring(0, version) : spec;
    }
}
