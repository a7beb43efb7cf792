package dev.stratus.lambda.layer;

import dev.stratus.lambda.LambdaErrors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A layer: its name within an account and region. */
public record LayerId(String accountId, String region, String name) {

    /** The model's pattern of a {@code LayerName}: a layer's ARN or its bare name. */
    private static final String LAYER_NAME =
            "(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+";
    private static final Pattern LAYER_ARN =
            Pattern.compile("arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\\d{12}):layer:([a-zA-Z0-9-_]+)");

    /** The layer a {@code LayerName} parameter designates: a name in the caller's account and region, or an ARN. */
    public static LayerId locate(String layerName, String accountId, String region) {
        if (layerName.length() > 140 || !layerName.matches(LAYER_NAME)) {
            throw LambdaErrors.validation("'" + layerName + "'", "layerName",
                    "Member must satisfy regular expression pattern: " + LAYER_NAME);
        }
        Matcher arn = LAYER_ARN.matcher(layerName);
        if (arn.matches()) {
            return new LayerId(arn.group(2), arn.group(1), arn.group(3));
        }
        return new LayerId(accountId, region, layerName);
    }

    public LayerVersionArn version(long number) {
        return new LayerVersionArn(accountId, region, name, number);
    }

    public String arn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":layer:" + name;
    }
}
