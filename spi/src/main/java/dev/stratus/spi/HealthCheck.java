package dev.stratus.spi;

/** Reports whether a part of a service works; shown by {@code GET /_stratus/health} under its service. */
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
