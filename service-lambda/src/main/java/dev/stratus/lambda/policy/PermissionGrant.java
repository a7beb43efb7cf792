package dev.stratus.lambda.policy;

/**
 * What an AddPermission request grants: who may do what, and the conditions it comes with. Every member but
 * the statement id, action and principal may be {@code null}.
 */
public record PermissionGrant(
        String statementId,
        String action,
        String principal,
        String sourceArn,
        String sourceAccount,
        String eventSourceToken,
        String principalOrgId,
        String functionUrlAuthType,
        boolean invokedViaFunctionUrl) {
}
