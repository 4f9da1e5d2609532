package dev.spacetime.app.files;

import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the app keeps unsaved work so that a crash or a kill does not lose it: one diagram file per
 * running app, {@code recovery-PID-START.json}, with the file it belongs to (if any) beside it in
 * {@code recovery-PID-START.source}. The process id and its start time say whose a file is: one whose
 * app is no longer running was left by a crash, and is offered back on the next start. No JavaFX here.
 */
public final class RecoveryStore {
    /** The system property that puts the folder elsewhere (tests use a temporary one). */
    public static final String FOLDER_PROPERTY = "spacetime.recovery.dir";
    private static final Pattern NAME = Pattern.compile("recovery-(\\d+)-(\\d+)\\.json");

    /** Unsaved work an app that is no longer running left behind. */
    public record Recovered(Path file, Diagram diagram, Path source, Instant savedAt) {
    }

    private final Path folder;
    private final Path json;
    private final Path source;

    /** The store of this running app in {@code folder}. */
    public RecoveryStore(Path folder) {
        this(folder, ProcessHandle.current());
    }

    RecoveryStore(Path folder, ProcessHandle owner) {
        this.folder = folder;
        String base = "recovery-" + owner.pid() + "-" + started(owner);
        json = folder.resolve(base + ".json");
        source = folder.resolve(base + ".source");
    }

    /**
     * The folder for this user: the {@value #FOLDER_PROPERTY} property if set, else
     * {@code $XDG_DATA_HOME/spacetime/recovery} (by default {@code ~/.local/share/spacetime/recovery}),
     * or {@code %LOCALAPPDATA%\Spacetime\recovery} on Windows.
     */
    public static Path userFolder() {
        String set = System.getProperty(FOLDER_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String local = System.getenv("LOCALAPPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && local != null) {
            return Path.of(local, "Spacetime", "recovery");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("spacetime").resolve("recovery");
    }

    public Path folder() {
        return folder;
    }

    /** This app's recovery file (it exists only while there is unsaved work). */
    public Path file() {
        return json;
    }

    /** Keeps {@code d} as this app's unsaved work, belonging to {@code belongsTo} (null: never saved). */
    public void write(Diagram d, Path belongsTo) throws IOException {
        Files.createDirectories(folder);
        String from = belongsTo == null ? "" : belongsTo.toAbsolutePath().toString();
        DiagramFiles.write(source, out -> out.write(from));
        DiagramFiles.save(d, json);
    }

    /** Removes this app's unsaved work: it was saved, undone, or the app closed cleanly. */
    public void clear() throws IOException {
        Files.deleteIfExists(json);
        Files.deleteIfExists(source);
    }

    /** The work apps that are no longer running left behind, newest first; files that do not read are passed over. */
    public List<Recovered> leftBehind() {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(String.valueOf(f.getFileName()));
                if (m.matches() && !running(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                    read(f).ifPresent(found::add);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return found; // an unreadable folder: nothing to offer
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }

    /** Removes work left behind, once restored or declined. */
    public static void discard(Recovered r) throws IOException {
        Files.deleteIfExists(r.file());
        Files.deleteIfExists(sourceOf(r.file()));
    }

    private static Optional<Recovered> read(Path f) {
        try {
            Diagram d = DiagramReader.read(f);
            Path sidecar = sourceOf(f);
            String from = Files.exists(sidecar) ? Files.readString(sidecar, StandardCharsets.UTF_8).strip() : "";
            return Optional.of(new Recovered(f, d, from.isEmpty() ? null : Path.of(from),
                    Files.getLastModifiedTime(f).toInstant()));
        } catch (DiagramLoadException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path sourceOf(Path json) {
        String name = String.valueOf(json.getFileName());
        return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".source");
    }

    /** Whether the app that wrote a file still runs: its process id alive, and started when it was then. */
    private static boolean running(long pid, long start) {
        return ProcessHandle.of(pid).map(h -> started(h) == start).orElse(false);
    }

    /** The process's start time in milliseconds, or 0 where the system does not say. */
    private static long started(ProcessHandle h) {
        return h.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
