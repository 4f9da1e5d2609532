package dev.spacetime.bench;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.PairCounts;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.model.Diagram;
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
 * Opening and analysing generated diagrams of 10k, 100k and 1M events on 64 processes with a 1 GB
 * heap: read the file, check the paper's rules, compute the clocks and ⇒ ({@code loadValidateAnalyze}),
 * and the parts on their own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoadAnalyzeBenchmark {
    @Param({"10000", "100000", "1000000"})
    int events;

    Path file;
    Diagram diagram;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = BenchmarkDiagrams.file(events);
        diagram = DiagramReader.read(file);
    }

    @Benchmark
    public Analysis loadValidateAnalyze() throws Exception {
        return Analysis.of(DiagramReader.read(file));
    }

    @Benchmark
    public Diagram loadValidate() throws Exception {
        return DiagramReader.read(file);
    }

    @Benchmark
    public Analysis analyze() {
        return Analysis.of(diagram);
    }

    @Benchmark
    public PairCounts analyzeAndCountPairs() {
        return Analysis.of(diagram).pairCounts();
    }
}
