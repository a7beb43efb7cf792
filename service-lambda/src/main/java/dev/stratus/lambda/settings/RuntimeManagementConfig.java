package dev.stratus.lambda.settings;

/**
 * How a function version's runtime is updated. Stratus runs the local runtime whatever the mode; it keeps and
 * reports the setting.
 *
 * @param updateRuntimeOn   {@code Auto}, {@code FunctionUpdate} or {@code Manual}
 * @param runtimeVersionArn the pinned runtime version when {@code Manual}, else {@code null}
 */
public record RuntimeManagementConfig(String updateRuntimeOn, String runtimeVersionArn) {

    public static final RuntimeManagementConfig AUTO = new RuntimeManagementConfig("Auto", null);
}
