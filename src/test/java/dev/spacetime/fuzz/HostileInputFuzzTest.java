package dev.spacetime.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.DiagramWriter;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.io.shiviz.ShivizExport;
import dev.spacetime.io.shiviz.ShivizFiles;
import dev.spacetime.model.Diagram;
import dev.spacetime.sim.RandomExecution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example and generated log, mutated in bytes, structure and meaning (see {@link Mutations}),
 * read as {@code check} reads a file: each is accepted, or refused with problems that say where (a
 * problem without a place must be one about the whole file). No other exception, no Error, no hang:
 * each input has {@value #SECONDS_PER_INPUT} s. {@code mvn -Pfuzz test} runs 100,000 inputs; the
 * usual build runs {@value #USUAL_INPUTS}.
 */
class HostileInputFuzzTest {
    static final int USUAL_INPUTS = 5_000;
    static final int SECONDS_PER_INPUT = 10;
    /** Problems that have no single place and need none: they are about the whole file or the reading. */
    private static final List<String> UNPLACED = List.of("…", "the file is empty", "the log has", "the file ends",
            "reading the log was cancelled", "the log is larger", "the log is not UTF-8 text", "cannot read",
            "the input", "the file is not UTF-8", "the diagram", "the log", "(");

    @TempDir
    Path dir;

    /** A seed file: its bytes and the name it is read under (which decides JSON or log, as for check). */
    private record Seed(String name, byte[] bytes) {
    }

    /** A seed and up to four mutations, each three numbers. */
    private record Input(int seed, List<int[]> mutations) {
    }

    private static List<Seed> seeds() throws Exception {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path p : examples.sorted().toList()) {
                seeds.add(new Seed(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        for (int i = 0; i < 8; i++) {
            Diagram d = RandomExecution.generate(new RandomExecution.Parameters(2 + i % 4, 6 + 3 * i, 2 + i, 0, 100 + i));
            seeds.add(new Seed("generated" + i + ".log", ShivizExport.toLog(d).getBytes(StandardCharsets.UTF_8)));
            seeds.add(new Seed("generated" + i + ".json", DiagramWriter.toString(d).getBytes(StandardCharsets.UTF_8)));
        }
        assertTrue(seeds.size() >= 9 + 16, "examples/ holds the examples");
        return seeds;
    }

    private static Arbitrary<Input> inputs(int seedCount) {
        Arbitrary<int[]> mutation = Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 9_999), Arbitraries.integers().between(0, 1_000_000))
                .as((kind, where, which) -> new int[] {kind, where, which});
        return Combinators.combine(Arbitraries.integers().between(0, seedCount - 1), mutation.list().ofMinSize(1)
                .ofMaxSize(4)).as(Input::new);
    }

    @Test
    void everyMutatedInputIsReadOrRefusedWithPlaces() throws Exception {
        int count = Integer.getInteger("spacetime.fuzz.inputs", USUAL_INPUTS);
        List<Seed> seeds = seeds();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz reader");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        int accepted = 0;
        try {
            List<Input> drawn = inputs(seeds.size()).sampleStream().limit(count).toList();
            for (int i = 0; i < drawn.size(); i++) {
                Input input = drawn.get(i);
                Seed seed = seeds.get(input.seed());
                byte[] bytes = seed.bytes();
                for (int[] m : input.mutations()) {
                    bytes = Mutations.apply(bytes, m[0], m[1], m[2]);
                }
                // Sometimes without the extension, so the reader must tell JSON from a log by the bytes.
                String name = i % 5 == 0 ? "input" + i : seed.name();
                Path file = dir.resolve(name);
                Files.write(file, bytes);
                Future<Boolean> outcome = reader.submit(() -> read(file));
                try {
                    accepted += outcome.get(SECONDS_PER_INPUT, TimeUnit.SECONDS) ? 1 : 0;
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    fail("over " + SECONDS_PER_INPUT + " s: " + kept(file, bytes));
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError(e.getCause().getMessage() + "\n" + kept(file, bytes), e.getCause());
                }
                Files.delete(file);
            }
        } finally {
            reader.shutdownNow();
        }
        System.out.printf("fuzz: %d inputs (%d accepted) in %.1f s%n", count, accepted,
                (System.nanoTime() - start) / 1e9);
    }

    /** Reads the file as check does; true when it is accepted. Throws AssertionError on anything else. */
    private static boolean read(Path file) throws Exception {
        try {
            if (ShivizFiles.isLog(file)) {
                ShivizFiles.importExecution(file, 0);
            } else {
                DiagramReader.read(file);
            }
            return true;
        } catch (DiagramLoadException e) {
            for (LoadProblem p : e.problems()) {
                assertTrue(!p.message().isBlank(), "a problem says nothing: " + e.getMessage());
                if (!p.hasLocation()) {
                    assertTrue(UNPLACED.stream().anyMatch(p.message()::startsWith),
                            "a problem with no place: " + p.message());
                }
                assertTrue(!p.message().contains("Source:") && !p.message().contains("Jackson")
                        && !p.message().contains("StreamRead") && !p.message().contains("(code "),
                        "a library's words: " + p.message());
                assertTrue(p.message().chars().noneMatch(c -> c < 0x20), "a raw control character: " + p.message());
            }
            return false;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("not a located refusal: " + e, e);
        }
    }

    /** Keeps the failing input in target/ to read again, and says where. */
    private static String kept(Path file, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Path copy = dir.resolve(file.getFileName().toString());
            Files.write(copy, bytes);
            return "input kept as " + copy;
        } catch (Exception e) {
            return "input could not be kept: " + e;
        }
    }
}
