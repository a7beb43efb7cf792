package dev.stratus.lambda.settings;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.Alias;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionRecord;
import dev.stratus.lambda.function.FunctionRepository;
import dev.stratus.lambda.function.Functions;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Provisioned concurrency configs of aliases and published versions, with AWS's rules: never on
 * {@code $LATEST}, within the function's reserved concurrency, and not both on an alias and on its version.
 * Stratus starts environments on demand, so a config is reported {@code READY} once stored.
 */
@Singleton
public class ProvisionedConcurrency {

    private static final String KIND = "provisioned-concurrency";

    private final FunctionRepository repository;
    private final Functions functions;
    private final Clock clock;

    @Inject
    public ProvisionedConcurrency(FunctionRepository repository, Functions functions, Clock clock) {
        this.repository = repository;
        this.functions = functions;
        this.clock = clock;
    }

    public ProvisionedConcurrencyConfig put(FunctionArn target, Integer requested) {
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
        return repository.change(() -> {
            FunctionRecord function = functions.function(target);
            String qualifier = requireQualifier(target);
            List<ProvisionedConcurrencyConfig> all = list(target);
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
    }

    public ProvisionedConcurrencyConfig get(FunctionArn target) {
        return find(target).orElseThrow(() -> new AwsServiceException("ProvisionedConcurrencyConfigNotFoundException",
                "No Provisioned Concurrency Config found for this function", 404));
    }

    /** Deletes the config of the alias or version; deleting one that does not exist changes nothing. */
    public void delete(FunctionArn target) {
        repository.change(() -> {
            if (find(target).isPresent()) {
                repository.commit(repository.deleteSetting(new WriteBatch(), target.unqualified(), KIND, target.qualifier()));
            }
            return null;
        });
    }

    /** Every config of the function, in qualifier order. */
    public List<ProvisionedConcurrencyConfig> list(FunctionArn target) {
        functions.function(target);
        return repository.settings(target.unqualified(), KIND, ProvisionedConcurrencyConfig.class);
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
