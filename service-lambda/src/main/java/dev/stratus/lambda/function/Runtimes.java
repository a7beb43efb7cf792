package dev.stratus.lambda.function;

import dev.stratus.lambda.LambdaErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The runtimes Lambda accepts for new code, and those it no longer does. */
public final class Runtimes {

    private static final List<String> SUPPORTED = List.of("nodejs24.x", "nodejs22.x", "nodejs20.x", "nodejs18.x",
            "nodejs16.x", "python3.14", "python3.13", "python3.12", "python3.11", "python3.10", "python3.9",
            "java25", "java21", "java17", "java11", "java8.al2", "dotnet10", "dotnet8", "ruby4.0", "ruby3.4",
            "ruby3.3", "ruby3.2", "provided.al2023", "provided.al2");
    /** Retired runtimes and the runtime Lambda suggests instead. */
    private static final Map<String, String> RETIRED = Map.ofEntries(
            Map.entry("nodejs", "nodejs22.x"), Map.entry("nodejs4.3", "nodejs22.x"), Map.entry("nodejs4.3-edge", "nodejs22.x"),
            Map.entry("nodejs6.10", "nodejs22.x"), Map.entry("nodejs8.10", "nodejs22.x"), Map.entry("nodejs10.x", "nodejs22.x"),
            Map.entry("nodejs12.x", "nodejs22.x"), Map.entry("nodejs14.x", "nodejs22.x"), Map.entry("java8", "java21"),
            Map.entry("python2.7", "python3.13"), Map.entry("python3.6", "python3.13"), Map.entry("python3.7", "python3.13"),
            Map.entry("python3.8", "python3.13"), Map.entry("dotnetcore1.0", "dotnet8"), Map.entry("dotnetcore2.0", "dotnet8"),
            Map.entry("dotnetcore2.1", "dotnet8"), Map.entry("dotnetcore3.1", "dotnet8"), Map.entry("dotnet6", "dotnet8"),
            Map.entry("go1.x", "provided.al2023"), Map.entry("ruby2.5", "ruby3.3"), Map.entry("ruby2.7", "ruby3.3"),
            Map.entry("provided", "provided.al2023"));

    private Runtimes() {
    }

    /** Whether Lambda knows the runtime at all, supported or retired (as layers may name either). */
    public static boolean isKnown(String runtime) {
        return SUPPORTED.contains(runtime) || RETIRED.containsKey(runtime);
    }

    /** Every runtime Lambda knows, supported ones first. */
    public static List<String> known() {
        List<String> known = new ArrayList<>(SUPPORTED);
        known.addAll(new TreeSet<>(RETIRED.keySet()));
        return known;
    }

    static void check(String runtime) {
        String replacement = RETIRED.get(runtime);
        if (replacement != null) {
            throw LambdaErrors.invalidParameter("The runtime parameter of " + runtime + " is no longer supported for "
                    + "creating or updating AWS Lambda functions. We recommend you use the new runtime (" + replacement
                    + ") while creating or updating functions.");
        }
        if (!SUPPORTED.contains(runtime)) {
            throw LambdaErrors.invalidParameter("Value " + runtime + " at 'runtime' failed to satisfy constraint: Member "
                    + "must satisfy enum value set: " + SUPPORTED + " or be a valid ARN");
        }
    }
}
