package dev.stratus.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** A ProjectionExpression: document paths separated by commas. */
final class ProjectionParser extends TokenStream {

    private ProjectionParser(String source) {
        super(source);
    }

    static List<Operand.DocumentPath> parse(String source) {
        ProjectionParser parser = new ProjectionParser(source);
        List<Operand.DocumentPath> paths = new ArrayList<>();
        paths.add(parser.parsePath());
        while (parser.peek().is(Token.Kind.COMMA)) {
            parser.next();
            paths.add(parser.parsePath());
        }
        parser.expectEnd();
        return List.copyOf(paths);
    }
}
