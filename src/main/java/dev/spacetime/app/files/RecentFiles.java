package dev.spacetime.app.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The files opened or saved most recently, newest first, remembered between runs. */
public final class RecentFiles {
    static final int LIMIT = 8;
    private final Preferences node;

    RecentFiles(Preferences node) {
        this.node = node;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("dev/spacetime/recent"));
    }

    /** The remembered files that still exist. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String f = node.get("file" + i, null);
            if (f != null && Files.isRegularFile(Path.of(f))) {
                files.add(Path.of(f));
            }
        }
        return files;
    }

    void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put("file" + i, files.get(i).toString());
            } else {
                node.remove("file" + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering recent files is a convenience; a machine that cannot store preferences just forgets them.
        }
    }
}
