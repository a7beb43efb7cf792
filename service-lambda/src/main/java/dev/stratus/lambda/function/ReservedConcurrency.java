package dev.stratus.lambda.function;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;

/** Concurrency reserved for functions out of the account's pool, which keeps at least 100 unreserved. */
@Singleton
public class ReservedConcurrency {

    /** The concurrent executions of an account. */
    public static final int ACCOUNT_LIMIT = 1000;
    private static final int MINIMUM_UNRESERVED = 100;

    private final FunctionRepository repository;
    private final Functions functions;

    @Inject
    public ReservedConcurrency(FunctionRepository repository, Functions functions) {
        this.repository = repository;
        this.functions = functions;
    }

    public Optional<Integer> get(FunctionArn function) {
        return Optional.ofNullable(functions.function(function).reservedConcurrency());
    }

    public int put(FunctionArn function, int reserved) {
        if (reserved < 0) {
            throw LambdaErrors.validation("'" + reserved + "'", "reservedConcurrentExecutions",
                    "Member must have value greater than or equal to 0");
        }
        return repository.change(() -> {
            FunctionRecord record = functions.function(function);
            int reservedByOthers = reservedInAccount(function.accountId(), function.region())
                    - (record.reservedConcurrency() == null ? 0 : record.reservedConcurrency());
            if (ACCOUNT_LIMIT - reservedByOthers - reserved < MINIMUM_UNRESERVED) {
                throw LambdaErrors.invalidParameter("Specified ReservedConcurrentExecutions for function decreases "
                        + "account's UnreservedConcurrentExecution below its minimum value of [" + MINIMUM_UNRESERVED + "].");
            }
            repository.commit(repository.putFunction(new WriteBatch(), function.unqualified(),
                    record.withReservedConcurrency(reserved)));
            return reserved;
        });
    }

    public void delete(FunctionArn function) {
        repository.change(() -> {
            FunctionRecord record = functions.function(function);
            repository.commit(repository.putFunction(new WriteBatch(), function.unqualified(),
                    record.withReservedConcurrency(null)));
            return null;
        });
    }

    /** The concurrency reserved by all functions of the account in the region. */
    public int reservedInAccount(String accountId, String region) {
        return repository.functions(accountId, region).stream()
                .map(FunctionRecord::reservedConcurrency)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .sum();
    }
}
