package dev.spacetime.io.shiviz;

import dev.spacetime.io.LoadProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution's events as a log gives them, kept in columns so a log of a million events fits in
 * memory: each event's host, text, fields, where it was, and its clock already read into numbers.
 * Process names are numbered as they are first seen (as a host or in a clock); which of them are
 * processes, in which order, and whether the clocks make sense is for {@link ShivizImport} to decide.
 */
final class RawExecution implements ClockNames {
    private final Map<String, Integer> nameIds = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int size;
    private int[] host = new int[64];
    private String[] text = new String[64];
    private int[] line = new int[64];
    private int[] column = new int[64];
    private int[] clockLine = new int[64];
    private int[] clockColumn = new int[64];
    private ClockRows clocks = new ClockRows();
    private BitSet unreadable = new BitSet();
    private final Map<Integer, Map<String, String>> fields = new HashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final SkippedText skipped = new SkippedText();

    @Override
    public int nameId(String name) {
        Integer id = nameIds.get(name);
        if (id != null) {
            return id;
        }
        int n = names.size();
        nameIds.put(name, n);
        names.add(name);
        return n;
    }

    @Override
    public int nameCount() {
        return names.size();
    }

    String name(int nameId) {
        return names.get(nameId);
    }

    /** Adds an event whose clock is to come: all clocks are given at once by {@link #clocks(ClockRows, BitSet)}. */
    void add(int hostId, String eventText, Map<String, String> eventFields, int atLine, int atColumn,
            int atClockLine, int atClockColumn) {
        if (size == host.length) {
            int n = size * 2;
            host = Arrays.copyOf(host, n);
            text = Arrays.copyOf(text, n);
            line = Arrays.copyOf(line, n);
            column = Arrays.copyOf(column, n);
            clockLine = Arrays.copyOf(clockLine, n);
            clockColumn = Arrays.copyOf(clockColumn, n);
        }
        host[size] = hostId;
        text[size] = eventText;
        line[size] = atLine;
        column[size] = atColumn;
        clockLine[size] = atClockLine;
        clockColumn[size] = atClockColumn;
        if (eventFields != null && !eventFields.isEmpty()) {
            fields.put(size, eventFields);
        }
        size++;
    }

    /** The clocks of all events, one row each, and which of them could not be read. */
    void clocks(ClockRows rows, BitSet unreadableRows) {
        if (rows.size() != size) {
            throw new IllegalArgumentException(rows.size() + " clocks for " + size + " events");
        }
        clocks = rows;
        unreadable = unreadableRows;
    }

    /** The names numbered so far, by name: a copy. */
    Map<String, Integer> nameNumbers() {
        return new HashMap<>(nameIds);
    }

    /**
     * Adds an event. Its clock is {@code counts[0, length)} by name number, copied; {@code counts} is
     * null when the clock could not be read (the reader has added the problem).
     */
    void add(int hostId, String eventText, Map<String, String> eventFields, int atLine, int atColumn,
            int atClockLine, int atClockColumn, int[] counts, int length) {
        add(hostId, eventText, eventFields, atLine, atColumn, atClockLine, atClockColumn);
        if (counts == null) {
            unreadable.set(size - 1);
            clocks.add(new int[0], 0, names.size());
        } else {
            clocks.add(counts, length, names.size());
        }
    }

    /** A problem found while reading (a clock that is not a clock), reported when the execution is imported. */
    @Override
    public void problem(LoadProblem problem) {
        if (problems.size() < ShivizLog.MAX_PROBLEMS) { // the first ones, in log order, are all anyone reads
            problems.add(problem);
        }
    }

    List<LoadProblem> problems() {
        return problems;
    }

    /** The text between events that the expression did not match, which the reader passed over. */
    SkippedText skipped() {
        return skipped;
    }

    int size() {
        return size;
    }

    int host(int k) {
        return host[k];
    }

    String text(int k) {
        return text[k];
    }

    /** Whether the event has fields besides host, clock and text (cheaper to ask than {@link #fields}). */
    boolean hasFields(int k) {
        return !fields.isEmpty() && fields.containsKey(k);
    }

    Map<String, String> fields(int k) {
        return fields.getOrDefault(k, Map.of());
    }

    int line(int k) {
        return line[k];
    }

    int column(int k) {
        return column[k];
    }

    int clockLine(int k) {
        return clockLine[k];
    }

    int clockColumn(int k) {
        return clockColumn[k];
    }

    /** The events' clocks by name number, in log order; an unreadable clock is all zeros. */
    ClockRows clocks() {
        return clocks;
    }

    /** Whether the event's clock could not be read (the problem is among {@link #problems()}). */
    boolean unreadable(int k) {
        return unreadable.get(k);
    }
}
