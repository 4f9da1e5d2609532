package dev.spacetime.io.shiviz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spacetime.io.JsonErrorText;
import dev.spacetime.io.JsonText;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A vector clock as a log writes it: a JSON object from process name to count, zero entries left
 * out. The TLA+ ShiViz module writes the quotes escaped ({@code {\"p\": 1}}), which is accepted too.
 *
 * <p>It is read as ShiViz's {@code JSON.parse} reads it: exactly one object, nothing after it; no
 * trailing comma; a name given twice takes its last count. The byte reader ({@link ClockReader})
 * keeps to the same rules.
 */
final class VectorClockText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorClockText() {
    }

    /** The clock's entries; throws IllegalArgumentException with a sentence when it is not a clock. */
    static Map<String, Integer> parse(String text) {
        JsonNode node;
        try {
            node = one(text);
        } catch (JsonProcessingException e) {
            try {
                node = one(text.replace("\\\"", "\""));
            } catch (JsonProcessingException again) {
                throw new IllegalArgumentException("the clock is not a JSON object: " + JsonErrorText.describe(e));
            }
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the clock must be a JSON object like {\"p\": 1, \"q\": 2}");
        }
        Map<String, Integer> clock = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            int half = dev.spacetime.model.Rules.unpairedSurrogate(entry.getKey());
            if (half >= 0) {
                throw new IllegalArgumentException(String.format("the clock names a process with \\u%04x, half of a "
                        + "character whose other half is missing; such a name cannot be saved",
                        (int) entry.getKey().charAt(half)));
            }
            JsonNode v = entry.getValue();
            // canConvertToInt, not asLong: 18446744073709551617 would wrap round to 1.
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
                throw new IllegalArgumentException("the clock's entry for " + JsonText.shortQuote(entry.getKey(), 40)
                        + " must be a whole number from 0 to " + Integer.MAX_VALUE + " (a count of events), not "
                        + cut(v.toString()));
            }
            if (v.asInt() > 0) {
                clock.put(entry.getKey(), v.asInt());
            }
        }
        return clock;
    }

    /**
     * Exactly one JSON value: Jackson would stop after the object and ignore a "}" or anything else
     * after it, which JSON.parse refuses.
     */
    private static JsonNode one(String text) throws JsonProcessingException {
        try (JsonParser p = JSON.createParser(text)) {
            JsonNode node = JSON.readTree(p);
            boolean more;
            try {
                more = p.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true;
            }
            if (more) {
                throw new TextAfter();
            }
            return node;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a string is read without input errors", e);
        }
    }

    /** Text after the clock's object; its message is one {@link JsonErrorText} words. */
    private static final class TextAfter extends JsonProcessingException {
        TextAfter() {
            super("Trailing token after the value");
        }
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
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
