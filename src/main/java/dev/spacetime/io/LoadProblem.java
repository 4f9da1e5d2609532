package dev.spacetime.io;

/**
 * One thing wrong with a diagram file: where it is (line and column, both 1-based, or 0 when the
 * problem has no single place) and a sentence a student can act on.
 *
 * @param line    the line, counting from 1, or 0 when unknown
 * @param column  the column, counting from 1, or 0 when unknown
 * @param message what is wrong, naming the process, event or message involved
 */
public record LoadProblem(int line, int column, String message) {
    /** A problem with no single place in the file, such as one about the whole file. */
    public static LoadProblem unlocated(String message) {
        return new LoadProblem(0, 0, message);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** The problem as {@code line:column: message}, or just the message when it has no place. */
    @Override
    public String toString() {
        if (!hasLocation()) {
            return message;
        }
        return line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
