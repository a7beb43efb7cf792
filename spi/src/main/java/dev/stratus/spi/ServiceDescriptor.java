package dev.stratus.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param queryApi       the AWS query protocol the service answers besides (or as) its protocol, if any: the
 *                       gateway routes an unsigned {@code Action=…&Version=…} request by its version and writes
 *                       the errors it answers itself to such a request as the query protocol's XML document
 */
public record ServiceDescriptor(
        String name,
        String signingName,
        Protocol protocol,
        List<String> targetPrefixes,
        List<String> pathPrefixes,
        Set<String> requires,
        List<Setting> settings,
        Optional<QueryApi> queryApi) {

    public ServiceDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signingName, "signingName");
        Objects.requireNonNull(protocol, "protocol");
        targetPrefixes = List.copyOf(targetPrefixes);
        pathPrefixes = List.copyOf(pathPrefixes);
        requires = Set.copyOf(requires);
        settings = List.copyOf(settings);
        Objects.requireNonNull(queryApi, "queryApi");
    }

    /** A service that speaks no query protocol (or whose descriptor predates {@link #queryApi}). */
    public ServiceDescriptor(String name, String signingName, Protocol protocol, List<String> targetPrefixes,
                             List<String> pathPrefixes, Set<String> requires, List<Setting> settings) {
        this(name, signingName, protocol, targetPrefixes, pathPrefixes, requires, settings, Optional.empty());
    }

    /** This descriptor for a service that also answers the query protocol of API version {@code version}. */
    public ServiceDescriptor withQueryApi(String version, String xmlNamespace) {
        return new ServiceDescriptor(name, signingName, protocol, targetPrefixes, pathPrefixes, requires, settings,
                Optional.of(new QueryApi(version, xmlNamespace)));
    }

    /**
     * A query protocol API.
     *
     * @param version      the {@code Version} parameter its requests carry (e.g. {@code 2012-11-05})
     * @param xmlNamespace the namespace of its XML responses (e.g. {@code http://queue.amazonaws.com/doc/2012-11-05/})
     */
    public record QueryApi(String version, String xmlNamespace) {

        public QueryApi {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(xmlNamespace, "xmlNamespace");
        }
    }
}
