package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.partiql.TableKeys.KeyAttributes;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.spi.AwsServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a parsed PartiQL statement, its bound parameters and its table's keys into the equivalent plain DynamoDB
 * request, in expression form:
 * <ul>
 *   <li>SELECT: a Query when the WHERE clause pins the hash key with {@code =} (plus, if present, one range-key
 *       condition), the other conditions as FilterExpression; otherwise a Scan with the whole WHERE clause as
 *       FilterExpression. Columns become ProjectionExpression, {@code ."Index"} IndexName,
 *       {@code ORDER BY .. DESC} ScanIndexForward false;</li>
 *   <li>INSERT: a PutItem with {@code attribute_not_exists} of the hash key;</li>
 *   <li>UPDATE: an UpdateItem on the key the WHERE clause pins, with {@code attribute_exists} of the hash key AND
 *       the WHERE clause's other conditions as ConditionExpression;</li>
 *   <li>DELETE: a DeleteItem on the key the WHERE clause pins; its other conditions, if any, as
 *       {@code attribute_not_exists(hash) OR (conditions)}, since deleting a missing item succeeds on AWS while
 *       an existing item failing the conditions is a ConditionalCheckFailedException;</li>
 *   <li>EXISTS(SELECT ...), in a transaction only: a ConditionCheck as for UPDATE.</li>
 * </ul>
 * The caller adds what the statement request carries besides: ConsistentRead, Limit, ExclusiveStartKey (from
 * NextToken), ReturnConsumedCapacity, ReturnValuesOnConditionCheckFailure.
 */
