package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.policy.Permissions;
import dev.stratus.lambda.policy.PermissionGrant;
import dev.stratus.lambda.policy.PolicyDocument;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** AddPermission, GetPolicy and RemovePermission: the resource policies of functions, versions and aliases. */
@Singleton
public class PolicyEndpoints implements LambdaRoutes {

    private static final String POLICY = "/2015-03-31/functions/{FunctionName}/policy";

    private final Permissions permissions;

    @Inject
    public PolicyEndpoints(Permissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("POST", POLICY, "AddPermission", this::addPermission)
                .route("GET", POLICY, "GetPolicy", this::getPolicy)
                .route("DELETE", POLICY + "/{StatementId}", "RemovePermission", this::removePermission);
    }

    private ServiceResponse addPermission(RestRequest request) {
        JsonNode body = request.json();
        PermissionGrant grant = new PermissionGrant(
                required(body, "StatementId", "statementId"),
                required(body, "Action", "action"),
                required(body, "Principal", "principal"),
                JsonMembers.text(body, "SourceArn"),
                JsonMembers.text(body, "SourceAccount"),
                JsonMembers.text(body, "EventSourceToken"),
                JsonMembers.text(body, "PrincipalOrgID"),
                JsonMembers.text(body, "FunctionUrlAuthType"),
                JsonMembers.flag(body, "InvokedViaFunctionUrl"));
        String statement = permissions.add(FunctionEndpoints.target(request), grant, JsonMembers.text(body, "RevisionId"));
        return request.respond(201, request.mapper().createObjectNode().put("Statement", statement));
    }

    private ServiceResponse getPolicy(RestRequest request) {
        PolicyDocument policy = permissions.get(FunctionEndpoints.target(request));
        ObjectNode response = request.mapper().createObjectNode();
        response.put("Policy", policy.policy());
        response.put("RevisionId", policy.revisionId());
        return request.respond(200, response);
    }

    private ServiceResponse removePermission(RestRequest request) {
        permissions.remove(FunctionEndpoints.target(request), request.pathParam("StatementId"),
                request.query("RevisionId").orElse(null));
        return ServiceResponse.empty(204);
    }

    private static String required(JsonNode body, String name, String member) {
        String value = JsonMembers.text(body, name);
        if (value == null) {
            throw LambdaErrors.validation("null", member, "Member must not be null");
        }
        return value;
    }
}
