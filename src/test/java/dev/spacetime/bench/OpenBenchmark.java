package dev.spacetime.bench;

import dev.spacetime.causality.Analysis;
import dev.spacetime.drawing.ClockLabels;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.DrawingBuilder;
import dev.spacetime.drawing.DrawingOptions;
import dev.spacetime.io.DiagramFiles;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.layout.DiagramLayout;
import dev.spacetime.layout.Orientation;
import dev.spacetime.layout.TimeMode;
import dev.spacetime.lod.FrameShapes;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a file as the app does, up to its first frame, with a 1 GB heap holding nothing else: read
 * and check it (our JSON, or a ShiViz log whose messages are inferred from its vector clocks),
 * analyse it, lay it out, make its drawing and find where its shapes are for painting.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="OpenBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class OpenBenchmark {
    @Param({"100000", "1000000"})
    int events;

    @Param({"json", "log"})
    String format;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = Files.createTempFile("open-bench", "." + format);
        file.toFile().deleteOnExit();
        var d = RandomExecution.generate(new RandomExecution.Parameters(64, events, events / 10 * 4, 0, 42));
        if (format.equals("log")) {
            ShivizFiles.write(d, file);
        } else {
            DiagramFiles.save(d, file);
        }
    }

    @Benchmark
    public FrameShapes openFile() throws Exception {
        Diagram d = format.equals("log") ? ShivizFiles.importExecution(file, 0) : DiagramReader.read(file);
        Analysis a = Analysis.of(d);
        Drawing drawing = DrawingBuilder.build(DiagramLayout.of(a, Orientation.TIME_UP, TimeMode.PHYSICAL),
                DrawingOptions.plain(ClockLabels.LAMPORT));
        return FrameShapes.of(drawing);
    }
}
