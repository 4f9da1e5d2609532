package dev.spacetime.io.shiviz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A vector clock as a log writes it: a JSON object from process name to count, zero entries left
 * out. The TLA+ ShiViz module writes the quotes escaped ({@code {\"p\": 1}}), which is accepted too.
 */
final class VectorClockText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorClockText() {
    }

    /** The clock's entries; throws IllegalArgumentException with a sentence when it is not a clock. */
    static Map<String, Integer> parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            try {
                node = JSON.readTree(text.replace("\\\"", "\""));
            } catch (JsonProcessingException again) {
                throw new IllegalArgumentException("the clock is not a JSON object: "
                        + e.getOriginalMessage().replaceAll("\\s+", " "));
            }
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the clock must be a JSON object like {\"p\": 1, \"q\": 2}");
        }
        Map<String, Integer> clock = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode v = entry.getValue();
            if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the clock's entry for \"" + entry.getKey()
                        + "\" must be a whole number ≥ 0, not " + v);
            }
            if (v.asInt() > 0) {
                clock.put(entry.getKey(), v.asInt());
            }
        }
        return clock;
    }

    /** The process names as JSON strings, quoted and escaped, to write clocks with. */
    static String[] quoted(String[] processes) {
        String[] out = new String[processes.length];
        for (int p = 0; p < processes.length; p++) {
            try {
                out[p] = JSON.writeValueAsString(processes[p]);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a string always writes", e);
            }
        }
        return out;
    }

    /** {"p":1,"q":2} with entries in the given process order (names from {@link #quoted}), zeros left out. */
    static void write(String[] quotedNames, int[] counts, Appendable out) throws java.io.IOException {
        out.append('{');
        boolean first = true;
        for (int p = 0; p < quotedNames.length; p++) {
            if (counts[p] > 0) {
                out.append(first ? "" : ",").append(quotedNames[p]).append(':').append(Integer.toString(counts[p]));
                first = false;
            }
        }
        out.append('}');
    }
}
