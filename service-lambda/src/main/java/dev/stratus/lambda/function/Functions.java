package dev.stratus.lambda.function;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.code.CodeLimits;
import dev.stratus.lambda.code.CodeStore;
import dev.stratus.lambda.code.StoredCode;
import dev.stratus.lambda.function.FunctionSnapshot.Progress;
import dev.stratus.lambda.function.FunctionVersion.FunctionConfiguration;
import dev.stratus.lambda.runtime.FunctionInvoker;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates, reads, updates, publishes and deletes functions and their versions. */
@Singleton
public class Functions {

    private static final Logger LOG = LoggerFactory.getLogger(Functions.class);
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final FunctionRepository repository;
    private final CodeStore code;
    private final FunctionInvoker invoker;
    private final Clock clock;

    @Inject
    public Functions(FunctionRepository repository, CodeStore code, FunctionInvoker invoker, Clock clock) {
        this.repository = repository;
        this.code = code;
        this.invoker = invoker;
        this.clock = clock;
    }

    /** A new function from its name (an unqualified ARN), configuration and zip; published as version 1 if asked. */
    public FunctionSnapshot create(FunctionArn arn, ConfigurationChange change, byte[] zip, boolean publish,
                                   Map<String, String> tags) {
        ConfigurationRules.checkChange(change);
        FunctionConfiguration configuration = change.applyTo(ConfigurationChange.defaults(arn.functionName()));
        ConfigurationRules.checkComplete(configuration);
        StoredCode stored = code.store(zip);
        FunctionSnapshot created;
        try {
            checkSizeWithLayers(stored.codeSha256(), configuration.layers());
            created = createWith(arn, configuration, stored, publish, tags);
        } finally {
            code.release(stored);
        }
        LOG.info("Created function {} ({}, handler {})", arn, configuration.runtime(), configuration.handler());
        return created;
    }

    private FunctionSnapshot createWith(FunctionArn arn, FunctionConfiguration configuration, StoredCode stored,
                                        boolean publish, Map<String, String> tags) {
        return repository.change(() -> {
            if (repository.function(arn).isPresent()) {
                throw LambdaErrors.functionExists(arn.functionName());
            }
            FunctionVersion latest = new FunctionVersion(arn.functionName(), FunctionArn.LATEST, configuration,
                    stored.codeSha256(), stored.codeSize(), now(), newRevision());
            FunctionRecord function = new FunctionRecord(arn.functionName(), 0, tags, null);
            WriteBatch batch = repository.putVersion(new WriteBatch(), arn, latest);
            if (publish) {
                FunctionVersion first = publishedFrom(latest, 1, configuration.description());
                repository.putVersion(batch, arn, first);
                function = function.withLastVersion(1);
                latest = latest.withRevision(newRevision());
                repository.putVersion(batch, arn, latest);
                repository.commit(repository.putFunction(batch, arn, function));
                return new FunctionSnapshot(arn.qualified("1"), first, Progress.CREATING);
            }
            repository.commit(repository.putFunction(batch, arn, function));
            return new FunctionSnapshot(arn, latest, Progress.CREATING);
        });
    }

    /** The function's record (tags, reserved concurrency). */
    public FunctionRecord function(FunctionArn arn) {
        return repository.function(arn.unqualified()).orElseThrow(() -> LambdaErrors.functionNotFound(arn.toString()));
    }

    /** The version the ARN's qualifier designates: {@code $LATEST} when unqualified, a version number, or an alias. */
    public FunctionSnapshot get(FunctionArn arn) {
        function(arn);
        String version = versionOf(arn);
        FunctionVersion found = repository.version(arn.unqualified(), version)
                .orElseThrow(() -> LambdaErrors.functionNotFound(arn.toString()));
        return new FunctionSnapshot(reported(arn, found), found, Progress.SETTLED);
    }

    /** The version a qualifier designates, following an alias to its primary version. */
    public String versionOf(FunctionArn arn) {
        String qualifier = arn.qualifier();
        if (qualifier == null || qualifier.equals(FunctionArn.LATEST) || qualifier.chars().allMatch(Character::isDigit)) {
            return qualifier == null ? FunctionArn.LATEST : qualifier;
        }
        return repository.alias(arn.unqualified(), qualifier)
                .orElseThrow(() -> LambdaErrors.functionNotFound(arn.toString()))
                .functionVersion();
    }

