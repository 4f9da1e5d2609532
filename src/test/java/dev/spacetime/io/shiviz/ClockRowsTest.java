package dev.spacetime.io.shiviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Clock rows: what is put in is read back, entries past a row's width read 0, and memory follows the rows. */
class ClockRowsTest {
    @Test
    void rowsAddedOneByOneReadBackAsGivenWhateverTheirWidths() {
        Random random = new Random(3);
        ClockRows rows = new ClockRows();
        int[][] given = new int[20_000][];
        for (int k = 0; k < given.length; k++) {
            int length = 1 + random.nextInt(k < 100 ? 5 : 70); // widths grow now and then, inside a chunk too
            given[k] = new int[length];
            for (int q = 0; q < length; q++) {
                given[k][q] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(1000);
            }
            rows.add(given[k], length, 1);
        }
        assertEquals(given.length, rows.size());
        for (int k = 0; k < given.length; k++) {
            for (int q = 0; q < 80; q++) {
                assertEquals(q < given[k].length ? given[k][q] : 0, rows.get(k, q), "row " + k + ", entry " + q);
            }
            assertEquals(given[k].length > 0 ? given[k][0] : 0, rows.chunk(k)[rows.offset(k)]);
        }
    }

    @Test
    void aTableOfOneRowTakesLittleMemory() {
        ClockRows rows = new ClockRows();
        rows.add(new int[] {1, 2, 3}, 3, 3);
        assertTrue(rows.chunk(0).length <= 64, "one row of three entries holds " + rows.chunk(0).length + " ints");
    }

    @Test
    void twoHalvesFilledApartThenRenumberedReadAsOne() {
        ClockRows rows = ClockRows.ofSize(10, 4); // chunks of 4 rows: rows 0-7 in two chunks, 8-9 in a third
        for (int k = 0; k < 10; k++) {
            rows.set(k, new int[] {k + 1, 0, k < 8 ? 0 : 7}, 3, 2);
        }
        // The last chunk numbered its third name 2 provisionally; it is really name 5, and name 1 is dropped.
        rows.renumber(8, new int[] {0, -1, 5}, 6);
        for (int k = 0; k < 10; k++) {
            assertEquals(k + 1, rows.get(k, 0));
            assertEquals(k < 8 ? 0 : 7, rows.get(k, 5));
            assertEquals(0, rows.get(k, 2));
        }
        ClockRows same = rows.renumbered(new int[] {0, 1, 2, 3, 4, 5}, 3);
        assertSame(rows.chunk(0), same.chunk(0), "a chunk that needs no change is shared");
    }
}
