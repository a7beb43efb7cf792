package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.ConditionNode;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.Operand;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.expression.UpdateAction;
import dev.stratus.dynamodb.item.DeleteItemRequest;
import dev.stratus.dynamodb.item.GetItemRequest;
import dev.stratus.dynamodb.item.PutItemRequest;
import dev.stratus.dynamodb.item.ReturnValues;
import dev.stratus.dynamodb.item.UpdateItemRequest;
import dev.stratus.dynamodb.item.WriteOptions;
import dev.stratus.dynamodb.partiql.TableKeys.KeyAttributes;
import dev.stratus.dynamodb.query.QueryRequest;
import dev.stratus.dynamodb.query.ReadTarget;
import dev.stratus.dynamodb.query.ScanRequest;
import dev.stratus.dynamodb.query.ScanSegment;
import dev.stratus.dynamodb.transaction.TransactWriteItem;
import dev.stratus.spi.AwsServiceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Compiles a parsed PartiQL statement, its bound parameters and its table's keys into the equivalent engine
 * request, its expressions built as trees (never written as text):
 * <ul>
 *   <li>SELECT: a Query when the WHERE clause pins the hash key with {@code =} (plus, if present, one range-key
 *       condition), the other conditions as its filter; otherwise a Scan with the whole WHERE clause as filter.
 *       Columns become the projection, {@code ."Index"} the index read, {@code ORDER BY .. DESC} a backward
 *       Query;</li>
 *   <li>INSERT: a PutItem with {@code attribute_not_exists} of the hash key;</li>
 *   <li>UPDATE: an UpdateItem on the key the WHERE clause pins, with {@code attribute_exists} of the hash key AND
 *       the WHERE clause's other conditions as its condition;</li>
 *   <li>DELETE: a DeleteItem on the key the WHERE clause pins; its other conditions, if any, as
 *       {@code attribute_not_exists(hash) OR (conditions)}, since deleting a missing item succeeds on AWS while
 *       an existing item failing the conditions is a ConditionalCheckFailedException;</li>
 *   <li>EXISTS(SELECT ...), in a transaction only: a ConditionCheck as for UPDATE.</li>
 * </ul>
 * The statement request's other members (ConsistentRead, Limit, NextToken, ReturnConsumedCapacity,
 * ReturnValuesOnConditionCheckFailure) come in as {@link StatementOptions}.
 */
public final class PartiqlTranslator {

    /** Which multi-statement operation a statement belongs to, for its errors' wording. */
    public enum StatementBatch { BATCH, TRANSACTION }

    private PartiqlTranslator() {
    }

    /** The request ExecuteStatement runs for {@code statement}; {@code parameters} null when there are none. */
    public static PartiqlRequest translate(PartiqlStatement statement, List<AttributeValue> parameters,
                                           TableKeys keys, StatementOptions options) {
        BoundValues values = BoundValues.bind(statement, parameters);
        if (statement instanceof PartiqlStatement.Select select) {
            return select(select, values, keys, options);
        }
        if (statement instanceof PartiqlStatement.Exists) {
            throw PartiqlErrors.existsOutsideTransaction();
        }
        return write(statement, values, keys, options);
    }

    /**
     * The request a statement of BatchExecuteStatement or ExecuteTransaction runs: writes as
     * {@link #translate}, a SELECT as a GetItem, which needs the WHERE clause to be exactly the equalities on the
     * table's key, and (in a transaction) {@code EXISTS(SELECT ...)} as a ConditionCheck.
     */
    public static PartiqlRequest translateSingleItem(PartiqlStatement statement, List<AttributeValue> parameters,
                                                     TableKeys keys, StatementBatch batch, StatementOptions options) {
        BoundValues values = BoundValues.bind(statement, parameters);
        if (statement instanceof PartiqlStatement.Exists exists) {
            if (batch != StatementBatch.TRANSACTION) {
                throw PartiqlErrors.existsOutsideTransaction();
            }
            return conditionCheck(exists, values, keys, options);
        }
        if (!(statement instanceof PartiqlStatement.Select select)) {
            return write(statement, values, keys, options);
        }
        Supplier<AwsServiceException> withoutKey = batch == StatementBatch.TRANSACTION
                ? PartiqlErrors::transactionReadWithoutKey : PartiqlErrors::batchReadWithoutKey;
        WhereClause where = new WhereClause(select.where());
        if (select.indexName().isPresent()) {
            throw withoutKey.get();
        }
        Map<String, AttributeValue> key = key(where, keys.primary(), values, withoutKey);
        if (where.rest() != null) {
            throw withoutKey.get();
        }
        return new PartiqlRequest.Get(new GetItemRequest(select.tableName(), key,
                projection(select, values), options.consistentRead(), options.capacity()));
    }

