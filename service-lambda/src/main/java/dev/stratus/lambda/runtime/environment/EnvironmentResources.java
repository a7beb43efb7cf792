package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.isolation.EnvironmentFiles;
import dev.stratus.lambda.runtime.isolation.IsolationMode;
import dev.stratus.lambda.runtime.memory.MemoryLimit;

/**
 * What bounds an execution environment besides its process: how it is isolated, the files it sees and its memory.
 *
 * @param isolation {@code namespaces} or {@code process}
 * @param files     the environment's view of the files
 * @param memory    its memory bound and measured peak
 */
record EnvironmentResources(IsolationMode isolation, EnvironmentFiles files, MemoryLimit memory) {
}
