package dev.stratus.lambda.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resource policy of a function, a version or an alias: its statements in the order they were added.
 */
public record ResourcePolicy(List<PolicyStatement> statements) {

    public static final ResourcePolicy EMPTY = new ResourcePolicy(List.of());

    public ResourcePolicy {
        statements = List.copyOf(statements);
    }

    public Optional<PolicyStatement> statement(String sid) {
        return statements.stream().filter(statement -> statement.sid().equals(sid)).findFirst();
    }

    public ResourcePolicy with(PolicyStatement statement) {
        List<PolicyStatement> more = new ArrayList<>(statements);
        more.add(statement);
        return new ResourcePolicy(more);
    }

    public ResourcePolicy without(String sid) {
        return new ResourcePolicy(statements.stream().filter(statement -> !statement.sid().equals(sid)).toList());
    }
}
