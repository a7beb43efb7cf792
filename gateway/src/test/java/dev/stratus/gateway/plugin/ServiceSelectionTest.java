package dev.stratus.gateway.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.Module;
import dev.stratus.gateway.StartupException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceSelectionTest {

    private final LoadedService dynamodb = service("dynamodb", Set.of());
    private final LoadedService streams = service("dynamodbstreams", Set.of("dynamodb"));
    private final LoadedService lambda = service("lambda", Set.of());

    @Test
    void noListStartsEveryServiceFound() {
        assertEquals(List.of(dynamodb, streams, lambda), ServiceSelection.select(List.of(dynamodb, streams, lambda), ""));
    }

    @Test
    void aListStartsOnlyTheNamedServices() {
        assertEquals(List.of(lambda), ServiceSelection.select(List.of(dynamodb, streams, lambda), " lambda "));
    }

    @Test
    void aServiceWhoseRequirementIsOffStopsStartupNamingBoth() {
        StartupException error = assertThrows(StartupException.class,
                () -> ServiceSelection.select(List.of(dynamodb, streams, lambda), "dynamodbstreams,lambda"));

        assertEquals("The service 'dynamodbstreams' requires the service 'dynamodb', which is not started; "
                + "add it to --services.", error.getMessage());
    }

    @Test
    void anUnknownServiceNameStopsStartupListingTheAvailableOnes() {
        StartupException error = assertThrows(StartupException.class,
                () -> ServiceSelection.select(List.of(dynamodb, lambda), "s3"));

        assertEquals("Unknown service 's3' in --services; available: dynamodb, lambda.", error.getMessage());
    }

    private static LoadedService service(String name, Set<String> requires) {
        ServiceDescriptor descriptor = new ServiceDescriptor(name, name, Protocol.AWS_JSON_1_0, List.of(name + "_1"),
                List.of(), requires, List.of());
        ServicePlugin plugin = new ServicePlugin() {
            @Override
            public ServiceDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public Module module() {
                return binder -> { };
            }
        };
        return new LoadedService(plugin, descriptor, "classpath");
    }
}
