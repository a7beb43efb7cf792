package dev.stratus.lambda.layer;

import dev.stratus.lambda.code.CodeStore;
import dev.stratus.lambda.code.StoredCode;
import dev.stratus.lambda.function.FunctionLayer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes, reads, lists and deletes layer versions, keeps their policies, and resolves functions' layers. */
@Singleton
public class Layers {

    /** A function may use at most five layers. */
    public static final int MAX_LAYERS_PER_FUNCTION = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Layers.class);
    private static final DateTimeFormatter CREATED_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final LayerRepository repository;
    private final CodeStore code;
    private final Clock clock;
    /** Guards every read-modify-write of layer versions (numbering, policies). */
    private final ReentrantLock changes = new ReentrantLock();

    @Inject
    public Layers(LayerRepository repository, CodeStore code, Clock clock) {
        this.repository = repository;
        this.code = code;
        this.clock = clock;
    }

    /** Publishes the zip as the layer's next version. */
    public LayerVersion publish(LayerId layer, byte[] zip, String description, List<String> runtimes,
                                List<String> architectures, String licenseInfo) {
        StoredCode stored = code.store(zip);
        changes.lock();
        try {
            long unzippedSize = code.unpackedSize(stored.codeSha256());
            long number = repository.lastNumber(layer.accountId(), layer.region(), layer.name()) + 1;
            LayerVersion version = new LayerVersion(layer.name(), number, description == null ? "" : description,
                    runtimes, architectures, licenseInfo, stored.codeSha256(), stored.codeSize(), unzippedSize,
                    CREATED_DATE.format(clock.instant()), LayerPolicy.empty());
            repository.publish(layer.accountId(), layer.region(), version);
            LOG.info("Published layer version {}", layer.version(number));
            return version;
        } finally {
            changes.unlock();
            code.release(stored);
        }
    }

    public LayerVersion get(LayerVersionArn arn) {
        return repository.version(arn.accountId(), arn.region(), arn.layerName(), arn.version())
                .orElseThrow(LayerErrors::layerVersionNotFound);
    }

    /** Each layer of the account and region with its newest version matching the filters, by layer name. */
    public List<LayerVersion> latestMatching(String accountId, String region, String runtime, String architecture) {
        Map<String, LayerVersion> latest = new LinkedHashMap<>();
        repository.all(accountId, region).stream()
                .filter(version -> version.matches(runtime, architecture))
                .forEach(version -> latest.put(version.layerName(), version));
        return List.copyOf(latest.values());
    }

    /** The layer's versions matching the filters, newest first. */
    public List<LayerVersion> versions(LayerId layer, String runtime, String architecture) {
        List<LayerVersion> matching = new ArrayList<>(repository.versions(layer.accountId(), layer.region(), layer.name())
                .stream().filter(version -> version.matches(runtime, architecture)).toList());
        Collections.reverse(matching);
        return matching;
    }

    /**
     * Deletes the version; functions using it keep its content, which is deleted once none does. Deleting a missing
     * version does nothing.
     */
    public void delete(LayerVersionArn arn) {
        changes.lock();
        try {
            repository.delete(arn.accountId(), arn.region(), arn.layerName(), arn.version());
        } finally {
            changes.unlock();
        }
        code.possiblyUnused();
    }

    public LayerPolicy policy(LayerVersionArn arn) {
        LayerPolicy policy = get(arn).policy();
        if (policy.statements().isEmpty()) {
            throw LayerErrors.noPolicy();
        }
        return policy;
    }

    public LayerPolicy addPermission(LayerVersionArn arn, LayerPolicy.Statement statement, String revisionId) {
        return changePolicy(arn, revisionId, policy -> {
            if (policy.statement(statement.sid()).isPresent()) {
                throw LayerErrors.statementExists(statement.sid());
            }
            return policy.with(statement);
        });
    }

    public void removePermission(LayerVersionArn arn, String sid, String revisionId) {
        changePolicy(arn, revisionId, policy -> {
            if (policy.statement(sid).isEmpty()) {
                throw LayerErrors.statementNotFound(sid);
            }
            return policy.without(sid);
        });
    }

    private LayerPolicy changePolicy(LayerVersionArn arn, String revisionId, UnaryOperator<LayerPolicy> change) {
        changes.lock();
        try {
            LayerVersion version = get(arn);
            if (revisionId != null && !revisionId.equals(version.policy().revisionId())) {
                throw LayerErrors.policyRevisionMismatch();
            }
            LayerPolicy next = change.apply(version.policy());
            repository.update(arn.accountId(), arn.region(), version.withPolicy(next));
            return next;
        } finally {
            changes.unlock();
        }
    }

    /**
     * The layers a function's {@code Layers} parameter names, in order, refused as Lambda refuses them: more than
     * five, a malformed or missing version, two versions of one layer.
     */
    public List<FunctionLayer> resolve(List<String> arns) {
        if (arns.size() > MAX_LAYERS_PER_FUNCTION) {
            throw LayerErrors.tooManyLayers();
        }
        Map<LayerId, String> seen = new HashMap<>();
        List<FunctionLayer> resolved = new ArrayList<>();
        for (String text : arns) {
            LayerVersionArn arn = LayerVersionArn.parse(text).orElseThrow(() -> LayerErrors.malformedLayerArn(text));
            String earlier = seen.putIfAbsent(arn.layer(), text);
            if (earlier != null) {
                throw LayerErrors.sameLayerTwice(earlier, text);
            }
            LayerVersion version = repository.version(arn.accountId(), arn.region(), arn.layerName(), arn.version())
                    .orElseThrow(() -> LayerErrors.layerVersionMissing(text));
            resolved.add(new FunctionLayer(text, version.codeSha256(), version.codeSize(), version.unzippedSize()));
        }
        return resolved;
    }
}
