package dev.spacetime.io.shiviz;

import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.LoadProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A log in the ShiViz format, split into executions of events: line 1 is the parser regular
 * expression (blank for the default), line 2 the execution delimiter (blank for none), the rest the
 * log. Every event is one match of the expression, which must name the groups {@code host},
 * {@code clock} and {@code event}; any other named group is kept as a field. Text between matches is
 * skipped, as ShiViz's parser skips it, and kept for a warning ({@link LogExecution#skipped()}); an
 * execution the expression matches nowhere in is refused, as are two executions of the same name.
 */
public final class ShivizLog {
    static final int MAX_PROBLEMS = 100;
    private final List<LogExecution> executions;

    private ShivizLog(List<LogExecution> executions) {
        this.executions = List.copyOf(executions);
    }

    /** A log of these executions, for readers other than {@link #parse}. */
    static ShivizLog of(List<LogExecution> executions) {
        return new ShivizLog(executions);
    }

    public List<LogExecution> executions() {
        return executions;
    }

    /** Whether a file's text looks like a ShiViz log rather than a Spacetime diagram (which is JSON). */
    public static boolean looksLikeLog(String text) {
        String start = (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading(); // a byte-order mark is no text
        return !start.startsWith("{");
    }

    public static ShivizLog parse(String source, String text) throws DiagramLoadException {
        return parse(source, text, null);
    }

    /**
     * As {@link #parse(String, String)}, with the expressions' budget made by {@code budget} (null: the
     * usual one), for tests. A thread interrupted while matching gets a refusal saying it was stopped.
     */
    static ShivizLog parse(String source, String text, java.util.function.Function<String, BoundedText> budget)
            throws DiagramLoadException {
        try {
            return parseBounded(source, text, budget);
        } catch (BoundedText.Interrupted e) {
            throw new DiagramLoadException(source, List.of(LoadProblem.unlocated("reading the log was cancelled")));
        }
    }

    private static ShivizLog parseBounded(String source, String text,
            java.util.function.Function<String, BoundedText> budget) throws DiagramLoadException {
        // Lines end at \r\n, \n or a lone \r (as old Mac files have them), each one line end; a byte-order
        // mark is no part of the expression.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LogText lines = new LogText(body.replace("\r\n", "\n").replace('\r', '\n'));
        String all = lines.text();
        String first = all.substring(0, Math.max(0, lines.lineStart(2) - 1));
        String second = lines.lineCount() >= 2 ? all.substring(lines.lineStart(2), Math.max(lines.lineStart(2),
                lines.lineStart(3) - (lines.lineCount() >= 3 ? 1 : 0))) : "";
        List<LoadProblem> problems = new ArrayList<>();
        LogPattern parser = compile(first.isBlank() ? LogPattern.DEFAULT : first.strip(), 1, problems);
        LogPattern delimiter = second.isBlank() ? null : compile(second.strip(), 2, problems);
        if (parser != null) {
            for (String needed : List.of("host", "clock", "event")) {
                if (!parser.groups().contains(needed)) {
                    problems.add(new LoadProblem(1, 1, "the regular expression has no (?<" + needed
                            + ">…) group; it needs host, clock and event"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagramLoadException(source, neither(source), problems);
        }
        int bodyStart = Math.min(all.length(), lines.lineStart(3));
        List<LogExecution> executions = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>(); // an execution's name → where the delimiter gave it
        BoundedText bounded = budget == null ? BoundedText.of(all) : budget.apply(all);
        List<Part> parts;
        try {
            parts = parts(all, bounded, bodyStart, delimiter);
        } catch (BoundedText.Exhausted | StackOverflowError e) {
            throw new DiagramLoadException(source, List.of(stopped(2, second.strip(), lines, bounded, e)));
        }
        try {
            read(lines, bounded, parts, parser, named, executions, problems);
        } catch (BoundedText.Exhausted | StackOverflowError e) {
            throw new DiagramLoadException(source, List.of(stopped(1, first.strip(), lines, bounded, e)));
        }
        if (!problems.isEmpty()) {
            // The default expression (blank or written out) declares a log: its faults are a log's, said as
            // the byte reader says them. Text whose own first line matches nothing in it is no log at all.
            boolean declared = first.isBlank() || first.strip().equals(LogPattern.DEFAULT);
            boolean nothingMatched = !declared && executions.stream().allMatch(e -> e.size() == 0);
            throw new DiagramLoadException(source, nothingMatched ? neither(source) : null, problems);
        }
        executions.removeIf(e -> e.size() == 0 && executions.size() > 1);
        return new ShivizLog(executions);
    }

    /** Matches the expression in each part, into {@code executions}, until the problems fill up. */
    private static void read(LogText lines, BoundedText bounded, List<Part> parts, LogPattern parser,
            Map<String, Integer> named, List<LogExecution> executions, List<LoadProblem> problems) {
        String all = lines.text();
        for (Part part : parts) {
            if (part.nameAt() >= 0 && !blank(all, part.start(), part.end())) {
                Integer before = named.putIfAbsent(part.name(), part.nameAt());
                if (before != null) {
                    // ShiViz keys executions by name and refuses a second of the same name.
                    problems.add(new LoadProblem(lines.line(part.nameAt()), lines.column(part.nameAt()),
                            "another execution, at line " + lines.line(before) + ", is also called " + Quoted.of(part.name())
                                    + "; each execution's name must be its own"));
                }
            }
            executions.add(new LogExecution(part.name(),
                    events(lines, bounded, part.start(), part.end(), parser, problems)));
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
    }

    /**
     * Why matching stopped, put to the expression (which is what to change): it ran out of its budget,
     * or Java's matcher recursed past the stack, as it does for a repeated alternation over a long line.
     */
    private static LoadProblem stopped(int line, String expression, LogText lines, BoundedText bounded,
            Throwable why) {
        int at = lines.line(Math.min(bounded.lastRead(), Math.max(0, lines.text().length() - 1)));
        String what = line == 1 ? "the regular expression " : "the delimiter expression ";
        String quoted = dev.spacetime.io.JsonText.shortQuote(expression, 60);
        return new LoadProblem(line, 1, why instanceof StackOverflowError
                ? what + quoted + " nests too deeply in matching line " + at + "; a repeated alternative such as "
                        + "(a|b)* over a long line does this: repeat a character class, [ab]*, instead"
                : what + quoted + " took too long matching line " + at + " (more than "
                        + (BoundedText.BASE_NANOS / 1_000_000_000L) + " s or its step budget) and was stopped; "
                        + "it likely backtracks without end, as nested repetition such as (a+)+ does: simplify it");
    }

    /**
     * What to say first when the text is no log at all — its first line is not an expression for one,
     * or the expression on it matches nowhere — rather than only the expression's complaints.
     */
    static String neither(String source) {
        return source + " is neither a Spacetime diagram nor a ShiViz log that can be read. A log begins with a "
                + "regular expression naming host, clock and event, which then matches each event. In detail:";
    }

    /** A stretch of the body holding one execution; {@code nameAt} is where its name is, or -1 when it has none. */
    private record Part(int start, int end, String name, int nameAt) {
    }

    private static LogPattern compile(String expression, int line, List<LoadProblem> problems) {
        try {
            return LogPattern.compile(expression);
        } catch (IllegalArgumentException e) {
            problems.add(new LoadProblem(line, 1, (line == 1 ? "parser" : "delimiter") + " " + e.getMessage()));
            return null;
        }
    }

    /** The stretches of the body holding each execution: split at each delimiter match, named by its trace group. */
    private static List<Part> parts(String all, BoundedText bounded, int start, LogPattern delimiter) {
        List<Part> parts = new ArrayList<>();
        if (delimiter == null) {
            parts.add(new Part(start, all.length(), "Execution 1", -1));
            return parts;
        }
        Matcher m = delimiter.pattern().matcher(bounded);
        m.region(start, all.length());
        int from = start;
        String name = null;
        int nameAt = -1;
        boolean named = delimiter.groups().contains("trace");
        while (m.find()) {
            if (m.end() == m.start()) {
                continue; // an empty match splits nothing
            }
            if (from < m.start() && !blank(all, from, m.start())) {
                parts.add(part(from, m.start(), name, nameAt, parts.size()));
            }
            boolean hasName = named && m.group("trace") != null;
            name = hasName ? m.group("trace").strip() : null;
            nameAt = hasName ? m.start("trace") : -1;
            from = m.end();
        }
        parts.add(part(from, all.length(), name, nameAt, parts.size()));
        return parts;
    }

    private static Part part(int start, int end, String name, int nameAt, int before) {
        return name != null ? new Part(start, end, name, nameAt) : new Part(start, end, "Execution " + (before + 1), -1);
    }

    private static RawExecution events(LogText lines, BoundedText bounded, int start, int end, LogPattern parser,
            List<LoadProblem> problems) {
        Matcher m = parser.pattern().matcher(bounded);
        m.region(start, end);
        List<String> extra = parser.groups().stream()
                .filter(g -> !g.equals("host") && !g.equals("clock") && !g.equals("event")).toList();
        RawExecution events = new RawExecution();
        int from = start;
        while (m.find()) {
            if (m.end() == m.start()) {
                if (m.end() >= end) {
                    break;
                }
                m.region(m.end() + 1, end); // step past an empty match
                continue;
            }
            skip(lines, from, m.start(), events.skipped());
            Map<String, String> fields = new LinkedHashMap<>();
            for (String g : extra) {
                if (m.group(g) != null) {
                    fields.put(g, m.group(g));
                }
            }
            int at = m.start();
            int clockAt = m.start("clock") < 0 ? at : m.start("clock");
            int clockLine = lines.line(clockAt);
            int clockColumn = lines.column(clockAt);
            int host = events.nameId(nullToEmpty(m.group("host")));
            int[] counts = clock(nullToEmpty(m.group("clock")), events, clockLine, clockColumn);
            events.add(host, nullToEmpty(m.group("event")), fields, lines.line(at), lines.column(at), clockLine,
                    clockColumn, counts, counts == null ? 0 : counts.length);
            from = m.end();
            if (problems.size() >= MAX_PROBLEMS) {
                return events;
            }
        }
        skip(lines, from, end, events.skipped());
        if (events.size() == 0 && !events.skipped().isEmpty()) {
            problems.add(nothingMatched(events.skipped()));
        }
        return events;
    }

    /** Refuses an execution that has text but no event: the expression is surely not the log's (ShiViz refuses it too). */
    static LoadProblem nothingMatched(SkippedText skipped) {
        LoadProblem at = skipped.firstPlace();
        return new LoadProblem(at.line(), at.column(), "the regular expression matches no event here, nor anywhere "
                + "after; it does not match this text: " + at.message());
    }

    /** A clock's text read into counts by name number; null, with the problem noted, when it is not a clock. */
    static int[] clock(String text, ClockNames events, int line, int column) {
        Map<String, Integer> entries;
        try {
            entries = VectorClockText.parse(text);
        } catch (IllegalArgumentException bad) {
            events.problem(new LoadProblem(line, column, bad.getMessage()));
            return null;
        }
        int[] ids = new int[entries.size()];
        int longest = 0;
        int k = 0;
        for (String name : entries.keySet()) {
            ids[k] = events.nameId(name);
            longest = Math.max(longest, ids[k++] + 1);
        }
        int[] counts = new int[longest];
        k = 0;
        for (int count : entries.values()) {
            counts[ids[k++]] = count;
        }
        return counts;
    }

    /** Counts the text between two matches as skipped, unless it is blank. */
    private static void skip(LogText lines, int from, int to, SkippedText skipped) {
        String all = lines.text();
        int at = from;
        while (at < to && Character.isWhitespace(all.charAt(at))) {
            at++;
        }
        if (at < to) {
            int lineEnd = all.indexOf('\n', at);
            skipped.add(lines.line(at), lines.column(at), all.substring(at, lineEnd < 0 || lineEnd > to ? to : lineEnd));
        }
    }

    /** Whether text[from, to) is all whitespace, without copying a whole execution to ask. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
