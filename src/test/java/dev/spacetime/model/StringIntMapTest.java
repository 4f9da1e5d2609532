package dev.spacetime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The event-id index answers as a HashMap does, through puts, removes, tombstones and growth. */
class StringIntMapTest {
    @Test
    void answersAsAHashMapDoesOverRandomPutsAndRemoves() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            StringIntMap map = new StringIntMap(random.nextInt(40));
            Map<String, Integer> expected = new HashMap<>();
            int keyRange = 10 + random.nextInt(3000); // small ranges reuse keys and leave tombstones
            for (int step = 0; step < 20_000; step++) {
                String key = "e" + random.nextInt(keyRange);
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        int value = random.nextInt(Integer.MAX_VALUE);
                        Integer before = expected.putIfAbsent(key, value);
                        assertEquals(before == null ? -1 : before, map.putIfAbsent(key, value), "seed " + seed + " put " + key);
                    }
                    case 2 -> {
                        expected.remove(key);
                        map.remove(key);
                    }
                    default -> {
                        assertEquals(expected.getOrDefault(key, -1), map.get(key), "seed " + seed + " get " + key);
                        // A batch of keys, some there, some not, some twice, answers as one at a time.
                        String[] batch = new String[1 + random.nextInt(40)];
                        for (int k = 0; k < batch.length; k++) {
                            batch[k] = "e" + random.nextInt(keyRange + 5);
                        }
                        int[] out = new int[batch.length + 3];
                        map.getAll(batch, batch.length, out);
                        for (int k = 0; k < batch.length; k++) {
                            assertEquals(expected.getOrDefault(batch[k], -1), out[k], "seed " + seed + " batch " + batch[k]);
                        }
                    }
                }
                assertEquals(expected.size(), map.size(), "seed " + seed + " size");
            }
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                assertEquals(e.getValue(), map.get(e.getKey()));
            }
        }
    }

    @Test
    void keysWithTheSameHashAreKeptApart() {
        // "Aa" and "BB" have the same String.hashCode, so they share a probe chain.
        StringIntMap map = new StringIntMap(4);
        assertEquals(-1, map.putIfAbsent("Aa", 1));
        assertEquals(-1, map.putIfAbsent("BB", 2));
        assertEquals(1, map.get("Aa"));
        assertEquals(2, map.get("BB"));
        map.remove("Aa");
        assertEquals(-1, map.get("Aa"));
        assertEquals(2, map.get("BB"));
        assertEquals(-1, map.putIfAbsent("Aa", 3));
        assertEquals(3, map.get("Aa"));
        assertEquals(-1, map.putIfAbsent("zero", 0)); // a value of 0 and the largest are kept exactly
        assertEquals(0, map.get("zero"));
        assertEquals(-1, map.putIfAbsent("max", Integer.MAX_VALUE));
        assertEquals(Integer.MAX_VALUE, map.get("max"));
    }
}
