package dev.stratus.lambda.settings;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.Alias;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionRecord;
import dev.stratus.lambda.function.FunctionRepository;
import dev.stratus.lambda.function.Functions;
import dev.stratus.lambda.invoke.FunctionSpecs;
import dev.stratus.lambda.runtime.FunctionInvoker;
import dev.stratus.lambda.runtime.Provisioning;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Provisioned concurrency configs of aliases and published versions, with AWS's rules: never on
 * {@code $LATEST}, within the function's reserved concurrency, and not both on an alias and on its version.
 * Each config has its environments started ahead by the {@link FunctionInvoker}: when it is put, when its alias
 * moves to another version (found at the next read of the config), and when Stratus starts again with its data.
 */
@Singleton
public class ProvisionedConcurrency implements ServiceLifecycle {

    private static final String KIND = "provisioned-concurrency";

    private final FunctionRepository repository;
    private final Functions functions;
    private final FunctionSpecs specs;
    private final FunctionInvoker invoker;
    private final Clock clock;

    @Inject
    public ProvisionedConcurrency(FunctionRepository repository, Functions functions, FunctionSpecs specs,
                                  FunctionInvoker invoker, Clock clock) {
        this.repository = repository;
        this.functions = functions;
        this.specs = specs;
        this.invoker = invoker;
        this.clock = clock;
    }

    /** Starts again the environments of the configs kept in storage. */
    @Override
    public void start() {
        repository.qualifiersWithSetting(KIND).forEach(target -> find(target).ifPresent(config -> provision(target, config)));
    }

    /** Stores the config and starts its environments, none of which is ready yet. */
    public ProvisionedConcurrencyState put(FunctionArn target, Integer requested) {
        if (requested == null) {
            throw LambdaErrors.validation("null", "provisionedConcurrentExecutions", "Member must not be null");
        }
        if (requested < 1) {
            throw LambdaErrors.validation("'" + requested + "'", "provisionedConcurrentExecutions",
                    "Member must have value greater than or equal to 1");
        }
        if (FunctionArn.LATEST.equals(target.qualifier())) {
            throw LambdaErrors.invalidParameter(
                    "Provisioned Concurrency Configs cannot be applied to unpublished function versions.");
        }
        ProvisionedConcurrencyConfig stored = repository.change(() -> {
            FunctionRecord function = functions.function(target);
            String qualifier = requireQualifier(target);
            List<ProvisionedConcurrencyConfig> all = configs(target);
            checkNotProvisionedTwice(target, qualifier, all);
            int others = all.stream().filter(config -> !config.qualifier().equals(qualifier))
                    .mapToInt(ProvisionedConcurrencyConfig::requested).sum();
            if (function.reservedConcurrency() != null && function.reservedConcurrency() < others + requested) {
                throw LambdaErrors.invalidParameter(
                        "Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function");
            }
            ProvisionedConcurrencyConfig config = new ProvisionedConcurrencyConfig(qualifier, requested,
                    Functions.timestamp(clock));
            repository.commit(repository.putSetting(new WriteBatch(), target.unqualified(), KIND, qualifier, config));
            return config;
        });
        return new ProvisionedConcurrencyState(stored, provision(target, stored));
    }

    public ProvisionedConcurrencyState get(FunctionArn target) {
        ProvisionedConcurrencyConfig config = find(target).orElseThrow(() -> new AwsServiceException(
                "ProvisionedConcurrencyConfigNotFoundException", "No Provisioned Concurrency Config found for this function",
                404));
        return new ProvisionedConcurrencyState(config, provision(target, config));
    }

    /** Deletes the config of the alias or version; deleting one that does not exist changes nothing. */
    public void delete(FunctionArn target) {
        repository.change(() -> {
            if (find(target).isPresent()) {
                repository.commit(repository.deleteSetting(new WriteBatch(), target.unqualified(), KIND, target.qualifier()));
            }
            return null;
        });
        invoker.unprovision(target.toString());
    }

    /** Every config of the function, in qualifier order. */
    public List<ProvisionedConcurrencyState> list(FunctionArn target) {
        return configs(target).stream().map(config -> new ProvisionedConcurrencyState(config,
                provision(target.unqualified().qualified(config.qualifier()), config))).toList();
    }

    private List<ProvisionedConcurrencyConfig> configs(FunctionArn target) {
        functions.function(target);
        return repository.settings(target.unqualified(), KIND, ProvisionedConcurrencyConfig.class);
    }

    /** The environments of the config, started for the version its alias or version runs now unless they are. */
    private Provisioning provision(FunctionArn target, ProvisionedConcurrencyConfig config) {
        return invoker.provision(target.toString(), specs.of(functions.get(target)), config.requested());
    }

    private Optional<ProvisionedConcurrencyConfig> find(FunctionArn target) {
        if (FunctionArn.LATEST.equals(target.qualifier())) {
            throw LambdaErrors.invalidParameter("The function resource provided must be an alias or a published version.");
        }
        functions.function(target);
        String qualifier = requireQualifier(target);
        return repository.setting(target.unqualified(), KIND, qualifier, ProvisionedConcurrencyConfig.class);
    }

    /** The alias or version the target names, which must exist. */
    private String requireQualifier(FunctionArn target) {
        String qualifier = target.qualifier();
        if (qualifier == null) {
            throw LambdaErrors.validation("null", "qualifier", "Member must not be null");
        }
        if (isVersion(qualifier)) {
            repository.version(target.unqualified(), qualifier)
                    .orElseThrow(() -> LambdaErrors.functionNotFound(target.toString()));
        } else {
            alias(target);
        }
        return qualifier;
    }

    private void checkNotProvisionedTwice(FunctionArn target, String qualifier, List<ProvisionedConcurrencyConfig> all) {
        if (isVersion(qualifier)) {
            boolean pointedByProvisionedAlias = repository.aliases(target.unqualified()).stream()
                    .filter(alias -> alias.functionVersion().equals(qualifier))
                    .anyMatch(alias -> all.stream().anyMatch(config -> config.qualifier().equals(alias.name())));
            if (pointedByProvisionedAlias) {
                throw LambdaErrors.conflict("Version is pointed by a Provisioned Concurrency alias");
            }
        } else {
            String version = alias(target).functionVersion();
            if (all.stream().anyMatch(config -> config.qualifier().equals(version))) {
                throw LambdaErrors.conflict("Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version");
            }
        }
    }

    private Alias alias(FunctionArn target) {
        return repository.alias(target.unqualified(), target.qualifier())
                .orElseThrow(() -> LambdaErrors.aliasNotFound(target.toString()));
    }

    private static boolean isVersion(String qualifier) {
        return qualifier.chars().allMatch(Character::isDigit);
    }
}
