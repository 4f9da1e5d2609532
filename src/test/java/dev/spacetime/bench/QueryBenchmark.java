package dev.spacetime.bench;

import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.CausalCone;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single queries on an analysed diagram of 1M events on 64 processes: a → b and a ‖ b on random pairs
 * (the pair is drawn from a precomputed table so the random draw is not what is measured), and the
 * causal cone of a random event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class QueryBenchmark {
    private static final int PAIRS = 1 << 16;

    @Param({"1000000"})
    int events;

    Analysis analysis;
    int[] a = new int[PAIRS];
    int[] b = new int[PAIRS];
    int next;

    @Setup
    public void setUp() {
        analysis = Analysis.of(BenchmarkDiagrams.generate(events));
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < PAIRS; i++) {
            a[i] = rnd.nextInt(analysis.eventCount());
            b[i] = rnd.nextInt(analysis.eventCount());
        }
    }

    @Benchmark
    public boolean happenedBefore() {
        int i = next++ & (PAIRS - 1);
        return analysis.happenedBefore(a[i], b[i]);
    }

    @Benchmark
    public boolean concurrent() {
        int i = next++ & (PAIRS - 1);
        return analysis.concurrent(a[i], b[i]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CausalCone causalCone() {
        int i = next++ & (PAIRS - 1);
        return analysis.cone(a[i]);
    }
}