    private static PartiqlRequest conditionCheck(PartiqlStatement.Exists exists, BoundValues values,
                                                 TableKeys keys, StatementOptions options) {
        WhereClause where = new WhereClause(exists.select().where());
        Map<String, AttributeValue> key = key(where, keys.primary(), values, PartiqlErrors::missingKeyEquality);
        return new PartiqlRequest.ConditionCheck(TransactWriteItem.conditionCheck(exists.tableName(), key,
                Optional.of(itemExists(values, keys, where)), options.oldItemOnConditionFailure()));
    }

    private static PartiqlRequest select(PartiqlStatement.Select select, BoundValues values, TableKeys keys,
                                         StatementOptions options) {
        String index = select.indexName().orElse(null);
        KeyAttributes indexKeys = index != null ? keys.indexes().get(index) : keys.primary();
        WhereClause where = new WhereClause(select.where());
        TreeWriter keyWriter = new TreeWriter(values);
        ConditionNode keyCondition = null;
        if (indexKeys != null && where.hasEqualities(indexKeys.partitionKeys())) {
            keyCondition = keyCondition(indexKeys, where, keyWriter);
        } else if (select.orderBy() != PartiqlStatement.OrderBy.NONE) {
            throw PartiqlErrors.unsupported("ORDER BY needs an equality on the partition key in the WHERE clause");
        }
        Optional<Condition> filter = condition(ExpressionKind.FILTER, values, where.rest());
        ReadTarget target = new ReadTarget(select.tableName(), index, null, projection(select, values),
                options.consistentRead(), options.capacity());
        if (keyCondition == null) {
            return new PartiqlRequest.Scan(new ScanRequest(target, ScanSegment.WHOLE, filter, options.limit(),
                    options.exclusiveStartKey()));
        }
        return new PartiqlRequest.Query(new QueryRequest(target, Optional.of(keyWriter.trees().keyConditionOf(
                keyCondition)), filter, select.orderBy() != PartiqlStatement.OrderBy.DESCENDING, options.limit(),
                options.exclusiveStartKey()));
    }

    /**
     * The key condition a WHERE clause gives: equality on every partition key attribute, then conditions on the
     * sort key attributes left to right while they are equalities, taken out of {@code where}.
     */
    private static ConditionNode keyCondition(KeyAttributes keys, WhereClause where, TreeWriter keyWriter) {
        ConditionNode keyCondition = null;
        for (String partitionKey : keys.partitionKeys()) {
            keyCondition = and(keyCondition, new ConditionNode.Comparison(keyWriter.name(partitionKey),
                    ConditionNode.Comparator.EQ, keyWriter.operand(where.takeEquality(partitionKey))));
        }
        for (String sortKey : keys.sortKeys()) {
            PartiqlExpression condition = where.takeRangeCondition(sortKey);
            if (condition == null) {
                break;
            }
            keyCondition = and(keyCondition, keyWriter.condition(condition));
            if (!(condition instanceof PartiqlExpression.Comparison comparison && comparison.operator().equals("="))) {
                break;
            }
        }
        return keyCondition;
    }

    private static ConditionNode and(ConditionNode left, ConditionNode right) {
        return left == null ? right : new ConditionNode.And(left, right);
    }

    private static PartiqlRequest write(PartiqlStatement statement, BoundValues values, TableKeys keys,
                                        StatementOptions options) {
        if (statement instanceof PartiqlStatement.Insert insert) {
            return insert(insert, values, keys, options);
        }
        if (statement instanceof PartiqlStatement.Update update) {
            return update(update, values, keys, options);
        }
        PartiqlStatement.Delete delete = (PartiqlStatement.Delete) statement;
        WhereClause where = new WhereClause(delete.where());
        Map<String, AttributeValue> key = key(where, keys.primary(), values, PartiqlErrors::missingKeyEquality);
        PartiqlExpression rest = where.rest();
        Optional<Condition> condition = Optional.empty();
        if (rest != null) {
            TreeWriter writer = new TreeWriter(values);
            ConditionNode missing = TreeWriter.function("attribute_not_exists", writer.name(keys.primary().hashKey()));
            condition = Optional.of(writer.trees().conditionOf(ExpressionKind.CONDITION,
                    new ConditionNode.Or(missing, writer.condition(rest))));
        }
        return new PartiqlRequest.Delete(new DeleteItemRequest(delete.tableName(), key, condition,
                writeOptions(delete.returnValues(), options)));
    }

