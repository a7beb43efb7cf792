package dev.stratus.lambda.runtime.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The environments a pool started and has not stopped yet, busy or idle, and what is done to all of them alike. */
public final class LiveEnvironments {

    private final Set<ExecutionEnvironment> environments = ConcurrentHashMap.newKeySet();

    void add(ExecutionEnvironment environment) {
        environments.add(environment);
    }

    /** Stops an environment and forgets it. */
    void stop(ExecutionEnvironment environment) {
        environments.remove(environment);
        environment.stop();
    }

    int size() {
        return environments.size();
    }

    List<ExecutionEnvironment> all() {
        return new ArrayList<>(environments);
    }

    /** The pids of the environments' processes. */
    public List<Long> pids() {
        return environments.stream().map(ExecutionEnvironment::pid).toList();
    }

    /** The environments as an operator sees them. */
    public List<EnvironmentState> states() {
        return environments.stream().map(ExecutionEnvironment::state).toList();
    }

    /** Lets the processes' latest lines reach the server log. */
    public void drainOutput() {
        environments.forEach(ExecutionEnvironment::drainOutput);
    }

    /** Measures the memory of the busy environments, ending those over the function's memory size. */
    public void watchMemory() {
        environments.forEach(ExecutionEnvironment::watchMemory);
    }
}
