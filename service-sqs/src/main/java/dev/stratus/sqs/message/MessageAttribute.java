package dev.stratus.sqs.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One message attribute as sent: a data type ({@code String}, {@code Number}, {@code Binary}, optionally with a
 * custom suffix such as {@code Number.int}) and its value; binary values are kept base64-encoded, as both
 * protocols carry them.
 */
public record MessageAttribute(String dataType, String stringValue, String binaryValue, List<String> stringListValues,
                               List<String> binaryListValues) {

    public MessageAttribute {
        stringListValues = stringListValues == null ? List.of() : List.copyOf(stringListValues);
        binaryListValues = binaryListValues == null ? List.of() : List.copyOf(binaryListValues);
    }

    @JsonIgnore
    public boolean isBinary() {
        return dataType.startsWith("Binary");
    }
}
