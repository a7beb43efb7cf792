package dev.stratus.lambda.runtime;

import dev.stratus.lambda.runtime.environment.EnvironmentState;
import dev.stratus.spi.HealthCheck;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** Lists the execution environments in the health report: each one's function, state, isolation and memory peak. */
final class RuntimeHealth implements HealthCheck {

    private final LocalFunctionInvoker invoker;

    @Inject
    RuntimeHealth(LocalFunctionInvoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public String service() {
        return "lambda";
    }

    @Override
    public HealthStatus check() {
        List<EnvironmentState> environments = invoker.environments();
        String header = environments.size() + " execution environment(s), isolated as "
                + invoker.isolation().settingValue();
        if (environments.isEmpty()) {
            return HealthStatus.ok(header);
        }
        return HealthStatus.ok(header + ": " + environments.stream().map(RuntimeHealth::describe)
                .collect(Collectors.joining("; ")));
    }

    private static String describe(EnvironmentState environment) {
        return environment.qualifiedFunctionArn() + " " + (environment.busy() ? "busy" : "warm") + ", "
                + environment.isolation().settingValue() + ", memory peak " + environment.memoryPeakMb() + " MB";
    }
}
