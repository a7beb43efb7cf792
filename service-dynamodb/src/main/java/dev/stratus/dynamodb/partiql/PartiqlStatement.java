package dev.stratus.dynamodb.partiql;

import java.util.List;
import java.util.Optional;

/** A parsed PartiQL statement of the subset DynamoDB runs. */
public sealed interface PartiqlStatement {

    /** The table the statement names (an index, if any, is in {@link Select#indexName()}). */
    String tableName();

    /** How many {@code ?} parameters the statement has; {@code Parameters} must have exactly as many. */
    int parameterCount();

    /** Whether the statement only reads (a SELECT). */
    default boolean isRead() {
        return this instanceof Select;
    }

    /**
     * {@code SELECT * | path, ... FROM "Table"[."Index"] [WHERE condition] [ORDER BY path [ASC|DESC]]}.
     * An empty {@code projection} means {@code *}; {@code where} may be {@code null}.
     */
    record Select(List<PartiqlExpression.Path> projection, String tableName, Optional<String> indexName,
                  PartiqlExpression where, OrderBy orderBy, int parameterCount) implements PartiqlStatement {
        public Select {
            projection = List.copyOf(projection);
        }
    }

    /** {@code INSERT INTO "Table" VALUE {...}}. */
    record Insert(String tableName, PartiqlExpression item, int parameterCount) implements PartiqlStatement {
    }

    /**
     * {@code UPDATE "Table" SET path = value, ... REMOVE path, ... WHERE condition [RETURNING ...]}; SET and
     * REMOVE clauses may repeat and interleave. {@code returnValues} is DynamoDB's ReturnValues, or NONE.
     */
    record Update(String tableName, List<SetAction> sets, List<PartiqlExpression.Path> removes,
                  PartiqlExpression where, String returnValues, int parameterCount) implements PartiqlStatement {
        public Update {
            sets = List.copyOf(sets);
            removes = List.copyOf(removes);
        }
    }

    /** {@code DELETE FROM "Table" WHERE condition [RETURNING ALL OLD *]}. */
    record Delete(String tableName, PartiqlExpression where, String returnValues, int parameterCount)
            implements PartiqlStatement {
    }

    /**
     * {@code EXISTS(SELECT * FROM "Table" WHERE ...)}: within ExecuteTransaction, a check that the item the WHERE
     * clause pins exists and meets the clause's other conditions (TransactWriteItems' ConditionCheck).
     */
    record Exists(Select select) implements PartiqlStatement {
        @Override
        public String tableName() {
            return select.tableName();
        }

        @Override
        public int parameterCount() {
            return select.parameterCount();
        }
    }

    /** A SELECT's ORDER BY (on the sort key), if any. */
    enum OrderBy { NONE, ASCENDING, DESCENDING }

    /** One {@code path = value} of an UPDATE's SET clause. */
    record SetAction(PartiqlExpression.Path path, PartiqlExpression value) {
    }
}
