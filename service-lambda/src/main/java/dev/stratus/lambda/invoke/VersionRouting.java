package dev.stratus.lambda.invoke;

import dev.stratus.lambda.function.Alias;
import dev.stratus.lambda.function.Aliases;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionSnapshot;
import dev.stratus.lambda.function.Functions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Picks the version an invocation of an alias runs: its primary version, or a weighted additional one. */
@Singleton
public class VersionRouting {

    private final Functions functions;
    private final Aliases aliases;

    @Inject
    public VersionRouting(Functions functions, Aliases aliases) {
        this.functions = functions;
        this.aliases = aliases;
    }

    /** {@code primary} is the version {@code arn} designates; for a weighted alias, a draw may pick the other. */
    public FunctionSnapshot route(FunctionArn arn, FunctionSnapshot primary) {
        String qualifier = arn.qualifier();
        if (qualifier == null || qualifier.equals(FunctionArn.LATEST) || qualifier.chars().allMatch(Character::isDigit)) {
            return primary;
        }
        Alias alias = aliases.get(arn.unqualified(), qualifier);
        double draw = ThreadLocalRandom.current().nextDouble();
        double cumulative = 0;
        for (Map.Entry<String, Double> weight : alias.additionalVersionWeights().entrySet()) {
            cumulative += weight.getValue();
            if (draw < cumulative) {
                return functions.get(arn.unqualified().qualified(weight.getKey()));
            }
        }
        return primary;
    }
}
