package dev.stratus.gateway.plugin;

import dev.stratus.gateway.StartupException;
import dev.stratus.spi.ConsolePage;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds services: built-in ones on the classpath, third-party ones as jars in the plugins directory. */
public final class PluginLoader {

    private final ClassLoader platform;

    public PluginLoader(ClassLoader platform) {
        this.platform = platform;
    }

    public List<LoadedService> load(Path pluginsDir) {
        List<LoadedService> found = new ArrayList<>(fromClassLoader(platform, "classpath"));
        if (pluginsDir != null) {
            for (Path jar : jarsIn(pluginsDir)) {
                found.addAll(fromClassLoader(classLoaderFor(jar), jar.toString()));
            }
        }
        return found;
    }

    private List<LoadedService> fromClassLoader(ClassLoader loader, String origin) {
        List<LoadedService> services = new ArrayList<>();
        try {
            List<ConsolePage> pages = new ArrayList<>();
            ServiceLoader.load(ConsolePage.class, loader).forEach(pages::add);
            for (ServicePlugin plugin : ServiceLoader.load(ServicePlugin.class, loader)) {
                ServiceDescriptor descriptor = plugin.descriptor();
                services.add(new LoadedService(plugin, descriptor, origin,
                        pages.stream().filter(page -> page.service().equals(descriptor.name())).toList()));
            }
            for (ConsolePage page : pages) {
                if (services.stream().noneMatch(service -> service.descriptor().name().equals(page.service()))) {
                    throw new StartupException("The console page " + page.getClass().getName() + " in " + origin
                            + " names the service '" + page.service() + "', which is not there.");
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new StartupException("Cannot load the plugin in " + origin + ": " + e.getMessage(), e);
        }
        return services;
    }

    private static List<Path> jarsIn(Path pluginsDir) {
        if (!Files.isDirectory(pluginsDir)) {
            throw new StartupException("The plugins directory " + pluginsDir + " does not exist.");
        }
        try (Stream<Path> files = Files.list(pluginsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new StartupException("Cannot read the plugins directory " + pluginsDir + ": " + e.getMessage());
        }
    }

    private ClassLoader classLoaderFor(Path jar) {
        try (JarFile ignored = new JarFile(jar.toFile())) {
            URL url = jar.toUri().toURL();
            return new URLClassLoader("plugin:" + jar.getFileName(), new URL[] {url},
                    new SharedLibrariesClassLoader(platform));
        } catch (MalformedURLException e) {
            throw new StartupException("Cannot load the plugin jar " + jar + ": " + e.getMessage());
        } catch (IOException e) {
            throw new StartupException("The plugin jar " + jar + " is not a readable jar: " + e.getMessage());
        }
    }
}
