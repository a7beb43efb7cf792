package dev.stratus.storage.rocksdb;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskRoomTest {

    @TempDir
    Path directory;

    @Test
    void aWriteIsRefusedWhenItWouldLeaveLessThanTheReserveFree() {
        DiskRoom room = new DiskRoom(directory, Long.MAX_VALUE / 2);

        StorageFailureException refused = assertThrows(StorageFailureException.class, () -> room.ensureRoomFor(100));

        assertTrue(refused.getMessage().startsWith("The disk refused a write: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(directory.toString()), refused.getMessage());
    }

    @Test
    void aWriteIsAllowedWhileTheReserveStaysFree() {
        DiskRoom room = new DiskRoom(directory, 0);

        assertDoesNotThrow(() -> room.ensureRoomFor(100));
    }
}
