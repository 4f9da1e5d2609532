package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a value under the file's {@code "view"} object that Spacetime keeps without knowing its shape
 * (a setting it does not know, a simulation's parameter) into plain Java values: LinkedHashMap,
 * ArrayList, String, Long, Double, Boolean and null.
 *
 * <p>Read by hand rather than through databind so that every whole number is a Long (databind picks
 * Integer, Long or BigInteger by size), which keeps a loaded view equal to the one saved. Recursion
 * is safe: the parser refuses nesting deeper than {@link DiagramReader#MAX_NESTING_DEPTH}.
 */
final class ViewReader {
    /** Where a view problem goes. */
    interface ProblemSink {
        void problem(JsonLocation at, String text);
    }

    private ViewReader() {
    }

    /** Reads the value at the parser's current token, up to and including its end. */
    static Object value(JsonParser p, ProblemSink sink) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, value(p, sink));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, sink));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = p.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    return p.getLongValue();
                }
                sink.problem(p.currentTokenLocation(), "the number " + p.getText()
                        + " is too large to keep; write it as a string");
                return null;
            }
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (!Double.isFinite(d)) {
                    sink.problem(p.currentTokenLocation(), "the number " + p.getText()
                            + " is too large to keep; write it as a string");
                    return null;
                }
                return d;
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected token " + token);
        }
    }
}
