package dev.stratus.lambda.runtime.launch;

import java.util.List;

/** Ends a process and everything it started, so that no function process outlives its environment. */
public final class ProcessTree {

    private ProcessTree() {
    }

    public static void kill(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
