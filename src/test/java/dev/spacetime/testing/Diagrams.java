package dev.spacetime.testing;

import dev.spacetime.model.Diagram;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.model.Problem;
import dev.spacetime.model.Rules;
import java.util.List;

/**
 * Diagrams written as a few lines of text, for tests: {@code "P: p1 p2 p3"} is a process with its
 * events in order (an event {@code p2@20} has time 20), {@code "p1 -> q2"} is a message and
 * {@code "a3 ~> b1"} an external one.
 */
public final class Diagrams {
    private Diagrams() {
    }

    /** The diagram the lines describe, which must satisfy the rules. */
    public static Diagram of(String... lines) {
        Diagram d = unchecked(lines);
        List<Problem> problems = Rules.check(d);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid test diagram: " + problems);
        }
        return d;
    }

    /** The diagram the lines describe, without checking the rules. */
    public static Diagram unchecked(String... lines) {
        DiagramBuilder b = new DiagramBuilder(16);
        for (String line : lines) {
            if (line.contains(":")) {
                String[] parts = line.split(":", 2);
                int p = b.addProcess(parts[0].trim());
                for (String token : parts[1].trim().split("\\s+")) {
                    if (token.isEmpty()) {
                        continue;
                    }
                    String[] idTime = token.split("@");
                    double time = idTime.length > 1 ? Double.parseDouble(idTime[1]) : Double.NaN;
                    if (b.addEvent(p, idTime[0], null, time) < 0) {
                        throw new IllegalArgumentException("duplicate event " + idTime[0]);
                    }
                }
            } else {
                boolean external = line.contains("~>");
                String[] ends = line.split(external ? "~>" : "->");
                var refusal = b.addMessage(ends[0].trim(), ends[1].trim(), null, external);
                if (refusal != DiagramBuilder.MessageRefusal.NONE) {
                    throw new IllegalArgumentException(line + ": " + refusal);
                }
            }
        }
        return b.build();
    }

    /** The paper's Figure 1, with the physical times the example file gives it. */
    public static Diagram figure1() {
        return of(
                "P: p1@0 p2@20 p3@40 p4@60",
                "Q: q1@0 q2@10 q3@20 q4@30 q5@40 q6@50 q7@60",
                "R: r1@0 r2@20 r3@40 r4@60",
                "p1 -> q2", "q1 -> p2", "q1 -> r4", "q4 -> r3", "q5 -> p4", "r2 -> q7");
    }
}
