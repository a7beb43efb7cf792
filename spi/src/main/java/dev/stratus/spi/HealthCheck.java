package dev.stratus.spi;

/**
 * Reports whether a part of a service works; bound with {@link ServiceBindings#healthCheck} and shown by
 * {@code GET /_stratus/health} under its service. {@link #check()} is called on every health request, from
 * any thread, so it must be cheap and must not wait on requests in flight; a failing part is reported as
 * {@link HealthStatus#failing}, which marks the service degraded, not thrown.
 */
public interface HealthCheck {

    /** The {@link ServiceDescriptor#name()} this check belongs to. */
    String service();

    HealthStatus check();

    /** The outcome of a check: healthy or not, with a short detail a person can read. */
    record HealthStatus(boolean healthy, String detail) {

        public static HealthStatus ok(String detail) {
            return new HealthStatus(true, detail);
        }

        public static HealthStatus failing(String detail) {
            return new HealthStatus(false, detail);
        }
    }
}
