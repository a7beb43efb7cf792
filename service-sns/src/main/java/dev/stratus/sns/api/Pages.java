package dev.stratus.sns.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.SnsErrors;
import java.util.List;
import java.util.function.BiConsumer;

/** The pages of SNS's List operations: 100 entries each, the next token the position of the next entry. */
final class Pages {

    static final int SIZE = 100;

    private Pages() {
    }

    static <T> void write(List<T> all, String nextToken, ObjectNode output, String listName,
                          BiConsumer<T, ObjectNode> entry) {
        int from = start(nextToken, all.size());
        ArrayNode list = output.putArray(listName);
        int to = Math.min(all.size(), from + SIZE);
        all.subList(from, to).forEach(element -> entry.accept(element, list.addObject()));
        if (to < all.size()) {
            output.put("NextToken", Integer.toString(to));
        }
    }

    private static int start(String nextToken, int size) {
        if (nextToken == null) {
            return 0;
        }
        if (!nextToken.matches("\\d{1,9}") || Integer.parseInt(nextToken) > size) {
            throw SnsErrors.invalidParameter("NextToken");
        }
        return Integer.parseInt(nextToken);
    }
}
