package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.spi.AwsServiceException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's expressions: parses, validates and binds the expression parameters of a request, reporting
 * mistakes as DynamoDB does and in its order. One instance serves the whole service: it caches each distinct
 * expression's parse.
 *
 * <pre>{@code
 * ExpressionRequest expressions = this.expressions.request(ExpressionInput.builder()
 *         .names(namesOrNull)                       // ExpressionAttributeNames
 *         .values(valuesOrNull)                     // ExpressionAttributeValues
 *         .updateExpression(body.path("UpdateExpression").textValue())   // null when absent
 *         .conditionExpression(body.path("ConditionExpression").textValue())
 *         .build());                                // throws AwsServiceException (ValidationException)
 * Update update = expressions.update(Set.of("pk", "sk")).orElseThrow();
 * boolean allowed = expressions.condition().map(c -> c.test(oldItem)).orElse(true);
 * UpdateResult result = update.apply(oldItem, key);  // result.newItem(), result.updatedNew(), ...
 *
 * // Query: after finding the table or index
 * KeyCondition key = expressions.keyCondition("pk", "sk").orElseThrow();
 * }</pre>
 */
public final class Expressions {

    /** The longest expression DynamoDB accepts, in UTF-8 bytes. */
    public static final int MAX_EXPRESSION_BYTES = 4096;
    private static final int MAX_NAME_BYTES = 65535;
    private static final int DEFAULT_CACHE_SIZE = 4096;
    private static final List<ExpressionKind> VALUE_TAKING = List.of(
            ExpressionKind.UPDATE, ExpressionKind.CONDITION, ExpressionKind.FILTER, ExpressionKind.KEY_CONDITION);

    /** The request of an operation without expression parameters (a GetItem of a whole item, say). */
    private static final ExpressionRequest NONE = new ExpressionRequest(new ExpressionAttributes(null, null), Map.of());

    private final ExpressionCache cache;

    public Expressions() {
        this(DEFAULT_CACHE_SIZE);
    }

    public Expressions(int cacheSize) {
        this.cache = new ExpressionCache(cacheSize);
    }

    /**
     * Validates all the request's expressions together: the placeholder maps, then each expression (update,
     * condition, key condition, filter, projection), then placeholders no expression used.
     *
     * @throws AwsServiceException a ValidationException worded as DynamoDB words it
     */
    public ExpressionRequest request(ExpressionInput input) {
        if (hasNoParameters(input)) {
            return NONE;
        }
        Map<String, AttributeValue> values = takesValues(input) ? input.values() : null;
        ExpressionAttributes attributes = new ExpressionAttributes(input.names(), values);
        checkNames(input);
        checkValues(input, values);
        PlaceholderUsage usage = new PlaceholderUsage();
        Map<ExpressionKind, Object> parsed = new EnumMap<>(ExpressionKind.class);
        for (ExpressionKind kind : ExpressionKind.values()) {
            String expression = input.expression(kind);
            if (expression != null) {
                try {
                    parsed.put(kind, validate(kind, expression, attributes, usage));
                } catch (InvalidExpressionException e) {
                    throw ExpressionErrors.invalid(kind, e.getMessage());
                }
            }
        }
        if (input.names() != null) {
            List<String> unused = usage.unusedNames(input.names().keySet());
            if (!unused.isEmpty()) {
                throw ExpressionErrors.unusedNames(unused);
            }
        }
        if (values != null) {
            List<String> unused = usage.unusedValues(values.keySet());
            if (!unused.isEmpty()) {
                throw ExpressionErrors.unusedValues(unused);
            }
        }
        return new ExpressionRequest(attributes, parsed);
    }

    private static boolean hasNoParameters(ExpressionInput input) {
        if (input.names() != null || input.values() != null) {
            return false;
        }
        for (String expression : input.expressions().values()) {
            if (expression != null) {
                return false;
            }
        }
        return true;
    }

    /** How many distinct expressions are parsed and cached. */
    int cachedExpressions() {
        return cache.size();
    }

    private Object validate(ExpressionKind kind, String expression, ExpressionAttributes attributes,
                            PlaceholderUsage usage) {
        if (expression.isEmpty()) {
            throw new InvalidExpressionException(ExpressionErrors.empty());
        }
        int size = expression.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_EXPRESSION_BYTES) {
            throw new InvalidExpressionException(ExpressionErrors.tooLarge(size));
        }
        return switch (kind) {
            case UPDATE -> {
                ParsedUpdate update = cache.get(ExpressionCache.Grammar.UPDATE, expression, UpdateParser::parse);
                UpdateValidator.validate(update, attributes, usage);
                yield update;
            }
            case PROJECTION -> {
                List<Operand.DocumentPath> paths =
                        cache.get(ExpressionCache.Grammar.PROJECTION, expression, ProjectionParser::parse);
                ProjectionValidator.validate(paths, attributes, usage);
                yield paths;
            }
            default -> {
                ParsedCondition condition =
                        cache.get(ExpressionCache.Grammar.CONDITION, expression, ConditionParser::parse);
                ConditionValidator.validate(condition, attributes, usage);
                if (kind == ExpressionKind.KEY_CONDITION) {
                    KeyConditions.checkOperators(condition.root());
                }
                yield condition;
            }
        };
    }

    /** An operation that takes only a ProjectionExpression has no ExpressionAttributeValues to look at. */
    private static boolean takesValues(ExpressionInput input) {
        return VALUE_TAKING.stream().anyMatch(input.expressions()::containsKey);
    }

    private static void checkNames(ExpressionInput input) {
        if (input.names() != null) {
            if (input.names().isEmpty()) {
                throw ExpressionErrors.emptyNames();
            }
            input.names().forEach(Expressions::checkName);
            if (input.expressions().values().stream().allMatch(expression -> expression == null)) {
                throw ExpressionErrors.namesWithoutExpressions();
            }
        }
    }

    private static void checkValues(ExpressionInput input, Map<String, AttributeValue> values) {
        if (values != null) {
            if (values.isEmpty()) {
                throw ExpressionErrors.emptyValues();
            }
            values.keySet().stream().filter(key -> !isPlaceholder(key, ':')).findFirst()
                    .ifPresent(key -> {
                        throw ExpressionErrors.invalidValueKey(key);
                    });
            List<String> absent = new ArrayList<>();
            boolean anyPresent = false;
            for (ExpressionKind kind : VALUE_TAKING) {
                if (input.expressions().containsKey(kind)) {
                    if (input.expression(kind) == null) {
                        absent.add(kind.parameter());
                    } else {
                        anyPresent = true;
                    }
                }
            }
            if (!anyPresent) {
                throw ExpressionErrors.valuesWithoutExpressions(
                        String.join(" and ", absent) + (absent.size() == 1 ? " is null" : " are null"));
            }
        }
    }

    private static void checkName(String placeholder, String name) {
        if (!isPlaceholder(placeholder, '#')) {
            throw ExpressionErrors.invalidNameKey(placeholder);
        }
        if (name == null || name.isEmpty()) {
            throw ExpressionErrors.invalidName(placeholder, "Empty attribute name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw ExpressionErrors.invalidName(placeholder, "Attribute name is too large, must be less than 65536 bytes");
        }
    }

    private static boolean isPlaceholder(String key, char prefix) {
        if (key.length() < 2 || key.charAt(0) != prefix) {
            return false;
        }
        return key.substring(1).chars().allMatch(c -> Lexer.isWordCharacter((char) c));
    }
}
