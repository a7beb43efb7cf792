package dev.stratus.benchmarks.lambda;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles the one-class Java handler of the benchmarks in memory, with the JDK's compiler. */
final class JavaHandlerCompiler {

    private JavaHandlerCompiler() {
    }

    /** The class file of {@code className} compiled from {@code source} for Java 17. */
    static byte[] compile(String className, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("The java runtimes need a JDK to compile the benchmark handler");
        }
        ByteArrayOutputStream classFile = new ByteArrayOutputStream();
        StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, null);
        JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classFile;
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        if (!compiler.getTask(null, inMemory, null, List.of("--release", "17"), null, List.of(unit)).call()) {
            throw new IllegalStateException("The benchmark handler " + className + " did not compile");
        }
        return classFile.toByteArray();
    }
}
