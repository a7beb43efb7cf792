package dev.stratus.lambda.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The resource policy of a layer version: the statements AddLayerVersionPermission granted, and the revision
 * that changes with each of them.
 */
public record LayerPolicy(String revisionId, List<Statement> statements) {

    public LayerPolicy {
        statements = List.copyOf(statements);
    }

    public static LayerPolicy empty() {
        return new LayerPolicy(UUID.randomUUID().toString(), List.of());
    }

    public Optional<Statement> statement(String sid) {
        return statements.stream().filter(statement -> statement.sid().equals(sid)).findFirst();
    }

    public LayerPolicy with(Statement statement) {
        List<Statement> next = new ArrayList<>(statements);
        next.add(statement);
        return new LayerPolicy(UUID.randomUUID().toString(), next);
    }

    public LayerPolicy without(String sid) {
        return new LayerPolicy(UUID.randomUUID().toString(),
                statements.stream().filter(statement -> !statement.sid().equals(sid)).toList());
    }

    /**
     * One grant.
     *
     * @param sid            the statement id
     * @param action         {@code lambda:GetLayerVersion}
     * @param principal      an account id, {@code *}, or an account's root ARN
     * @param organizationId with principal {@code *}, the organization the grant is limited to, else {@code null}
     */
    public record Statement(String sid, String action, String principal, String organizationId) {
    }
}
