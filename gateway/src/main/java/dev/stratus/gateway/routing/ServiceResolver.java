package dev.stratus.gateway.routing;

import dev.stratus.spi.ServiceDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * Picks the service a request is for: the {@code X-Amz-Target} prefix first (DynamoDB and DynamoDB Streams
 * both sign as {@code dynamodb}, so the target decides), then the SigV4 credential scope's service, then the
 * path prefix. A query protocol request that is not signed is resolved by the API version it names.
 */
public final class ServiceResolver {

    private final List<ServiceDescriptor> services;

    public ServiceResolver(List<ServiceDescriptor> services) {
        this.services = List.copyOf(services);
    }

    public Optional<ServiceDescriptor> resolve(String target, CredentialScope scope, String path) {
        if (target != null) {
            int dot = target.lastIndexOf('.');
            String prefix = dot < 0 ? target : target.substring(0, dot);
            for (ServiceDescriptor service : services) {
                if (service.targetPrefixes().contains(prefix)) {
                    return Optional.of(service);
                }
            }
            return Optional.empty();
        }
        if (scope != null) {
            for (ServiceDescriptor service : services) {
                if (service.signingName().equals(scope.service())) {
                    return Optional.of(service);
                }
            }
        }
        for (ServiceDescriptor service : services) {
            for (String pathPrefix : service.pathPrefixes()) {
                if (path.startsWith(pathPrefix)) {
                    return Optional.of(service);
                }
            }
        }
        return Optional.empty();
    }

    /** The service whose query protocol API has this version ({@code 2012-11-05} is SQS's). */
    public Optional<ServiceDescriptor> byQueryVersion(String version) {
        return services.stream()
                .filter(s -> s.queryApi().map(api -> api.version().equals(version)).orElse(false))
                .findFirst();
    }
}
