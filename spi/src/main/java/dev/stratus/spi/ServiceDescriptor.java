package dev.stratus.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the gateway recognises a service's requests.
 *
 * @param name           the service's name, as used by {@code --services} and in health output (e.g. {@code dynamodb})
 * @param signingName    the SigV4 credential scope's service name the service answers to (e.g. {@code dynamodb})
 * @param protocol       the AWS protocol of the service's API
 * @param targetPrefixes the {@code X-Amz-Target} prefixes it owns (e.g. {@code DynamoDB_20120810}); empty for REST services
 * @param pathPrefixes   the URI path prefixes it owns (e.g. {@code /2015-03-31/}); empty for JSON services
 * @param requires       the names of services that must be running for this one to work
 * @param settings       the settings the service reads; any other {@code <name>.*} setting is refused at startup
 */
public record ServiceDescriptor(
        String name,
        String signingName,
        Protocol protocol,
        List<String> targetPrefixes,
        List<String> pathPrefixes,
        Set<String> requires,
        List<Setting> settings) {

    public ServiceDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signingName, "signingName");
        Objects.requireNonNull(protocol, "protocol");
        targetPrefixes = List.copyOf(targetPrefixes);
        pathPrefixes = List.copyOf(pathPrefixes);
        requires = Set.copyOf(requires);
        settings = List.copyOf(settings);
    }
}
