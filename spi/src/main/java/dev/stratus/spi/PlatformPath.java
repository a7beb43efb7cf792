package dev.stratus.spi;

/**
 * A service's own paths under {@code /_stratus/<service>/}, for what no AWS API offers: records a local peer keeps
 * instead of sending them off the machine, links AWS would host (an SNS SubscribeURL). Bound with
 * {@link ServiceBindings#platformPath}. The gateway hands it the {@code GET} and {@code HEAD} requests under its
 * prefix, unsigned and outside any account; other methods there are refused with 405.
 */
public interface PlatformPath {

    /** The service's {@link ServiceDescriptor#name()}: the path answers {@code /_stratus/<service>/} and below. */
    String service();

    /** Answers a request whose path starts with the prefix (the full path, not stripped). */
    ServiceResponse handle(ServiceRequest request);
}
