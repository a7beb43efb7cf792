package dev.stratus.lambda.function;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.runtime.FunctionInvoker;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The aliases of functions: named pointers to a version, optionally sharing invocations with a second one. */
@Singleton
public class Aliases {

    private final FunctionRepository repository;
    private final Functions functions;
    private final FunctionInvoker invoker;

    @Inject
    public Aliases(FunctionRepository repository, Functions functions, FunctionInvoker invoker) {
        this.repository = repository;
        this.functions = functions;
        this.invoker = invoker;
    }

    public Alias create(FunctionArn function, String name, String version, String description,
                        Map<String, Double> weights) {
        checkName(name);
        return repository.change(() -> {
            functions.function(function);
            if (repository.alias(function, name).isPresent()) {
                throw LambdaErrors.aliasExists(function.qualified(name).toString());
            }
            checkVersions(function, version, weights);
            Alias alias = new Alias(name, version, description == null ? "" : description,
                    weights == null ? Map.of() : weights, Functions.newRevision());
            repository.commit(repository.putAlias(new WriteBatch(), function, alias));
            return alias;
        });
    }

    public Alias get(FunctionArn function, String name) {
        functions.function(function);
        return repository.alias(function, name)
                .orElseThrow(() -> LambdaErrors.aliasNotFound(function.qualified(name).toString()));
    }

    public List<Alias> list(FunctionArn function, String version) {
        functions.function(function);
        return repository.aliases(function).stream()
                .filter(alias -> version == null || alias.functionVersion().equals(version))
                .toList();
    }

    public Alias update(FunctionArn function, String name, String version, String description,
                        Map<String, Double> weights, String revisionId) {
        return repository.change(() -> {
            Alias current = get(function, name);
            if (revisionId != null && !revisionId.equals(current.revisionId())) {
                throw LambdaErrors.revisionMismatch("GetFunction/GetAlias");
            }
            String newVersion = version != null ? version : current.functionVersion();
            Map<String, Double> newWeights = weights != null ? weights : current.additionalVersionWeights();
            checkVersions(function, newVersion, newWeights);
            Alias updated = new Alias(name, newVersion, description != null ? description : current.description(),
                    newWeights, Functions.newRevision());
            repository.commit(repository.putAlias(new WriteBatch(), function, updated));
            return updated;
        });
    }

    public void delete(FunctionArn function, String name) {
        repository.change(() -> {
            functions.function(function);
            WriteBatch batch = repository.deleteAlias(new WriteBatch(), function, name);
            repository.commit(repository.deleteSettingsOf(batch, function, name));
            return null;
        });
        invoker.unprovision(function.qualified(name).toString());
    }

    private void checkVersions(FunctionArn function, String version, Map<String, Double> weights) {
        checkVersionExists(function, version);
        if (weights == null) {
            return;
        }
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            checkVersionExists(function, weight.getKey());
            if (weight.getValue() < 0 || weight.getValue() > 1) {
                throw LambdaErrors.validation("'" + weight.getValue() + "'", "routingConfig.additionalVersionWeights",
                        "Map value must satisfy constraint: [Member must have value less than or equal to 1.0]");
            }
            if (weight.getKey().equals(version)) {
                throw LambdaErrors.invalidParameter("Invalid function version " + version
                        + ". Function version " + version + " is already included in routing configuration.");
            }
        }
    }

    private void checkVersionExists(FunctionArn function, String version) {
        if (!version.equals(FunctionArn.LATEST) && !version.chars().allMatch(Character::isDigit)) {
            throw LambdaErrors.validation("'" + version + "'", "functionVersion",
                    "Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)");
        }
        if (repository.version(function, version).isEmpty()) {
            throw LambdaErrors.functionNotFound(function.qualified(version).toString());
        }
    }

    private static void checkName(String name) {
        if (name.length() > 128 || !name.matches("(?!^[0-9]+$)([a-zA-Z0-9-_]+)")) {
            throw LambdaErrors.validation("'" + name + "'", "name",
                    "Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)");
        }
    }
}
