package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving replaces a file whole or not at all, and leaves no temporary file behind. */
class DiagramFilesTest {
    @TempDir
    Path dir;

    private static Diagram small(String title) {
        DiagramBuilder b = new DiagramBuilder(4);
        b.title(title);
        b.addEvent(b.addProcess("P"), "p1", "é", 1);
        return b.build();
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void saveWritesUtf8TextThatLoadsBack() throws Exception {
        Path file = dir.resolve("figure1.json");
        DiagramFiles.save(small("first"), file);
        assertEquals(DiagramWriter.toString(small("first")), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(DiagramReader.read(file).sameContent(small("first")));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void saveReplacesAnExistingFileAndKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("figure1.json");
        DiagramFiles.save(small("first"), file);
        boolean posix = Files.getFileStore(file).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
        DiagramFiles.save(small("second"), file);
        assertEquals("second", DiagramReader.read(file).title());
        if (posix) {
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aFailureWhileWritingLeavesTheOriginalAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("figure1.json");
        DiagramFiles.save(small("original"), file);
        byte[] before = Files.readAllBytes(file);
        DiagramBuilder b = new DiagramBuilder(4);
        int p = b.addProcess("P");
        for (int i = 0; i < 10_000; i++) {
            b.addEvent(p, "p" + i, null, i); // enough text that part of it reaches the disk first
        }
        b.otherAnnotation("zoom", Double.POSITIVE_INFINITY); // written last, and refused
        IOException e = assertThrows(IOException.class, () -> DiagramFiles.save(b.build(), file));
        assertEquals("cannot save " + file + ": view.zoom is Infinity, which JSON cannot hold", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void savingThroughASymbolicLinkReplacesTheFileItPointsTo() throws Exception {
        Path real = dir.resolve("real.json");
        DiagramFiles.save(small("first"), real);
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
            return;
        }
        DiagramFiles.save(small("second"), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("second", DiagramReader.read(real).title());
    }

    @Test
    void aMissingFolderIsReportedClearly() {
        Path file = dir.resolve("no-such-folder").resolve("figure1.json");
        IOException e = assertThrows(IOException.class, () -> DiagramFiles.save(small("x"), file));
        assertEquals("cannot save " + file + ": the folder " + file.getParent() + " does not exist", e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheOriginal() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("figure1.json");
        DiagramFiles.save(small("original"), file);
        byte[] before = Files.readAllBytes(file);
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(folder), "the superuser may write anywhere");
            IOException e = assertThrows(IOException.class, () -> DiagramFiles.save(small("new"), file));
            assertEquals("cannot save " + file + ": the folder " + folder + " is not writable", e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(List.of(file), filesIn(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void savingOverAFolderIsRefused() throws Exception {
        Path target = Files.createDirectory(dir.resolve("figure1.json"));
        Files.writeString(target.resolve("inside.txt"), "keep me");
        IOException e = assertThrows(IOException.class, () -> DiagramFiles.save(small("x"), target));
        assertEquals("cannot save " + target + ": it is a folder", e.getMessage());
        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of(target), filesIn(dir));
    }
}
