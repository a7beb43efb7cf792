package dev.stratus.lambda.runtime.isolation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files one execution environment's process sees, put together while its command is built: each method
 * takes a folder of the host and answers where the process finds it. {@link #command} then gives the command
 * line that starts the process in that view.
 */
public interface EnvironmentFiles {

    /** The function's code ({@code LAMBDA_TASK_ROOT}), read-only. */
    Path taskRoot();

    /** The function's layers merged ({@code /opt}), read-only. */
    Path opt();

    /** A runtime's own files ({@code LAMBDA_RUNTIME_DIR}), read-only. */
    Path runtimeFolder(Path hostFolder);

    /** A folder of modules the managed runtime bundles (the AWS SDK for JavaScript), read-only. */
    Path bundledModules(Path hostFolder);

    /** A runtime's executable, with the installation it runs from. */
    Path executable(Path hostExecutable);

    /** Variables the view adds to the process's environment ({@code TMPDIR}, {@code HOME}). */
    Map<String, String> variables();

    /** The command line that starts {@code command} (written with the paths this view answered) inside it. */
    List<String> command(List<String> command);

    /** The host folder the process starts in (its view may move it to {@code /var/task}). */
    Path workingDirectory();

    /** Deletes what the environment wrote outside its process (its {@code /tmp}); the process has ended. */
    void delete();
}
