package dev.stratus.lambda.settings;

/**
 * The execution environments a published version keeps on its capacity provider; either bound may be
 * {@code null}. Stored and reported; environments in Stratus start on demand.
 */
public record ScalingConfig(Integer minExecutionEnvironments, Integer maxExecutionEnvironments) {
}
