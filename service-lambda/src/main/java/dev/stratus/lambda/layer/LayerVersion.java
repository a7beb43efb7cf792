package dev.stratus.lambda.layer;

import java.util.List;

/**
 * One published version of a layer, as stored. Its content is a package of the code store.
 *
 * @param layerName               the layer's name
 * @param version                 the version number, counting from 1 per layer and never reused
 * @param description             free text
 * @param compatibleRuntimes      the runtimes the publisher names, for filtering
 * @param compatibleArchitectures the architectures the publisher names, for filtering
 * @param licenseInfo             the license, or {@code null}
 * @param codeSha256              base64 SHA-256 of the zip
 * @param codeSize                the zip's size in bytes
 * @param unzippedSize            the size of its content once unpacked
 * @param createdDate             when it was published, in AWS's format
 * @param policy                  who else may use it
 */
public record LayerVersion(
        String layerName,
        long version,
        String description,
        List<String> compatibleRuntimes,
        List<String> compatibleArchitectures,
        String licenseInfo,
        String codeSha256,
        long codeSize,
        long unzippedSize,
        String createdDate,
        LayerPolicy policy) {

    public LayerVersion {
        compatibleRuntimes = List.copyOf(compatibleRuntimes);
        compatibleArchitectures = List.copyOf(compatibleArchitectures);
    }

    public LayerVersion withPolicy(LayerPolicy newPolicy) {
        return new LayerVersion(layerName, version, description, compatibleRuntimes, compatibleArchitectures,
                licenseInfo, codeSha256, codeSize, unzippedSize, createdDate, newPolicy);
    }

    /** Whether it matches ListLayers' and ListLayerVersions' filters ({@code null} filters match everything). */
    public boolean matches(String runtime, String architecture) {
        return (runtime == null || compatibleRuntimes.contains(runtime))
                && (architecture == null || compatibleArchitectures.contains(architecture));
    }
}
