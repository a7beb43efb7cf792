package dev.stratus.lambda.runtime.isolation;

import dev.stratus.lambda.code.CodeStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain-process environment's own folders on the host: its temporary folder and its home. */
record EnvironmentFolder(Path root) {

    static EnvironmentFolder create(Path root) {
        EnvironmentFolder folder = new EnvironmentFolder(root);
        try {
            Files.createDirectories(folder.tmp());
            Files.createDirectories(folder.home());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folders of an execution environment under " + root, e);
        }
        return folder;
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path home() {
        return root.resolve("home");
    }

    void delete() {
        CodeStore.deleteTree(root);
    }
}
