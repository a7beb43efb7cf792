package dev.stratus.dynamodb.partiql;

import java.util.List;

/** Rules for the statements of BatchExecuteStatement and ExecuteTransaction taken together. */
public final class StatementBatches {

    private StatementBatches() {
    }

    /** Refuses a batch or transaction mixing reads (SELECT) and writes, which DynamoDB does not run. */
    public static void requireReadsOrWrites(List<PartiqlStatement> statements) {
        long reads = statements.stream().filter(PartiqlStatement::isRead).count();
        if (reads != 0 && reads != statements.size()) {
            throw PartiqlErrors.mixedReadsAndWrites();
        }
    }
}
