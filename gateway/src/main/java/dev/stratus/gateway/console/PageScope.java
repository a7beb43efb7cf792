package dev.stratus.gateway.console;

import java.util.Optional;
import org.eclipse.jetty.util.Fields;

/** The account and region a console request asks about (query parameters {@code account}, {@code region}). */
record PageScope(String account, String region) {

    static PageScope of(Fields query, String defaultRegion) {
        return new PageScope(Optional.ofNullable(query.getValue("account")).orElse("000000000000"),
                Optional.ofNullable(query.getValue("region")).orElse(defaultRegion));
    }

    /** A 12-digit account and a region name. */
    boolean valid() {
        return account.matches("\\d{12}") && region.matches("[a-z0-9-]+");
    }
}
