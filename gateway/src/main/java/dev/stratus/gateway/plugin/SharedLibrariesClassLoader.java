package dev.stratus.gateway.plugin;

import java.util.List;

/**
 * The parent of every plugin class loader: it exposes the JDK, exactly the packages that appear in the SPI's
 * signatures (the SPI, Guice and the AOP Alliance interfaces its {@code Binder} names, jakarta.inject, Jackson,
 * SLF4J) and Lambda's event-source contract (so a plugin can offer Lambda a source or a destination), and
 * nothing else, so a plugin's own dependencies never clash with the server's. Guava is Guice's implementation
 * detail, not part of the contract: a plugin that wants it bundles its own.
 */
final class SharedLibrariesClassLoader extends ClassLoader {

    private static final List<String> SHARED_PACKAGES = List.of(
            "dev.stratus.spi.", "dev.stratus.events.api.", "com.google.inject.", "jakarta.inject.",
            "com.fasterxml.jackson.", "org.slf4j.", "org.aopalliance.");

    private final ClassLoader platform;

    SharedLibrariesClassLoader(ClassLoader platform) {
        super("stratus-shared", ClassLoader.getPlatformClassLoader());
        this.platform = platform;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (String shared : SHARED_PACKAGES) {
            if (name.startsWith(shared)) {
                return platform.loadClass(name);
            }
        }
        throw new ClassNotFoundException(name);
    }
}
