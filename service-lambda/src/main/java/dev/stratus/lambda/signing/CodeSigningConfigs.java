package dev.stratus.lambda.signing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionRepository;
import dev.stratus.lambda.function.Functions;
import dev.stratus.lambda.tags.ResourceTags;
import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Code signing configurations (namespace {@code lambda.code-signing-configs}, keyed by account, region and id)
 * and the one a function is attached to (a setting of the function). Configurations carry tags, addressed by
 * their ARN.
 */
@Singleton
public class CodeSigningConfigs implements TaggableResource {

    static final String ARN_PATTERN = "arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:"
            + "code-signing-config:csc-[a-z0-9]{17}";
    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z0-9-]+):(?<account>\\d{12}):code-signing-config:(?<id>csc-[a-z0-9]{17})");
    private static final String FUNCTION_SETTING = "code-signing";
    private static final char SEPARATOR = '\0';

    private final Storage storage;
    private final KeyValueStore configs;
    private final FunctionRepository functions;
    private final Functions functionLookup;
    private final ResourceTags tags;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public CodeSigningConfigs(Storage storage, FunctionRepository functions, Functions functionLookup,
                              ResourceTags tags, ObjectMapper mapper, Clock clock) {
        this.storage = storage;
        this.configs = storage.namespace("lambda.code-signing-configs");
        this.functions = functions;
        this.functionLookup = functionLookup;
        this.tags = tags;
        this.mapper = mapper;
        this.clock = clock;
    }

    public CodeSigningConfig create(RequestContext context, CodeSigningChange change, Map<String, String> newTags) {
        CodeSigningRules.check(change);
        if (change.signingProfileVersionArns() == null) {
            throw LambdaErrors.validation("null", "allowedPublishers", "Member must not be null");
        }
        ResourceTags.checkCount(newTags);
        String id = "csc-" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
        CodeSigningConfig config = new CodeSigningConfig(id, context.accountId(), context.region(),
                Objects.requireNonNullElse(change.description(), ""), change.signingProfileVersionArns(),
                Objects.requireNonNullElse(change.untrustedArtifactOnDeployment(), "Warn"), Functions.timestamp(clock));
        save(config);
        if (!newTags.isEmpty()) {
            tags.tag(config.arn(), newTags);
        }
        return config;
    }

    @Override
    public String arnType() {
        return "code-signing-config";
    }

    @Override
    public void requireExists(RequestContext context, String arn) {
        get(context, arn);
    }

    public CodeSigningConfig get(RequestContext context, String arn) {
        return find(context, arn).orElseThrow(() -> CodeSigningErrors.configNotFound(arn));
    }

    public synchronized CodeSigningConfig update(RequestContext context, String arn, CodeSigningChange change) {
        CodeSigningRules.check(change);
        CodeSigningConfig current = get(context, arn);
        CodeSigningConfig updated = new CodeSigningConfig(current.id(), current.accountId(), current.region(),
                Objects.requireNonNullElse(change.description(), current.description()),
                Objects.requireNonNullElse(change.signingProfileVersionArns(), current.signingProfileVersionArns()),
                Objects.requireNonNullElse(change.untrustedArtifactOnDeployment(), current.untrustedArtifactOnDeployment()),
                Functions.timestamp(clock));
        save(updated);
        return updated;
    }

    public void delete(RequestContext context, String arn) {
        CodeSigningConfig config = get(context, arn);
        storage.commit(new WriteBatch().delete(configs, key(config.accountId(), config.region(), config.id())));
        tags.delete(config.arn());
    }

    /** The configurations of the caller's account and region, in id order. */
    public List<CodeSigningConfig> list(RequestContext context) {
        try (Stream<KeyValue> entries = configs.scan(KeyRange.prefix(
                bytes(context.accountId() + SEPARATOR + context.region() + SEPARATOR)))) {
            return entries.map(entry -> read(entry.value())).toList();
        }
    }

    /** Throws what AWS answers when a function is to be attached to a configuration that does not exist. */
    public void requireAttachable(RequestContext context, String arn) {
        if (find(context, arn).isEmpty()) {
            throw CodeSigningErrors.attachedConfigNotFound(arn);
        }
    }

    /** Attaches the configuration to the function, replacing the one it had. */
    public void attach(FunctionArn function, String arn, RequestContext context) {
        requireAttachable(context, arn);
        functions.change(() -> {
            functionLookup.function(function);
            functions.commit(functions.putSetting(new WriteBatch(), function.unqualified(), FUNCTION_SETTING, "", arn));
            return null;
        });
    }

    public void detach(FunctionArn function) {
        functions.change(() -> {
            functionLookup.function(function);
            functions.commit(functions.deleteSetting(new WriteBatch(), function.unqualified(), FUNCTION_SETTING, ""));
            return null;
        });
    }

    /** The ARN of the configuration attached to the function, if any. */
    public Optional<String> attached(FunctionArn function) {
        functionLookup.function(function);
        return functions.setting(function.unqualified(), FUNCTION_SETTING, "", String.class);
    }

    /** The unqualified ARNs of the caller's functions the configuration is attached to, in name order. */
    public List<String> functionsUsing(RequestContext context, String arn) {
        get(context, arn);
        return functionLookup.list(context.accountId(), context.region()).stream()
                .map(function -> function.arn().unqualified())
                .filter(function -> functions.setting(function, FUNCTION_SETTING, "", String.class)
                        .filter(arn::equals).isPresent())
                .map(FunctionArn::toString)
                .toList();
    }

    /** Checks the form of a code signing config ARN, as the request validation does. */
    public static void checkArn(String arn) {
        if (arn.length() > 200 || !arn.matches(ARN_PATTERN)) {
            throw LambdaErrors.validation("'" + arn + "'", "codeSigningConfigArn",
                    "Member must satisfy regular expression pattern: " + ARN_PATTERN);
        }
    }

    private Optional<CodeSigningConfig> find(RequestContext context, String arn) {
        checkArn(arn);
        Matcher matcher = ARN.matcher(arn);
        if (!matcher.matches() || !matcher.group("region").equals(context.region())
                || !matcher.group("account").equals(context.accountId())) {
            return Optional.empty();
        }
        return configs.get(key(context.accountId(), context.region(), matcher.group("id"))).map(this::read);
    }

    private void save(CodeSigningConfig config) {
        storage.commit(new WriteBatch().put(configs, key(config.accountId(), config.region(), config.id()), write(config)));
    }

    private static byte[] key(String accountId, String region, String id) {
        return bytes(accountId + SEPARATOR + region + SEPARATOR + id);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private CodeSigningConfig read(byte[] bytes) {
        try {
            return mapper.readValue(bytes, CodeSigningConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable code signing config in storage", e);
        }
    }

    private byte[] write(CodeSigningConfig config) {
        try {
            return mapper.writeValueAsBytes(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