    /** The {@code $LATEST} version of every function of the account and region, in name order. */
    public List<FunctionSnapshot> list(String accountId, String region) {
        return repository.functions(accountId, region).stream()
                .map(function -> FunctionArn.of(accountId, region, function.functionName()))
                .flatMap(arn -> repository.version(arn, FunctionArn.LATEST).stream()
                        .map(latest -> new FunctionSnapshot(arn, latest, Progress.SETTLED)))
                .toList();
    }

    /** Every version of the function, {@code $LATEST} first. */
    public List<FunctionSnapshot> versions(FunctionArn arn) {
        function(arn);
        return repository.versions(arn.unqualified()).stream()
                .map(version -> new FunctionSnapshot(arn.unqualified().qualified(version.version()), version, Progress.SETTLED))
                .toList();
    }

    public FunctionSnapshot updateCode(FunctionArn arn, byte[] zip, boolean publish, String revisionId) {
        StoredCode stored = code.store(zip);
        FunctionSnapshot updated;
        try {
            updated = updateLatest(arn, revisionId, latest -> {
                checkSizeWithLayers(stored.codeSha256(), latest.configuration().layers());
                return new FunctionVersion(latest.functionName(), latest.version(), latest.configuration(),
                        stored.codeSha256(), stored.codeSize(), now(), newRevision());
            });
        } finally {
            code.release(stored);
        }
        if (publish) {
            return publish(arn, null, null, null);
        }
        return updated;
    }

    public FunctionSnapshot updateConfiguration(FunctionArn arn, ConfigurationChange change, String revisionId) {
        ConfigurationRules.checkChange(change);
        return updateLatest(arn, revisionId, latest -> {
            FunctionConfiguration configuration = change.applyTo(latest.configuration());
            if (change.layers() != null) {
                checkSizeWithLayers(latest.codeSha256(), configuration.layers());
            }
            return new FunctionVersion(latest.functionName(), latest.version(), configuration, latest.codeSha256(),
                    latest.codeSize(), now(), newRevision());
        });
    }

    /**
     * Publishes {@code $LATEST} as a new version, or answers the last published version when {@code $LATEST} has not
     * changed since, as Lambda does.
     */
    public FunctionSnapshot publish(FunctionArn arn, String codeSha256, String description, String revisionId) {
        FunctionArn function = arn.unqualified();
        return repository.change(() -> {
            FunctionRecord record = function(function);
            FunctionVersion latest = latest(function);
            checkRevision(latest, revisionId, "GetFunction/GetAlias");
            if (codeSha256 != null && !codeSha256.equals(latest.codeSha256())) {
                throw LambdaErrors.invalidParameter("CodeSHA256 (" + codeSha256 + ") is different from current CodeSHA256 in "
                        + "$LATEST (" + latest.codeSha256() + "). Please try again with the CodeSHA256 in $LATEST.");
            }
            if (record.lastVersion() > 0) {
                FunctionVersion last = repository.version(function, Long.toString(record.lastVersion())).orElseThrow();
                if (last.codeSha256().equals(latest.codeSha256())
                        && sameConfiguration(last.configuration(), latest.configuration())) {
                    return new FunctionSnapshot(function.qualified(last.version()), last, Progress.SETTLED);
                }
            }
            long number = record.lastVersion() + 1;
            FunctionVersion published = publishedFrom(latest, number,
                    description != null ? description : latest.configuration().description());
            WriteBatch batch = repository.putVersion(new WriteBatch(), function, published);
            repository.putVersion(batch, function, latest.withRevision(newRevision()));
            repository.commit(repository.putFunction(batch, function, record.withLastVersion(number)));
            return new FunctionSnapshot(function.qualified(published.version()), published, Progress.CREATING);
        });
    }

    /** Deletes the function with its versions and aliases, or only the version its qualifier names. */
    public void delete(FunctionArn arn) {
        repository.change(() -> {
            function(arn);
            if (arn.isQualified()) {
                deleteVersion(arn);
            } else {
                List<FunctionVersion> versions = repository.versions(arn);
                repository.commit(repository.deleteFunction(new WriteBatch(), arn));
                versions.forEach(version -> invoker.discard(arn.qualified(version.version()).toString()));
                LOG.info("Deleted function {}", arn);
            }
            return null;
        });
        code.possiblyUnused();
    }

