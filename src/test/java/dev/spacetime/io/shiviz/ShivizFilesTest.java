package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading log files: held in memory or mapped, and bytes that are not UTF-8. */
class ShivizFilesTest {
    @TempDir
    Path dir;

    @Test
    void aMappedLogReadsAsAHeldOneDoes() throws Exception {
        Path file = dir.resolve("client-server.log");
        Files.writeString(file, ShivizImportTest.CLIENT_SERVER);
        ShivizLog held = ShivizFiles.read(file);
        ShivizLog mapped = ShivizFiles.read(file, 10); // over 10 bytes: mapped, as logs over 512 MiB are
        assertEquals(DiagramWriter.toString(ShivizImport.toDiagram("a", held.executions().get(0))),
                DiagramWriter.toString(ShivizImport.toDiagram("a", mapped.executions().get(0))));
        assertEquals(6, mapped.executions().get(0).size());
    }

    @Test
    void aMappedLogWithAnotherExpressionIsRefusedWithAReason() throws Exception {
        Path file = dir.resolve("dated.log");
        Files.writeString(file, "(?<date>\\d+) (?<host>\\S+) (?<clock>{.*}) (?<event>.*)\n\n10 p {\"p\":1} hello\n");
        assertTrue(ShivizFiles.read(file).executions().get(0).size() == 1);
        String message = assertThrows(DiagramLoadException.class, () -> ShivizFiles.read(file, 10)).getMessage();
        assertTrue(message.contains("logs this large are read only with the default expression"), message);
    }

    @Test
    void aClockNameThatIsNotUtf8IsReportedOnItsLine() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes("\n\nstart\np {\"p\":1}\nhear\nq {\"".getBytes(StandardCharsets.UTF_8));
        log.write(0xFF); // not UTF-8, in the name of a process in q's clock
        log.writeBytes("\":1,\"q\":1}\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("bad.log");
        Files.write(file, log.toByteArray());
        String message = assertThrows(DiagramLoadException.class,
                () -> ShivizFiles.importExecution(file, 0)).getMessage();
        assertTrue(message.contains("bad.log:6:5: the log is not UTF-8 text: the byte 0xFF here"), message);
    }

    @Test
    void aClockNameInAnotherScriptIsReadAsItIs() throws Exception {
        Path file = dir.resolve("greek.log");
        Files.writeString(file, "\n\nstart\nα {\"α\":1}\nhear\nβ {\"α\":1,\"β\":1}\n");
        var d = ShivizFiles.importExecution(file, 0);
        assertEquals("α", d.processName(0));
        assertEquals(d.findEvent("α1"), d.sendersOf(d.findEvent("β1"))[0]);
    }
}
