package dev.spacetime.sim.mutex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the paper's five rules the grants behind a failed condition broke, read from the diagram
 * (rule 5 at each grant: (i) its request first on its queue by ⇒, (ii) word from every other process
 * later than Tm), so that a verdict says why a condition fails, not only that it does.
 */
final class RuleBlame {
    private final MutexReading run;
    private final Variant variant;

    RuleBlame(MutexReading run, Variant variant) {
        this.run = run;
        this.variant = variant;
    }

    /** The parts of rule 5 these grants (enter events' ids) broke, each once: "5(i)", "5(ii)". */
    List<String> rules(List<String> enters) {
        return new ArrayList<>(byRule(enters).keySet());
    }

    /**
     * ", because this variant grants without rule 5(ii) (P2 entered (p2_2) before hearing from P3 later
     * than 1)", or "" when the grants broke none of the rules.
     */
    String because(List<String> enters) {
        Map<String, List<String>> broken = byRule(enters);
        if (broken.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        broken.forEach((rule, blames) -> parts.add((skips(rule) ? "this variant grants without rule " + rule
                : "the grant broke rule " + rule) + " (" + String.join("; ", blames) + ")"));
        return ", because " + String.join(" and ", parts);
    }

    /** Whether the variant leaves out this part of rule 5 by design. */
    private boolean skips(String rule) {
        return variant == Variant.NO_WAIT_FOR_ACKS && rule.equals("5(ii)")
                || variant == Variant.IGNORE_TIES && rule.equals("5(i)");
    }

    private Map<String, List<String>> byRule(List<String> enters) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : List.of("5(i)", "5(ii)")) {
            for (String id : enters) {
                int e = run.analysis().indexOf(id);
                Grant g = e < 0 ? null : run.grant(e);
                if (g != null && g.broken().contains(part)) {
                    out.computeIfAbsent(part, k -> new ArrayList<>()).add(g.blame(part));
                }
            }
        }
        return out;
    }
}
