package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name numbers for a reader of clocks working on a later stretch of a log while another reader
 * numbers names in the execution itself: names known before both started keep their numbers, and
 * names new to this stretch get provisional ones, made final by {@link #renumbering} once the earlier
 * stretch is done, so that names are still numbered in the order they first appear.
 */
final class ProvisionalNames implements ClockNames {
    private final Map<String, Integer> known;
    private final int base;
    private final Map<String, Integer> added = new HashMap<>();
    private final List<String> addedInOrder = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();

    /** @param known the names numbered so far, by name; they must be numbered 0 .. size-1 */
    ProvisionalNames(Map<String, Integer> known) {
        this.known = known;
        this.base = known.size();
    }

    @Override
    public int nameId(String name) {
        Integer id = known.get(name);
        if (id != null) {
            return id;
        }
        return added.computeIfAbsent(name, n -> {
            addedInOrder.add(n);
            return base + addedInOrder.size() - 1;
        });
    }

    @Override
    public void problem(LoadProblem problem) {
        if (problems.size() < ShivizLog.MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    @Override
    public int nameCount() {
        return base + addedInOrder.size();
    }

    /** The clocks that could not be read, in the order found. */
    List<LoadProblem> problems() {
        return problems;
    }

    /**
     * Provisional number → final number in {@code names}, which numbers the new names now; null when
     * this stretch met no new name, so its numbers are final already.
     */
    int[] renumbering(ClockNames names) {
        if (addedInOrder.isEmpty()) {
            return null;
        }
        int[] out = new int[nameCount()];
        for (int id = 0; id < base; id++) {
            out[id] = id;
        }
        for (int j = 0; j < addedInOrder.size(); j++) {
            out[base + j] = names.nameId(addedInOrder.get(j));
        }
        return out;
    }
}
