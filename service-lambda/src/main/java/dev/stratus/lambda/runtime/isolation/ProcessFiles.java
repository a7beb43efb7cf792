package dev.stratus.lambda.runtime.isolation;

import dev.stratus.lambda.runtime.FunctionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A plain process's view: the host's own files, with a temporary folder and a home of the environment's own
 * under {@code folder}, so that environments do not share {@code /tmp} files.
 */
final class ProcessFiles implements EnvironmentFiles {

    private final FunctionSpec function;
    private final EnvironmentFolder folder;

    ProcessFiles(FunctionSpec function, EnvironmentFolder folder) {
        this.function = function;
        this.folder = folder;
    }

    @Override
    public Path taskRoot() {
        return function.codeDirectory();
    }

    @Override
    public Path opt() {
        return function.optDirectory();
    }

    @Override
    public Path runtimeFolder(Path hostFolder) {
        return hostFolder;
    }

    @Override
    public Path bundledModules(Path hostFolder) {
        return hostFolder;
    }

    @Override
    public Path executable(Path hostExecutable) {
        return hostExecutable;
    }

    @Override
    public Map<String, String> variables() {
        return Map.of("TMPDIR", folder.tmp().toString(), "HOME", folder.home().toString());
    }

    @Override
    public List<String> command(List<String> command) {
        return command;
    }

    @Override
    public Path workingDirectory() {
        return function.codeDirectory();
    }

    @Override
    public void delete() {
        folder.delete();
    }
}
