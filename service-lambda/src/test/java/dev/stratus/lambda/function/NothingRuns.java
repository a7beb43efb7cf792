package dev.stratus.lambda.function;

import dev.stratus.lambda.runtime.FunctionInvoker;
import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.InvocationRequest;
import dev.stratus.lambda.runtime.InvocationResult;
import dev.stratus.lambda.runtime.Provisioning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A {@link FunctionInvoker} for tests of function bookkeeping: it runs nothing and records what it discards. */
final class NothingRuns implements FunctionInvoker {

    final List<String> discarded = new ArrayList<>();

    @Override
    public InvocationResult invoke(InvocationRequest request) {
        throw new UnsupportedOperationException("these tests invoke nothing");
    }

    @Override
    public void discard(String qualifiedFunctionArn) {
        discarded.add(qualifiedFunctionArn);
    }

    @Override
    public Provisioning provision(String targetArn, FunctionSpec function, int count) {
        throw new UnsupportedOperationException("these tests provision nothing");
    }

    @Override
    public void unprovision(String targetArn) {
    }

    @Override
    public Set<FunctionSpec> running() {
        return Set.of();
    }

    @Override
    public void onEnvironmentStopped(Runnable listener) {
    }
}
