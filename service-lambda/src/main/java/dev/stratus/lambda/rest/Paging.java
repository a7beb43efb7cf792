package dev.stratus.lambda.rest;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.protocol.RestRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing: the items after the {@code Marker} query parameter, at most {@code MaxItems} of them,
 * and the marker of the next page when there is one.
 */
public record Paging<T>(List<T> items, String nextMarker) {

    private static final int DEFAULT_MAX_ITEMS = 50;
    private static final int LARGEST_MAX_ITEMS = 10000;

    public static <T> Paging<T> of(RestRequest request, List<T> all, Function<T, String> key) {
        return of(request, all, key, LARGEST_MAX_ITEMS);
    }

    /** A page of an operation whose API model allows at most {@code largest} items a page. */
    public static <T> Paging<T> of(RestRequest request, List<T> all, Function<T, String> key, int largest) {
        int maxItems = request.query("MaxItems").map(value -> maxItems(value, largest))
                .orElse(Math.min(DEFAULT_MAX_ITEMS, largest));
        int start = 0;
        String marker = request.query("Marker").orElse(null);
        if (marker != null) {
            String from = decode(marker);
            while (start < all.size() && !key.apply(all.get(start)).equals(from)) {
                start++;
            }
            if (start == all.size()) {
                throw LambdaErrors.invalidParameter("Invalid marker: " + marker);
            }
        }
        int end = Math.min(all.size(), start + maxItems);
        String next = end < all.size() ? encode(key.apply(all.get(end))) : null;
        return new Paging<>(all.subList(start, end), next);
    }

    private static int maxItems(String value, int largest) {
        int maxItems;
        try {
            maxItems = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw LambdaErrors.invalidParameter("Invalid MaxItems: " + value);
        }
        if (maxItems < 1 || maxItems > largest) {
            throw LambdaErrors.validation("'" + maxItems + "'", "maxItems", maxItems < 1
                    ? "Member must have value greater than or equal to 1"
                    : "Member must have value less than or equal to " + largest);
        }
        return maxItems;
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw LambdaErrors.invalidParameter("Invalid marker: " + marker);
        }
    }
}