    private void deleteVersion(FunctionArn arn) {
        String version = arn.qualifier();
        if (version.equals(FunctionArn.LATEST)) {
            throw LambdaErrors.invalidParameter("$LATEST version cannot be deleted without deleting the function.");
        }
        if (!version.chars().allMatch(Character::isDigit)) {
            throw LambdaErrors.invalidParameter("Deletion of aliases is not currently supported.");
        }
        List<String> referencing = repository.aliases(arn.unqualified()).stream()
                .filter(alias -> alias.functionVersion().equals(version)
                        || alias.additionalVersionWeights().containsKey(version))
                .map(Alias::name)
                .toList();
        if (!referencing.isEmpty()) {
            throw LambdaErrors.versionReferencedByAliases(referencing);
        }
        if (repository.version(arn.unqualified(), version).isPresent()) {
            WriteBatch batch = repository.deleteVersion(new WriteBatch(), arn.unqualified(), version);
            repository.commit(repository.deleteSettingsOf(batch, arn.unqualified(), version));
            invoker.discard(arn.toString());
        }
    }

    private FunctionSnapshot updateLatest(FunctionArn arn, String revisionId,
                                          UnaryOperator<FunctionVersion> change) {
        FunctionArn function = arn.unqualified();
        FunctionSnapshot updated = repository.change(() -> {
            function(function);
            FunctionVersion latest = latest(function);
            checkRevision(latest, revisionId, "GetFunction/GetAlias");
            FunctionVersion next = change.apply(latest);
            repository.commit(repository.putVersion(new WriteBatch(), function, next));
            return new FunctionSnapshot(function, next, Progress.UPDATING);
        });
        invoker.discard(function.qualified(FunctionArn.LATEST).toString());
        code.possiblyUnused();
        return updated;
    }

    /** Refuses code and layers that together exceed Lambda's limit on unzipped size. */
    private void checkSizeWithLayers(String codeSha256, List<FunctionLayer> layers) {
        if (layers.isEmpty()) {
            return;
        }
        long total = code.unpackedSize(codeSha256) + layers.stream().mapToLong(FunctionLayer::unzippedSize).sum();
        if (total > CodeLimits.MAX_UNZIPPED_BYTES) {
            throw LambdaErrors.codeWithLayersTooLarge(CodeLimits.MAX_UNZIPPED_BYTES, total);
        }
    }

    private FunctionVersion latest(FunctionArn function) {
        return repository.version(function, FunctionArn.LATEST)
                .orElseThrow(() -> LambdaErrors.functionNotFound(function.toString()));
    }

    private FunctionVersion publishedFrom(FunctionVersion latest, long number, String description) {
        FunctionConfiguration source = latest.configuration();
        FunctionConfiguration configuration = new FunctionConfiguration(description, source.runtime(), source.handler(),
                source.role(), source.timeout(), source.memorySize(), source.environment(), source.architectures(),
                source.ephemeralStorage(), source.tracingMode(), source.logFormat(), source.logGroup(), source.layers());
        return new FunctionVersion(latest.functionName(), Long.toString(number), configuration, latest.codeSha256(),
                latest.codeSize(), now(), newRevision());
    }

    /** Whether publishing would change nothing but the description, which a new version may set freely. */
    private static boolean sameConfiguration(FunctionConfiguration published, FunctionConfiguration latest) {
        return Objects.equals(published.runtime(), latest.runtime())
                && Objects.equals(published.handler(), latest.handler())
                && Objects.equals(published.role(), latest.role())
                && published.timeout() == latest.timeout()
                && published.memorySize() == latest.memorySize()
                && Objects.equals(published.environment(), latest.environment())
                && published.architectures().equals(latest.architectures())
                && published.ephemeralStorage() == latest.ephemeralStorage()
                && Objects.equals(published.tracingMode(), latest.tracingMode())
                && Objects.equals(published.logFormat(), latest.logFormat())
                && Objects.equals(published.logGroup(), latest.logGroup())
                && published.layers().equals(latest.layers());
    }

    static void checkRevision(FunctionVersion version, String revisionId, String api) {
        if (revisionId != null && !revisionId.equals(version.revisionId())) {
            throw LambdaErrors.revisionMismatch(api);
        }
    }

    private static FunctionArn reported(FunctionArn requested, FunctionVersion version) {
        return version.isLatest() && !requested.isQualified()
                ? requested
                : requested.unqualified().qualified(requested.isQualified() ? requested.qualifier() : version.version());
    }

    private String now() {
        return timestamp(clock);
    }

    /** The clock's time as Lambda writes a {@code LastModified}: {@code 2024-05-01T12:00:00.000+0000}. */
    public static String timestamp(Clock clock) {
        return LAST_MODIFIED.format(clock.instant());
    }

    public static String newRevision() {
        return UUID.randomUUID().toString();
    }
}
