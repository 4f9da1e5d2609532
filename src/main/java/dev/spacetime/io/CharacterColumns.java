package dev.spacetime.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns of problems in a UTF-8 file turned from bytes, as Jackson counts them, into characters, as
 * a person counts them (after "é" a byte count is one too many). The file is read once, up to the
 * last line with a problem; lines end at \n, \r\n or \r, as Jackson ends them.
 */
final class CharacterColumns {
    private CharacterColumns() {
    }

    static List<LoadProblem> inCharacters(Path file, List<LoadProblem> problems) {
        int lastLine = problems.stream().mapToInt(LoadProblem::line).max().orElse(0);
        if (lastLine == 0) {
            return problems;
        }
        List<LoadProblem> out = new ArrayList<>(problems);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int line = 1;
            int byteColumn = 1; // of the next byte
            int charColumn = 1; // of the next character begun
            int c;
            boolean afterReturn = false;
            int widest = problems.stream().mapToInt(LoadProblem::column).max().orElse(0);
            int[] charAt = new int[widest + 2]; // on the current line: byte column → character column, as far as needed
            while (line <= lastLine) {
                c = in.read();
                if (afterReturn && c == '\n') {
                    afterReturn = false;
                    continue;
                }
                afterReturn = c == '\r';
                if (byteColumn < charAt.length) {
                    charAt[byteColumn] = (c & 0xC0) == 0x80 ? charColumn - 1 : charColumn;
                }
                if (c < 0 || c == '\n' || c == '\r') {
                    fix(out, line, charAt, Math.min(byteColumn, charAt.length - 1));
                    if (c < 0) {
                        break;
                    }
                    line++;
                    byteColumn = 1;
                    charColumn = 1;
                    continue;
                }
                if ((c & 0xC0) != 0x80) {
                    charColumn++;
                }
                byteColumn++;
            }
        } catch (IOException e) {
            return problems; // the columns in bytes are near enough
        }
        return out;
    }

    /** Problems on {@code line} with byte columns up to {@code last} get the character column instead. */
    private static void fix(List<LoadProblem> problems, int line, int[] charAt, int last) {
        for (int i = 0; i < problems.size(); i++) {
            LoadProblem p = problems.get(i);
            if (p.line() == line && p.column() >= 1 && p.column() <= last) {
                problems.set(i, new LoadProblem(p.line(), charAt[p.column()], p.message()));
            }
        }
    }
}
