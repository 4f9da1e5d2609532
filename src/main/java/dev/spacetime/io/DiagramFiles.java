package dev.spacetime.io;

import dev.spacetime.model.Diagram;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Saves diagram files safely: the text goes to a temporary file beside the target, is forced to the
 * disk, and only then replaces the target in one rename, so a crash or a full disk never leaves a
 * half-written diagram where the old one was. A save killed midway leaves only its temporary file,
 * named {@code .NAME.spacetime-save-RANDOM.tmp}; the next save to that folder removes it.
 */
public final class DiagramFiles {
    /** What every temporary file of ours has in its name, and nothing else's is likely to. */
    static final String TEMP_MARK = ".spacetime-save-";
    private static final Pattern OURS = Pattern.compile("\\..*\\.spacetime-save-[0-9a-f]{1,16}\\.tmp", Pattern.DOTALL);
    /**
     * A temporary file untouched this long belongs to no save still running (a running save writes to
     * it all along, and forcing even a huge file to disk takes far less), so it is a killed save's.
     */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    /** Room left in a 255-byte file name for the mark and the random part. */
    private static final int NAME_KEPT = 150;
    private DiagramFiles() {
    }

    /**
     * Writes {@code d} to {@code file}, replacing it if it exists. On failure the temporary file is
     * removed and {@code file} is as it was.
     *
     * @throws IOException with a message naming the file and the reason
     */
    public static void save(Diagram d, Path file) throws IOException {
        write(file, out -> DiagramWriter.write(d, out));
    }

    /** What goes into a file written by {@link #write}. */
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes any text to {@code file} the same safe way: a temporary file beside it, forced to disk,
     * then moved into place; on failure {@code file} is as it was.
     */
    public static void write(Path file, Body body) throws IOException {
        writeBytes(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
            body.writeTo(out);
            out.flush();
        });
    }

    /** What goes into a file written by {@link #writeBytes}. */
    public interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** As {@link #write}, for bytes (a PNG, say). */
    public static void writeBytes(Path file, Bytes body) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            target = target.toRealPath(); // save through a link, as a plain write would, rather than replace it
        }
        Path folder = target.getParent();
        if (folder == null || target.getFileName() == null) {
            throw new IOException("cannot save to " + file + ": that is not a file name");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot save " + file + ": it is a folder");
        }
        removeStaleTemps(folder);
        Path temp;
        try {
            temp = createTemp(folder, target.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new IOException("cannot save " + file + ": the folder " + folder + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot save " + file + ": the folder " + folder + " is not writable", e);
        } catch (IOException e) {
            throw new IOException("cannot save " + file + ": cannot create a file in " + folder + ": "
                    + FileErrors.describe(e), e);
        }
        boolean moved = false;
        try {
            writeAndForce(body, temp);
            keepPermissions(target, temp);
            moveIntoPlace(temp, target);
            moved = true;
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof IOException io ? FileErrors.describe(io)
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new IOException("cannot save " + file + ": " + reason, e);
        } finally {
            if (!moved) {
                // Also on an Error (out of memory while writing, say): only a killed save may leave one.
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    // The save has failed already, and said why; the file left is ours and goes on the next save.
                }
            }
        }
        forceFolder(folder);
    }

    /** Whether a file name is one of our temporary files. */
    static boolean isOurTemp(String name) {
        return OURS.matcher(name).matches();
    }

    /**
     * Removes the temporary files that saves killed midway left in the folder, and only those: ours by
     * name, and untouched for {@link #STALE_AFTER}, so another save under way (another window, another
     * run of the app) keeps its own. Nothing here may stop the save, so failures are passed over.
     */
    private static void removeStaleTemps(Path folder) {
        FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> isOurTemp(String.valueOf(f.getFileName()))).forEach(f -> {
                try {
                    if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(f).compareTo(before) < 0) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException | SecurityException e) {
                    // left for a later save; it harms nothing but room
                }
            });
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // an unreadable folder: the save itself will say what is wrong
        }
    }

    /** A new empty file named like {@code .figure1.json.spacetime-save-5f3a9c.tmp}: hidden on Unix, easy to trace. */
    private static Path createTemp(Path folder, String name) throws IOException {
        String kept = name.length() > NAME_KEPT ? name.substring(0, NAME_KEPT) : name;
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
            Path temp = folder.resolve("." + kept + TEMP_MARK + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    private static void writeAndForce(Bytes body, Path temp) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.io.OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            body.writeTo(out);
            out.flush();
            channel.force(true); // the bytes are on the disk before the rename makes them the file
        }
    }

    /** Gives the new file the old one's POSIX permissions, so saving does not change who may read it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old != null && Files.exists(target)) {
            Files.getFileAttributeView(temp, PosixFileAttributeView.class)
                    .setPermissions(old.readAttributes().permissions());
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            // The exception names the temporary file, which means nothing to the user.
            throw new IOException("the new text could not take the old file's place ("
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")", e);
        }
    }

    /** Makes the rename itself durable where the system allows opening a folder; elsewhere it is a no-op. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; the file itself is already complete on disk.
        }
    }
}
