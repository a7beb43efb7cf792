package dev.stratus.dynamodb.expression;

import java.util.List;

/**
 * A parsed UpdateExpression: its actions in the order written, and the clause keywords in the order written
 * (a clause given twice is reported by validation).
 */
record ParsedUpdate(List<UpdateAction> actions, List<String> clauses) {

    ParsedUpdate {
        actions = List.copyOf(actions);
        clauses = List.copyOf(clauses);
    }
}
