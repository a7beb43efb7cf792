package dev.stratus.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves the {@link InstalledStratus} and {@link RunningStratus} parameters of an {@link InstalledDistribution}
 * class. Both live in the class's store, so JUnit stops the server and deletes the folder when the class is done.
 */
final class DistributionExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DistributionExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == InstalledStratus.class || type == RunningStratus.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return parameter.getParameter().getType() == InstalledStratus.class
                ? installation(classContext).stratus()
                : running(classContext);
    }

    private static Installation installation(ExtensionContext classContext) {
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Installation.class, key -> Installation.unpack(),
                Installation.class);
    }

    private static RunningStratus running(ExtensionContext classContext) {
        Installation installation = installation(classContext);
        String[] args = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), InstalledDistribution.class)
                .map(InstalledDistribution::args).orElse(new String[0]);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(RunningStratus.class,
                key -> installation.start(args), RunningStratus.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

    /** The unpacked distribution and the scratch folder beside it, deleted with the class's store. */
    private record Installation(Path root, InstalledStratus stratus) implements AutoCloseable {

        static Installation unpack() {
            try {
                Path root = Files.createTempDirectory("stratus-it");
                return new Installation(root, InstalledStratus.unpack(Files.createDirectories(root.resolve("install"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ParameterResolutionException("Interrupted while unpacking the distribution", e);
            }
        }

        RunningStratus start(String[] args) {
            try {
                Path workspace = Files.createDirectories(root.resolve("workspace"));
                return new RunningStratus(stratus, stratus.start(0, args), workspace);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
    }
}