public final class PartiqlTranslator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Which multi-statement operation a statement belongs to, for its errors' wording. */
    public enum StatementBatch { BATCH, TRANSACTION }

    private PartiqlTranslator() {
    }

    /** The request ExecuteStatement runs for {@code statement}. */
    public static OperationRequest translate(PartiqlStatement statement, JsonNode parameters, TableKeys keys) {
        BoundValues values = BoundValues.bind(statement, parameters);
        if (statement instanceof PartiqlStatement.Select select) {
            return select(select, values, keys);
        }
        if (statement instanceof PartiqlStatement.Exists) {
            throw PartiqlErrors.existsOutsideTransaction();
        }
        return write(statement, values, keys);
    }

    /**
     * The request a statement of BatchExecuteStatement or ExecuteTransaction runs: writes as
     * {@link #translate}, a SELECT as a GetItem, which needs the WHERE clause to be exactly the equalities on the
     * table's key, and (in a transaction) {@code EXISTS(SELECT ...)} as a ConditionCheck.
     */
    public static OperationRequest translateSingleItem(PartiqlStatement statement, JsonNode parameters,
                                                       TableKeys keys, StatementBatch batch) {
        BoundValues values = BoundValues.bind(statement, parameters);
        if (statement instanceof PartiqlStatement.Exists exists) {
            if (batch != StatementBatch.TRANSACTION) {
                throw PartiqlErrors.existsOutsideTransaction();
            }
            return conditionCheck(exists, values, keys);
        }
        if (!(statement instanceof PartiqlStatement.Select select)) {
            return write(statement, values, keys);
        }
        Supplier<AwsServiceException> withoutKey = batch == StatementBatch.TRANSACTION
                ? PartiqlErrors::transactionReadWithoutKey : PartiqlErrors::batchReadWithoutKey;
        WhereClause where = new WhereClause(select.where());
        if (select.indexName().isPresent()) {
            throw withoutKey.get();
        }
        ObjectNode key = key(where, keys.primary(), values, withoutKey);
        if (where.rest() != null) {
            throw withoutKey.get();
        }
        ObjectNode body = table(select.tableName());
        body.set("Key", key);
        ExpressionWriter writer = new ExpressionWriter(values);
        if (!select.projection().isEmpty()) {
            body.put("ProjectionExpression", writer.paths(select.projection()));
        }
        writer.writeTo(body);
        return new OperationRequest("GetItem", body);
    }

    private static OperationRequest conditionCheck(PartiqlStatement.Exists exists, BoundValues values,
                                                   TableKeys keys) {
        ObjectNode body = table(exists.tableName());
        WhereClause where = new WhereClause(exists.select().where());
        body.set("Key", key(where, keys.primary(), values, PartiqlErrors::missingKeyEquality));
        ExpressionWriter writer = new ExpressionWriter(values);
        body.put("ConditionExpression", itemExists(writer, keys, where));
        writer.writeTo(body);
        return new OperationRequest("ConditionCheck", body);
    }

    private static OperationRequest select(PartiqlStatement.Select select, BoundValues values, TableKeys keys) {
        ObjectNode body = table(select.tableName());
        select.indexName().ifPresent(index -> body.put("IndexName", index));
        KeyAttributes indexKeys = select.indexName().isPresent()
                ? keys.indexes().get(select.indexName().get()) : keys.primary();
        WhereClause where = new WhereClause(select.where());
        ExpressionWriter writer = new ExpressionWriter(values);
        PartiqlExpression hashValue = indexKeys == null ? null : where.takeEquality(indexKeys.hashKey());
        String operation = hashValue == null ? "Scan" : "Query";
        if (hashValue != null) {
            String keyCondition = writer.name(indexKeys.hashKey()) + " = " + writer.operand(hashValue);
            PartiqlExpression range = indexKeys.rangeKey().map(where::takeRangeCondition).orElse(null);
            if (range != null) {
                keyCondition += " AND " + writer.condition(range);
            }
            body.put("KeyConditionExpression", keyCondition);
            if (select.orderBy() == PartiqlStatement.OrderBy.DESCENDING) {
                body.put("ScanIndexForward", false);
            }
        } else if (select.orderBy() != PartiqlStatement.OrderBy.NONE) {
            throw PartiqlErrors.unsupported("ORDER BY needs an equality on the partition key in the WHERE clause");
        }
        PartiqlExpression filter = where.rest();
        if (filter != null) {
            body.put("FilterExpression", writer.condition(filter));
        }
        if (!select.projection().isEmpty()) {
            body.put("ProjectionExpression", writer.paths(select.projection()));
        }
        writer.writeTo(body);
        return new OperationRequest(operation, body);
    }

    private static OperationRequest write(PartiqlStatement statement, BoundValues values, TableKeys keys) {
        if (statement instanceof PartiqlStatement.Insert insert) {
            return insert(insert, values, keys);
        }
        if (statement instanceof PartiqlStatement.Update update) {
            return update(update, values, keys);
        }
        PartiqlStatement.Delete delete = (PartiqlStatement.Delete) statement;
        ObjectNode body = table(delete.tableName());
        WhereClause where = new WhereClause(delete.where());
        body.set("Key", key(where, keys.primary(), values, PartiqlErrors::missingKeyEquality));
        ExpressionWriter writer = new ExpressionWriter(values);
        PartiqlExpression rest = where.rest();
        if (rest != null) {
            body.put("ConditionExpression", "attribute_not_exists(" + writer.name(keys.primary().hashKey())
                    + ") OR " + grouped(writer, rest));
        }
        returnValues(body, delete.returnValues());
        writer.writeTo(body);
        return new OperationRequest("DeleteItem", body);
    }

    private static OperationRequest insert(PartiqlStatement.Insert insert, BoundValues values, TableKeys keys) {
        if (!BoundValues.isValue(insert.item())) {
            throw PartiqlErrors.malformed("INSERT needs a map value after VALUE");
        }
        AttributeValue item = values.valueOf(insert.item());
        if (!(item instanceof AttributeValue.M map)) {
            throw PartiqlErrors.malformed("INSERT needs a map value after VALUE");
        }
        ObjectNode body = table(insert.tableName());
        body.set("Item", AttributeValueCodec.encodeItem(map.values()));
        ExpressionWriter writer = new ExpressionWriter(values);
        body.put("ConditionExpression", "attribute_not_exists(" + writer.name(keys.primary().hashKey()) + ")");
        writer.writeTo(body);
        return new OperationRequest("PutItem", body);
    }

    private static OperationRequest update(PartiqlStatement.Update update, BoundValues values, TableKeys keys) {
        ObjectNode body = table(update.tableName());
        WhereClause where = new WhereClause(update.where());
        body.set("Key", key(where, keys.primary(), values, PartiqlErrors::missingKeyEquality));
        ExpressionWriter writer = new ExpressionWriter(values);
        body.put("UpdateExpression", updateExpression(update, writer));
        body.put("ConditionExpression", itemExists(writer, keys, where));
        returnValues(body, update.returnValues());
        writer.writeTo(body);
        return new OperationRequest("UpdateItem", body);
    }

    private static String updateExpression(PartiqlStatement.Update update, ExpressionWriter writer) {
        List<String> set = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        for (PartiqlStatement.SetAction action : update.sets()) {
            String path = writer.path(action.path());
            if (action.value() instanceof PartiqlExpression.Call call
                    && (call.function().equals("set_add") || call.function().equals("set_delete"))) {
                if (call.arguments().size() != 2 || !action.path().equals(call.arguments().get(0))) {
                    throw PartiqlErrors.malformed(call.function() + " must be applied to the attribute it sets");
                }
                (call.function().equals("set_add") ? add : delete)
                        .add(path + " " + writer.operand(call.arguments().get(1)));
            } else {
                set.add(path + " = " + writer.operand(action.value()));
            }
        }
        List<String> clauses = new ArrayList<>();
        clause(clauses, "SET ", set);
        clause(clauses, "REMOVE ", update.removes().stream().map(writer::path).toList());
        clause(clauses, "ADD ", add);
        clause(clauses, "DELETE ", delete);
        return String.join(" ", clauses);
    }

    private static void clause(List<String> clauses, String keyword, List<String> actions) {
        if (!actions.isEmpty()) {
            clauses.add(keyword + String.join(", ", actions));
        }
    }

    /** The key the WHERE clause pins with equalities on every key attribute, which are taken out of it. */
    private static ObjectNode key(WhereClause where, KeyAttributes keys, BoundValues values,
                                  Supplier<AwsServiceException> missing) {
        ObjectNode key = JSON.objectNode();
        List<String> attributes = new ArrayList<>();
        attributes.add(keys.hashKey());
        keys.rangeKey().ifPresent(attributes::add);
        for (String attribute : attributes) {
            PartiqlExpression value = where.takeEquality(attribute);
            if (value == null) {
                throw missing.get();
            }
            key.set(attribute, AttributeValueCodec.encode(values.valueOf(value)));
        }
        return key;
    }

    private static String itemExists(ExpressionWriter writer, TableKeys keys, WhereClause where) {
        String exists = "attribute_exists(" + writer.name(keys.primary().hashKey()) + ")";
        PartiqlExpression rest = where.rest();
        if (rest == null) {
            return exists;
        }
        return exists + " AND " + grouped(writer, rest);
    }

    /** {@code condition} ready to be AND-ed or OR-ed after another condition: parenthesised when compound. */
    private static String grouped(ExpressionWriter writer, PartiqlExpression condition) {
        String text = writer.condition(condition);
        boolean compound = condition instanceof PartiqlExpression.Or || condition instanceof PartiqlExpression.And;
        return compound ? "(" + text + ")" : text;
    }

    private static void returnValues(ObjectNode body, String returnValues) {
        if (!returnValues.equals("NONE")) {
            body.put("ReturnValues", returnValues);
        }
    }

    private static ObjectNode table(String table) {
        return JSON.objectNode().put("TableName", table);
    }
}