    private static PartiqlRequest insert(PartiqlStatement.Insert insert, BoundValues values, TableKeys keys,
                                         StatementOptions options) {
        if (!BoundValues.isValue(insert.item())) {
            throw PartiqlErrors.malformed("INSERT needs a map value after VALUE");
        }
        AttributeValue item = values.valueOf(insert.item());
        if (!(item instanceof AttributeValue.M map)) {
            throw PartiqlErrors.malformed("INSERT needs a map value after VALUE");
        }
        TreeWriter writer = new TreeWriter(values);
        Condition newKey = writer.trees().conditionOf(ExpressionKind.CONDITION,
                TreeWriter.function("attribute_not_exists", writer.name(keys.primary().hashKey())));
        return new PartiqlRequest.Put(new PutItemRequest(insert.tableName(), new LinkedHashMap<>(map.values()),
                Optional.of(newKey), writeOptions("NONE", options)));
    }

    private static PartiqlRequest update(PartiqlStatement.Update update, BoundValues values, TableKeys keys,
                                         StatementOptions options) {
        WhereClause where = new WhereClause(update.where());
        Map<String, AttributeValue> key = key(where, keys.primary(), values, PartiqlErrors::missingKeyEquality);
        TreeWriter writer = new TreeWriter(values);
        List<UpdateAction> set = new ArrayList<>();
        List<UpdateAction> add = new ArrayList<>();
        List<UpdateAction> delete = new ArrayList<>();
        for (PartiqlStatement.SetAction action : update.sets()) {
            Operand.DocumentPath path = writer.path(action.path());
            if (action.value() instanceof PartiqlExpression.Call call
                    && (call.function().equals("set_add") || call.function().equals("set_delete"))) {
                if (call.arguments().size() != 2 || !action.path().equals(call.arguments().get(0))) {
                    throw PartiqlErrors.malformed(call.function() + " must be applied to the attribute it sets");
                }
                Operand.ValueReference members = writer.value(call.arguments().get(1));
                if (call.function().equals("set_add")) {
                    add.add(new UpdateAction.Add(path, members));
                } else {
                    delete.add(new UpdateAction.Delete(path, members));
                }
            } else {
                set.add(new UpdateAction.Set(path, writer.operand(action.value())));
            }
        }
        List<UpdateAction> actions = new ArrayList<>(set);
        update.removes().forEach(path -> actions.add(new UpdateAction.Remove(writer.path(path))));
        actions.addAll(add);
        actions.addAll(delete);
        return new PartiqlRequest.Update(new UpdateItemRequest(update.tableName(), key,
                Optional.of(writer.trees().updateOf(actions)), Optional.of(itemExists(values, keys, where)),
                writeOptions(update.returnValues(), options)));
    }

    /** The key the WHERE clause pins with equalities on every key attribute, which are taken out of it. */
    private static Map<String, AttributeValue> key(WhereClause where, KeyAttributes keys, BoundValues values,
                                                   Supplier<AwsServiceException> missing) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        List<String> attributes = new ArrayList<>();
        attributes.add(keys.hashKey());
        keys.rangeKey().ifPresent(attributes::add);
        for (String attribute : attributes) {
            PartiqlExpression value = where.takeEquality(attribute);
            if (value == null) {
                throw missing.get();
            }
            key.put(attribute, values.valueOf(value));
        }
        return key;
    }

    /** {@code attribute_exists(hash)}, AND the WHERE clause's remaining conditions if any. */
    private static Condition itemExists(BoundValues values, TableKeys keys, WhereClause where) {
        TreeWriter writer = new TreeWriter(values);
        ConditionNode exists = TreeWriter.function("attribute_exists", writer.name(keys.primary().hashKey()));
        PartiqlExpression rest = where.rest();
        return writer.trees().conditionOf(ExpressionKind.CONDITION,
                rest == null ? exists : new ConditionNode.And(exists, writer.condition(rest)));
    }

    private static Optional<Condition> condition(ExpressionKind kind, BoundValues values, PartiqlExpression where) {
        if (where == null) {
            return Optional.empty();
        }
        TreeWriter writer = new TreeWriter(values);
        return Optional.of(writer.trees().conditionOf(kind, writer.condition(where)));
    }

    private static Optional<Projection> projection(PartiqlStatement.Select select, BoundValues values) {
        if (select.projection().isEmpty()) {
            return Optional.empty();
        }
        TreeWriter writer = new TreeWriter(values);
        return Optional.of(writer.trees().projectionOf(writer.paths(select.projection())));
    }

    private static WriteOptions writeOptions(String returnValues, StatementOptions options) {
        return new WriteOptions(ReturnValues.valueOf(returnValues), options.capacity(), false,
                options.oldItemOnConditionFailure());
    }
}
