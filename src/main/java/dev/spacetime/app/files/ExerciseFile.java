package dev.spacetime.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Tells an exercise file (a diagram with a question, for Practice) from a diagram file by its opening. */
public final class ExerciseFile {
    /** How much of a file is read to tell: the writer puts "format" first. */
    private static final int HEAD = 4096;
    private static final Pattern FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"spacetime-exercise\"");

    private ExerciseFile() {
    }

    /** Whether the file says it is an exercise; false for anything unreadable (the diagram reader says why). */
    public static boolean isExercise(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            return FORMAT.matcher(new String(head, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }
}
