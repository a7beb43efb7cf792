package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.partiql.PartiqlExpression.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-written recursive-descent parser for the PartiQL subset DynamoDB runs: SELECT, INSERT, UPDATE and
 * DELETE. Syntax errors are ValidationExceptions "Statement wasn't well formed, can't be processed: ...".
 */
public final class PartiqlParser {

    private static final Set<String> KEYWORDS = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "BETWEEN",
            "IN", "IS", "MISSING", "NULL", "TRUE", "FALSE", "SET", "REMOVE", "INSERT", "INTO", "VALUE", "UPDATE",
            "DELETE", "RETURNING", "ORDER", "BY", "ASC", "DESC", "EXISTS");
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", "<=", ">", ">=");
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("begins_with", "contains", "attribute_type");
    private static final Set<String> UPDATE_FUNCTIONS = Set.of("list_append", "if_not_exists", "set_add",
            "set_delete");

    private final List<Token> tokens;
    private int next;
    private int parameters;

    private PartiqlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses one statement; a trailing {@code ;} is allowed. */
    public static PartiqlStatement parse(String statement) {
        PartiqlParser parser = new PartiqlParser(PartiqlLexer.tokens(statement));
        PartiqlStatement parsed = parser.statement();
        parser.accept(";");
        parser.expectEnd();
        return parsed;
    }

    private PartiqlStatement statement() {
        Token first = peek();
        if (first.is("SELECT")) {
            return select();
        }
        if (first.is("INSERT")) {
            return insert();
        }
        if (first.is("UPDATE")) {
            return update();
        }
        if (first.is("DELETE")) {
            return delete();
        }
        if (first.is("EXISTS")) {
            return exists();
        }
        throw PartiqlErrors.malformed("Expected data manipulation");
    }

    /** {@code EXISTS(SELECT * FROM "Table" WHERE ...)}, a condition check within ExecuteTransaction. */
    private PartiqlStatement exists() {
        expect("EXISTS");
        expect("(");
        Token start = peek();
        PartiqlStatement select = select();
        expect(")");
        if (!(select instanceof PartiqlStatement.Select query) || query.indexName().isPresent()
                || query.orderBy() != PartiqlStatement.OrderBy.NONE) {
            throw PartiqlErrors.malformed("EXISTS needs a SELECT from a table at position " + start.position());
        }
        return new PartiqlStatement.Exists(query);
    }

    private PartiqlStatement select() {
        expect("SELECT");
        List<Path> projection = new ArrayList<>();
        if (!accept("*")) {
            do {
                projection.add(path());
            } while (accept(","));
        }
        expect("FROM");
        String table = identifier();
        Optional<String> index = accept(".") ? Optional.of(identifier()) : Optional.empty();
        PartiqlExpression where = accept("WHERE") ? condition() : null;
        PartiqlStatement.OrderBy orderBy = PartiqlStatement.OrderBy.NONE;
        if (accept("ORDER")) {
            expect("BY");
            path();
            if (accept("DESC")) {
                orderBy = PartiqlStatement.OrderBy.DESCENDING;
            } else {
                accept("ASC");
                orderBy = PartiqlStatement.OrderBy.ASCENDING;
            }
        }
        return new PartiqlStatement.Select(projection, table, index, where, orderBy, parameters);
    }

    private PartiqlStatement insert() {
        expect("INSERT");
        expect("INTO");
        String table = tableOnly();
        expect("VALUE");
        PartiqlExpression item = value();
        return new PartiqlStatement.Insert(table, item, parameters);
    }

    private PartiqlStatement update() {
        expect("UPDATE");
        String table = tableOnly();
        List<PartiqlStatement.SetAction> sets = new ArrayList<>();
        List<Path> removes = new ArrayList<>();
        while (peek().is("SET") || peek().is("REMOVE")) {
            if (accept("SET")) {
                do {
                    Path path = path();
                    expect("=");
                    sets.add(new PartiqlStatement.SetAction(path, setValue()));
                } while (accept(","));
            } else {
                expect("REMOVE");
                do {
                    removes.add(path());
                } while (accept(","));
            }
        }
        if (sets.isEmpty() && removes.isEmpty()) {
            throw unexpected(peek());
        }
        PartiqlExpression where = accept("WHERE") ? condition() : null;
        return new PartiqlStatement.Update(table, sets, removes, where, returning(), parameters);
    }

    private PartiqlStatement delete() {
        expect("DELETE");
        expect("FROM");
        String table = tableOnly();
        PartiqlExpression where = accept("WHERE") ? condition() : null;
        String returnValues = returning();
        if (!returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
            throw PartiqlErrors.deleteReturning(returnValues);
        }
        return new PartiqlStatement.Delete(table, where, returnValues, parameters);
    }

    /** {@code RETURNING (ALL | MODIFIED) (OLD | NEW) *} as DynamoDB's ReturnValues; NONE when absent. */
    private String returning() {
        if (!accept("RETURNING")) {
            return "NONE";
        }
        String which = word("ALL", "MODIFIED");
        String when = word("OLD", "NEW");
        expect("*");
        return (which.equals("ALL") ? "ALL_" : "UPDATED_") + when;
    }

    private String tableOnly() {
        String table = identifier();
        if (peek().is(".")) {
            throw PartiqlErrors.malformed("An index cannot be the target of a write: " + table + "." + tokens.get(
                    next + 1).describe());
        }
        return table;
    }

    private PartiqlExpression condition() {
        PartiqlExpression left = conjunction();
        while (accept("OR")) {
            left = new PartiqlExpression.Or(left, conjunction());
        }
        return left;
    }

    private PartiqlExpression conjunction() {
        PartiqlExpression left = negation();
        while (accept("AND")) {
            left = new PartiqlExpression.And(left, negation());
        }
        return left;
    }

    private PartiqlExpression negation() {
        return accept("NOT") ? new PartiqlExpression.Not(negation()) : predicate();
    }

    private PartiqlExpression predicate() {
        if (accept("(")) {
            PartiqlExpression inner = condition();
            expect(")");
            return inner;
        }
        if (isCall(CONDITION_FUNCTIONS)) {
            return call();
        }
        PartiqlExpression left = operand();
        Token operator = peek();
        if (operator.kind() == Token.Kind.SYMBOL && COMPARISONS.contains(operator.text())) {
            next++;
            return new PartiqlExpression.Comparison(operator.text(), left, operand());
        }
        boolean negated = accept("NOT");
        PartiqlExpression predicate;
        if (accept("BETWEEN")) {
            PartiqlExpression lower = operand();
            expect("AND");
            predicate = new PartiqlExpression.Between(left, lower, operand());
        } else if (accept("IN")) {
            predicate = new PartiqlExpression.In(left, candidates());
        } else if (!negated && accept("IS")) {
            boolean not = accept("NOT");
            expect("MISSING");
            if (!(left instanceof Path path)) {
                throw PartiqlErrors.malformed("IS MISSING needs a document path");
            }
            predicate = new PartiqlExpression.IsMissing(path, not);
        } else {
            throw unexpected(peek());
        }
        return negated ? new PartiqlExpression.Not(predicate) : predicate;
    }

    private List<PartiqlExpression> candidates() {
        String close = accept("[") ? "]" : null;
        if (close == null) {
            expect("(");
            close = ")";
        }
        List<PartiqlExpression> candidates = new ArrayList<>();
        do {
            candidates.add(operand());
        } while (accept(","));
        expect(close);
        return candidates;
    }

    private PartiqlExpression operand() {
        if (isCall(Set.of("size"))) {
            return call();
        }
        return startsValue() ? value() : path();
    }

    /** The right-hand side of a SET action: terms joined by {@code +} and {@code -}. */
    private PartiqlExpression setValue() {
        PartiqlExpression left = setTerm();
        while (peek().is("+") || peek().is("-")) {
            String operator = take().text();
            left = new PartiqlExpression.Arithmetic(operator, left, setTerm());
        }
        return left;
    }

    private PartiqlExpression setTerm() {
        if (isCall(UPDATE_FUNCTIONS)) {
            String function = take().text().toLowerCase(Locale.ROOT);
            expect("(");
            List<PartiqlExpression> arguments = new ArrayList<>();
            do {
                arguments.add(setValue());
            } while (accept(","));
            expect(")");
            return new PartiqlExpression.Call(function, arguments);
        }
        return startsValue() ? value() : path();
    }

    private PartiqlExpression call() {
        String function = take().text().toLowerCase(Locale.ROOT);
        expect("(");
        List<PartiqlExpression> arguments = new ArrayList<>();
        do {
            arguments.add(operand());
        } while (accept(","));
        expect(")");
        int expected = function.equals("size") ? 1 : 2;
        if (arguments.size() != expected || !(arguments.get(0) instanceof Path)) {
            throw PartiqlErrors.malformed("Invalid arguments for function " + function);
        }
        return new PartiqlExpression.Call(function, arguments);
    }

    private boolean isCall(Set<String> functions) {
        Token token = peek();
        return token.kind() == Token.Kind.WORD && functions.contains(token.text().toLowerCase(Locale.ROOT))
                && tokens.get(next + 1).is("(");
    }

    private boolean startsValue() {
        Token token = peek();
        return token.kind() == Token.Kind.STRING || token.kind() == Token.Kind.NUMBER
                || token.is("-") || token.is("?") || token.is("[") || token.is("{") || token.is("<<")
                || token.is("TRUE") || token.is("FALSE") || token.is("NULL");
    }

    private PartiqlExpression value() {
        Token token = take();
        if (token.kind() == Token.Kind.STRING) {
            return new PartiqlExpression.Literal(AttributeValue.s(token.text()));
        }
        if (token.kind() == Token.Kind.NUMBER) {
            return new PartiqlExpression.Literal(AttributeValue.n(token.text()));
        }
        if (token.is("-") && peek().kind() == Token.Kind.NUMBER) {
            return new PartiqlExpression.Literal(AttributeValue.n("-" + take().text()));
        }
        if (token.is("?")) {
            return new PartiqlExpression.Parameter(parameters++);
        }
        if (token.is("TRUE") || token.is("FALSE")) {
            return new PartiqlExpression.Literal(AttributeValue.bool(token.is("TRUE")));
        }
        if (token.is("NULL")) {
            return new PartiqlExpression.Literal(AttributeValue.nul());
        }
        if (token.is("[")) {
            return new PartiqlExpression.ListOf(values("]"));
        }
        if (token.is("<<")) {
            return new PartiqlExpression.SetOf(values(">>"));
        }
        if (token.is("{")) {
            return map();
        }
        throw unexpected(token);
    }

    private List<PartiqlExpression> values(String close) {
        List<PartiqlExpression> values = new ArrayList<>();
        if (accept(close)) {
            return values;
        }
        do {
            values.add(value());
        } while (accept(","));
        expect(close);
        return values;
    }

    private PartiqlExpression map() {
        Map<String, PartiqlExpression> entries = new LinkedHashMap<>();
        if (accept("}")) {
            return new PartiqlExpression.MapOf(entries);
        }
        do {
            Token key = take();
            if (key.kind() != Token.Kind.STRING) {
                throw unexpected(key);
            }
            expect(":");
            entries.put(key.text(), value());
        } while (accept(","));
        expect("}");
        return new PartiqlExpression.MapOf(entries);
    }

    private Path path() {
        List<Path.Element> elements = new ArrayList<>();
        elements.add(new Path.Name(identifier()));
        while (true) {
            if (peek().is(".") && isIdentifier(tokens.get(next + 1))) {
                next++;
                elements.add(new Path.Name(identifier()));
            } else if (accept("[")) {
                Token element = take();
                if (element.kind() == Token.Kind.NUMBER && element.text().chars().allMatch(Character::isDigit)) {
                    elements.add(new Path.Index(Integer.parseInt(element.text())));
                } else if (element.kind() == Token.Kind.STRING) {
                    elements.add(new Path.Name(element.text()));
                } else {
                    throw unexpected(element);
                }
                expect("]");
            } else {
                return new Path(elements);
            }
        }
    }

    private String identifier() {
        Token token = take();
        if (!isIdentifier(token)) {
            throw unexpected(token);
        }
        return token.text();
    }

    private static boolean isIdentifier(Token token) {
        return token.kind() == Token.Kind.QUOTED_IDENTIFIER
                || (token.kind() == Token.Kind.WORD && !KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT)));
    }

    private String word(String... choices) {
        Token token = take();
        for (String choice : choices) {
            if (token.is(choice)) {
                return choice;
            }
        }
        throw unexpected(token);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }

    private boolean accept(String symbolOrKeyword) {
        if (peek().is(symbolOrKeyword)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String symbolOrKeyword) {
        Token token = take();
        if (!token.is(symbolOrKeyword)) {
            throw PartiqlErrors.malformed("Expected " + symbolOrKeyword + " but found " + token.describe()
                    + " at position " + token.position());
        }
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw unexpected(peek());
        }
    }

    private static RuntimeException unexpected(Token token) {
        return PartiqlErrors.malformed("Unexpected " + token.describe() + " at position " + token.position());
    }
}
