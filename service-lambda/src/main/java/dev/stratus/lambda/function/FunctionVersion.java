package dev.stratus.lambda.function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * The configuration of one version of a function ({@code $LATEST} or a published number), as stored.
 *
 * @param functionName     the function's name
 * @param version          {@code $LATEST} or the version number
 * @param configuration    what the user configured
 * @param codeSha256       base64 SHA-256 of the deployment package
 * @param codeSize         the package's size in bytes
 * @param lastModified     when the version last changed, in AWS's format
 * @param revisionId       changes with every update
 */
public record FunctionVersion(
        String functionName,
        String version,
        FunctionConfiguration configuration,
        String codeSha256,
        long codeSize,
        String lastModified,
        String revisionId) {

    public FunctionVersion withRevision(String newRevisionId) {
        return new FunctionVersion(functionName, version, configuration, codeSha256, codeSize, lastModified, newRevisionId);
    }

    @JsonIgnore
    public boolean isLatest() {
        return FunctionArn.LATEST.equals(version);
    }

    /**
     * What the user configures on a function.
     *
     * @param description      free text
     * @param runtime          e.g. {@code nodejs20.x}
     * @param handler          e.g. {@code index.handler}
     * @param role             the execution role's ARN
     * @param timeout          seconds
     * @param memorySize       MB
     * @param environment      the function's environment variables
     * @param architectures    {@code x86_64} or {@code arm64}
     * @param ephemeralStorage {@code /tmp} size in MB
     * @param tracingMode      {@code PassThrough} or {@code Active}
     * @param logFormat        {@code Text} or {@code JSON}
     * @param logGroup         the log group
     * @param layers           the layer versions merged into its {@code /opt}, in order
     */
    public record FunctionConfiguration(
            String description,
            String runtime,
            String handler,
            String role,
            int timeout,
            int memorySize,
            Map<String, String> environment,
            List<String> architectures,
            int ephemeralStorage,
            String tracingMode,
            String logFormat,
            String logGroup,
            List<FunctionLayer> layers) {

        public FunctionConfiguration {
            environment = environment == null ? null : Map.copyOf(environment);
            architectures = List.copyOf(architectures);
            layers = layers == null ? List.of() : List.copyOf(layers);
        }
    }
}
