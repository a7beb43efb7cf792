package dev.stratus.gateway.plugin;

import dev.stratus.gateway.StartupException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Picks the services to start from those found, and checks that each one's requirements start too. */
public final class ServiceSelection {

    private ServiceSelection() {
    }

    /**
     * @param wanted comma-separated names, or blank for every service found
     */
    public static List<LoadedService> select(List<LoadedService> found, String wanted) {
        Map<String, LoadedService> byName = new LinkedHashMap<>();
        for (LoadedService service : found) {
            LoadedService earlier = byName.putIfAbsent(service.descriptor().name(), service);
            if (earlier != null) {
                throw new StartupException("Two plugins provide the service '" + service.descriptor().name() + "': "
                        + earlier.origin() + " and " + service.origin() + ".");
            }
        }
        List<LoadedService> chosen = new ArrayList<>();
        if (wanted == null || wanted.isBlank()) {
            chosen.addAll(byName.values());
        } else {
            for (String name : names(wanted)) {
                LoadedService service = byName.get(name);
                if (service == null) {
                    throw new StartupException("Unknown service '" + name + "' in --services; available: "
                            + String.join(", ", byName.keySet()) + ".");
                }
                chosen.add(service);
            }
        }
        checkRequirements(chosen);
        return chosen;
    }

    private static Set<String> names(String wanted) {
        return Arrays.stream(wanted.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static void checkRequirements(List<LoadedService> chosen) {
        Set<String> running = chosen.stream().map(s -> s.descriptor().name()).collect(Collectors.toSet());
        for (LoadedService service : chosen) {
            for (String required : service.descriptor().requires()) {
                if (!running.contains(required)) {
                    throw new StartupException("The service '" + service.descriptor().name() + "' requires the service '"
                            + required + "', which is not started; add it to --services.");
                }
            }
        }
    }
}
