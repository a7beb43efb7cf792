package dev.stratus.lambda.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.TestZips;
import dev.stratus.spi.AwsServiceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeStoreTest {

    private static final String UNZIP_ERROR = "Could not unzip uploaded file. Please check your file, then try to upload again.";

    @TempDir
    Path work;

    private CodeStore store() {
        return new CodeStore(work.resolve("code"));
    }

    @Test
    void storedCodeIsUnpackedUnderItsHashAndReportsLambdasHashAndSize() throws Exception {
        byte[] zip = TestZips.zip().file("index.js", "exports.handler = 1;").file("lib/util.js", "x").bytes();

        StoredCode stored = store().store(zip);

        assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip)),
                stored.codeSha256());
        assertEquals(zip.length, stored.codeSize());
        Path directory = store().directory(stored.codeSha256());
        assertEquals("exports.handler = 1;", Files.readString(directory.resolve("index.js")));
        assertEquals("x", Files.readString(directory.resolve("lib/util.js")));
    }

    @Test
    void theSamePackageIsUnpackedOnlyOnce() throws IOException {
        CodeStore store = store();
        byte[] zip = TestZips.of("index.js", "1");
        Path directory = store.directory(store.store(zip).codeSha256());
        Path marker = Files.writeString(directory.resolve("marker"), "still here");

        store.store(zip);

        assertTrue(Files.exists(marker));
    }

    @Test
    void executableEntriesStayExecutable() {
        CodeStore store = store();
        StoredCode stored = store.store(TestZips.zip().executable("bootstrap", "#!/bin/sh\n").bytes());

        assertTrue(Files.isExecutable(store.directory(stored.codeSha256()).resolve("bootstrap")));
    }

    @Test
    void aMissingDirectoryIsUnpackedAgainFromTheKeptZip() throws IOException {
        CodeStore store = store();
        StoredCode stored = store.store(TestZips.of("index.js", "1"));
        Path directory = store.directory(stored.codeSha256());
        Files.delete(directory.resolve("index.js"));
        Files.delete(directory);

        assertEquals("1", Files.readString(store.directory(stored.codeSha256()).resolve("index.js")));
    }

    @Test
    void zipSlipEntriesAreRefusedAndNothingIsWrittenOutside() {
        byte[] zip = TestZips.zip().file("index.js", "1").file("../escaped.txt", "gotcha").bytes();

        assertRefused(zip, UNZIP_ERROR);
        assertFalse(Files.exists(work.resolve("escaped.txt")));
        assertFalse(Files.exists(work.resolve("code/escaped.txt")));
    }

    @Test
    void absolutePathsAreRefused() {
        Path outside = work.resolve("absolute.txt").toAbsolutePath();

        assertRefused(TestZips.of(outside.toString(), "gotcha"), UNZIP_ERROR);
        assertFalse(Files.exists(outside));
    }

    @Test
    void symlinksPointingOutsideAreRefused() {
        assertRefused(TestZips.zip().symlink("passwd", "/etc/passwd").bytes(), UNZIP_ERROR);
        assertRefused(TestZips.zip().symlink("up", "../..").bytes(), UNZIP_ERROR);
    }

    @Test
    void writingThroughASymlinkToOutsideIsRefused() {
        byte[] zip = TestZips.zip().symlink("here", ".").symlink("here/up", "..").file("here/up/escaped.txt", "x").bytes();

        assertRefused(zip, UNZIP_ERROR);
        assertFalse(Files.exists(work.resolve("escaped.txt")));
    }

    @Test
    void symlinksInsideThePackageAreKept() throws IOException {
        CodeStore store = store();
        StoredCode stored = store.store(TestZips.zip().file("lib/real.js", "1").symlink("alias.js", "lib/real.js").bytes());

        Path link = store.directory(stored.codeSha256()).resolve("alias.js");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("1", Files.readString(link));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertRefused("not a zip".getBytes(), UNZIP_ERROR);
    }

    @Test
    void packagesOverTwoHundredFiftyMegabytesUnzippedAreRefusedWithoutLeavingFiles() throws IOException {
        byte[] zip = TestZips.zip().zeros("big.bin", CodeLimits.MAX_UNZIPPED_BYTES + 1).bytes();

        assertRefused(zip, "Unzipped size must be smaller than 262144000 bytes");
        try (Stream<Path> left = Files.walk(work)) {
            assertEquals(0, left.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void zipsOverFiftyMegabytesAreRefused() {
        assertRefused(new byte[(int) CodeLimits.MAX_ZIPPED_BYTES + 1], "Zipped size must be smaller than 52428800 bytes");
    }

    private void assertRefused(byte[] zip, String message) {
        AwsServiceException refused = assertThrows(AwsServiceException.class, () -> store().store(zip));
        assertEquals("InvalidParameterValueException", refused.errorCode());
        assertEquals(400, refused.httpStatus());
        assertEquals(message, refused.getMessage());
    }
}
