package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs as files come: other line ends, a byte-order mark, bytes that are not UTF-8, characters past ASCII. */
class OddLogFilesTest {
    private static final String LOG = "\n\nsend\na {\"a\":1}\nreceive\nb {\"a\":1,\"b\":1}\n";

    @TempDir
    Path dir;

    private ShivizLog read(byte[] bytes) throws Exception {
        Path file = dir.resolve("a.log");
        Files.write(file, bytes);
        return ShivizFiles.read(file);
    }

    private String refusal(byte[] bytes) {
        return assertThrows(DiagramLoadException.class, () -> {
            read(bytes);
            ShivizFiles.importExecution(dir.resolve("a.log"), 0);
        }).getMessage();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void loneCarriageReturnsEndLines() throws Exception {
        assertEquals(2, read(utf8(LOG.replace('\n', '\r'))).executions().get(0).size());
        // The header's two lines end in \n, so the byte reader would take it: the body's \r must still count.
        assertEquals(2, read(utf8("\n\n" + LOG.substring(2).replace('\n', '\r'))).executions().get(0).size());
        String expression = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\r\r" + LOG.substring(2).replace('\n', '\r');
        assertEquals(2, read(utf8(expression)).executions().get(0).size());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(2, read(concat(mark, utf8(LOG))).executions().get(0).size());
        String withExpression = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\n" + LOG.substring(1);
        assertEquals(2, read(concat(mark, utf8(withExpression))).executions().get(0).size());
        assertEquals(2, read(concat(mark, utf8(withExpression.replace("\n", "\n\n").replaceFirst("\n\n", "\n"))))
                .executions().get(0).size());
    }

    @Test
    void aDiagramWithAByteOrderMarkIsNoLog() throws Exception {
        Path file = dir.resolve("diagram");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("{\"format\":\"spacetime\",\"version\":1,\"processes\":[],\"messages\":[]}")));
        assertTrue(!ShivizFiles.isLog(file));
        assertEquals(0, DiagramReader.read(file).processCount());
    }

    @Test
    void bytesThatAreNotUtf8AreLocated() {
        byte[] bad = utf8("(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\n\nsend\na {\"a\":1}\nrécX\n");
        bad[bad.length - 2] = (byte) 0xFF; // the X, after "réc": column 4 in characters, 5 in bytes
        assertEquals("a.log:5:4: the log is not UTF-8 text: the byte 0xFF here is no part of a UTF-8 character; "
                + "save the log as UTF-8", refusal(bad));
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // The clock after the host "ñé" begins at character 4, byte 6; both readers say 4.
        String log = "\n\ne\nñé {\"ñé\":x}\n";
        assertTrue(refusal(utf8(log)).startsWith("a.log:4:4: "), refusal(utf8(log)));
        String general = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\n\ne\n😀é {\"😀é\":x}\n";
        assertTrue(refusal(utf8(general)).startsWith("a.log:4:4: "), refusal(utf8(general)));
    }

    @Test
    void aNulBeforeADiagramIsNamed() {
        DiagramLoadException e = assertThrows(DiagramLoadException.class, () -> DiagramReader.read("d.json",
                new ByteArrayInputStream(utf8("\u0000{\"version\":1,\"processes\":[]}"))));
        assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
        assertTrue(!e.getMessage().contains("line break or tab"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
