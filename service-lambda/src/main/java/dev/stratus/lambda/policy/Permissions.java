package dev.stratus.lambda.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.Alias;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionRepository;
import dev.stratus.lambda.function.FunctionVersion;
import dev.stratus.lambda.function.Functions;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;

/**
 * The resource policies of functions, versions and aliases (AddPermission, GetPolicy, RemovePermission). A
 * policy belongs to what the qualifier names; changing it changes that version's or alias's revision id, which
 * is also the policy's.
 */
@Singleton
public class Permissions {

    private static final String KIND = "policy";
    private static final int MAX_POLICY_LENGTH = 20_480;
    private static final String REVISION_API = "GetFunction/GetAlias";

    private final FunctionRepository repository;
    private final Functions functions;
    private final ObjectMapper mapper;

    @Inject
    public Permissions(FunctionRepository repository, Functions functions, ObjectMapper mapper) {
        this.repository = repository;
        this.functions = functions;
        this.mapper = mapper;
    }

    /** Adds the grant's statement to the policy of what {@code target} names; answers the statement as JSON. */
    public String add(FunctionArn target, PermissionGrant grant, String revisionId) {
        if (FunctionArn.LATEST.equals(target.qualifier())) {
            throw LambdaErrors.invalidParameter("We currently do not support adding policies for $LATEST.");
        }
        PolicyStatement statement = StatementBuilder.build(grant, target.toString());
        return repository.change(() -> {
            checkRevision(target, revisionId);
            ResourcePolicy policy = policy(target);
            if (policy.statement(grant.statementId()).isPresent()) {
                throw PolicyErrors.statementExists(grant.statementId());
            }
            ResourcePolicy changed = policy.with(statement);
            int length = document(target, changed).length();
            if (length > MAX_POLICY_LENGTH) {
                throw PolicyErrors.tooLong(length, MAX_POLICY_LENGTH);
            }
            save(target, changed);
            return write(statement);
        });
    }

    /** The policy document of what {@code target} names, with its revision id. */
    public PolicyDocument get(FunctionArn target) {
        String revisionId = revision(target);
        ResourcePolicy policy = policy(target);
        if (policy.statements().isEmpty()) {
            throw LambdaErrors.resourceNotFound();
        }
        return new PolicyDocument(document(target, policy), revisionId);
    }

    public void remove(FunctionArn target, String statementId, String revisionId) {
        repository.change(() -> {
            if (repository.function(target.unqualified()).isEmpty()) {
                throw PolicyErrors.noPolicyFor(target.unqualified().toString());
            }
            String revision = revision(target);
            ResourcePolicy policy = policy(target);
            if (policy.statements().isEmpty()) {
                throw PolicyErrors.noPolicyAssociated();
            }
            if (policy.statement(statementId).isEmpty()) {
                throw PolicyErrors.statementNotFound(statementId);
            }
            if (revisionId != null && !revisionId.equals(revision)) {
                throw LambdaErrors.revisionMismatch(REVISION_API);
            }
            save(target, policy.without(statementId));
            return null;
        });
    }

    private ResourcePolicy policy(FunctionArn target) {
        return repository.setting(target.unqualified(), KIND, qualifierKey(target), ResourcePolicy.class)
                .orElse(ResourcePolicy.EMPTY);
    }

    private void checkRevision(FunctionArn target, String revisionId) {
        if (revisionId != null && !revisionId.equals(revision(target))) {
            throw LambdaErrors.revisionMismatch(REVISION_API);
        }
    }

    /** Stores the policy and gives what it belongs to a new revision id, in one batch. */
    private void save(FunctionArn target, ResourcePolicy policy) {
        FunctionArn function = target.unqualified();
        WriteBatch batch = new WriteBatch();
        if (policy.statements().isEmpty()) {
            repository.deleteSetting(batch, function, KIND, qualifierKey(target));
        } else {
            repository.putSetting(batch, function, KIND, qualifierKey(target), policy);
        }
        String revisionId = Functions.newRevision();
        if (isAlias(target)) {
            repository.putAlias(batch, function, alias(target).withRevision(revisionId));
        } else {
            repository.putVersion(batch, function, version(target).withRevision(revisionId));
        }
        repository.commit(batch);
    }

    private String revision(FunctionArn target) {
        functions.function(target);
        return isAlias(target) ? alias(target).revisionId() : version(target).revisionId();
    }

    private Alias alias(FunctionArn target) {
        return repository.alias(target.unqualified(), target.qualifier())
                .orElseThrow(() -> LambdaErrors.functionNotFound(target.toString()));
    }

    private FunctionVersion version(FunctionArn target) {
        String version = target.isQualified() ? target.qualifier() : FunctionArn.LATEST;
        return repository.version(target.unqualified(), version)
                .orElseThrow(() -> LambdaErrors.functionNotFound(target.toString()));
    }

    private static boolean isAlias(FunctionArn target) {
        String qualifier = target.qualifier();
        return qualifier != null && !qualifier.equals(FunctionArn.LATEST) && !qualifier.chars().allMatch(Character::isDigit);
    }

    /** An unqualified function's policy is its {@code $LATEST} version's. */
    private static String qualifierKey(FunctionArn target) {
        return target.isQualified() ? target.qualifier() : FunctionArn.LATEST;
    }

    private String document(FunctionArn target, ResourcePolicy policy) {
        ObjectNode document = mapper.createObjectNode();
        document.put("Version", "2012-10-17");
        document.put("Id", "default");
        ArrayNode statements = document.putArray("Statement");
        policy.statements().forEach(statement -> statements.add(mapper.valueToTree(statement)));
        return write(document);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
