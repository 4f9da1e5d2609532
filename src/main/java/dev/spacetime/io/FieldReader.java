package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.List;

/**
 * Reads field values of an expected type from the parser. A value of another type is reported,
 * naming the element it sits in, and skipped whole, so that reading goes on to find more problems.
 */
final class FieldReader {
    private final JsonParser p;
    private final ParserBase base; // Jackson's parsers for bytes and characters, which tell a place without an object
    private final ProblemLog log;
    private Element current; // the innermost process, event or message being read, or null
    private Element spare; // the last element closed, reused by the next one opened

    FieldReader(JsonParser p, ProblemLog log) {
        this.p = p;
        this.base = p instanceof ParserBase b ? b : null;
        this.log = log;
    }

    /** Starts an element at {@code at}; problems found until {@link #close} are told under its name. */
    Element open(Element.Kind kind, int number, JsonLocation at) {
        return open(kind, number, at.getLineNr(), at.getColumnNr());
    }

    /** Starts an element at a line and column; problems found until {@link #close} are told under its name. */
    Element open(Element.Kind kind, int number, int line, int column) {
        Element e = spare;
        if (e == null) {
            e = new Element(current, kind, number, line, column);
        } else {
            spare = null;
            e.reset(current, kind, number, line, column);
        }
        current = e;
        return e;
    }

    /** Ends an element: its held problems go to the log, and it is not to be used again. */
    void close(Element element) {
        element.release(log);
        current = element.parent;
        spare = element;
    }

    /**
     * The line where the current token begins, as {@link JsonParser#currentTokenLocation} tells it, for
     * any token but a field name. It is read for every event and message: a location object each would
     * be a sixth of all that reading a million-event file allocates.
     */
    int tokenLine() {
        return base != null ? base.getTokenLineNr() : p.currentTokenLocation().getLineNr();
    }

    /** The column where the current token begins, as {@link JsonParser#currentTokenLocation} tells it (see {@link #tokenLine}). */
    int tokenColumn() {
        // ParserBase counts this column from 1 past the one its location objects give.
        return base != null ? base.getTokenColumnNr() - 1 : p.currentTokenLocation().getColumnNr();
    }

    /** The name of the element being read, with ": ", or "" outside any element. */
    String where() {
        return current == null ? "" : current.describe() + ": ";
    }

    /** Releases the problems held by every open element, when reading stops early. */
    void closeAll() {
        while (current != null) {
            close(current);
        }
    }

    void problem(JsonLocation at, String text) {
        problem(at.getLineNr(), at.getColumnNr(), text);
    }

    void problem(int line, int column, String text) {
        if (current == null) {
            log.add(line, column, text);
        } else {
            current.hold(line, column, text);
        }
    }

    /** The current value as a string, or null when it is not one. */
    String string(String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            // An unpaired surrogate ("\uD800") is kept: the writer escapes it, so a diagram file holds it
            // (a round-trip property says so); a log cannot, and the log reader refuses it in names.
            return p.getText();
        }
        wrongType(field, "a string");
        return null;
    }

    /** The current value as a string with more than white space in it, or null. */
    String nonBlankString(String field) throws IOException {
        String s = string(field);
        if (s != null && dev.spacetime.model.Rules.isBlank(s)) {
            problem(p.currentTokenLocation(), JsonText.quote(field) + " must not be blank");
            return null;
        }
        return s;
    }

    /** The current value as a boolean; false when it is not one. */
    boolean bool(String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        wrongType(field, "true or false");
        return false;
    }

    /** The current value as a finite number, or NaN when it is not one. */
    double finiteNumber(String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            wrongType(field, "a number");
            return Double.NaN;
        }
        double value = p.getDoubleValue();
        if (!Double.isFinite(value)) {
            problem(p.currentTokenLocation(), JsonText.quote(field) + " is " + p.getText()
                    + ", too large; it must be a finite number");
            return Double.NaN;
        }
        return value;
    }

    /** What to do with each element of an array, told the element's number counting from 1. */
    interface ElementAction {
        void read(int number) throws IOException;
    }

    /** Runs {@code action} on each element of the array at hand, or reports that it is not an array. */
    void eachElement(String field, String expected, ElementAction action) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(field, expected);
            return;
        }
        int number = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            action.read(++number);
        }
    }

    /** True at an object; otherwise reports what stands there instead, skips it and returns false. */
    boolean isObject(String kind, int number, String example) throws IOException {
        return p.currentToken() == JsonToken.START_OBJECT || isObject(p.currentTokenLocation(), kind, number, example);
    }

    /** True at an object; otherwise reports what stands there instead (at {@code at}), skips it and returns false. */
    boolean isObject(JsonLocation at, String kind, int number, String example) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        problem(at, kind + number + " must be an object like " + example + ", not " + valueText());
        p.skipChildren();
        return false;
    }

    void wrongType(String field, String expected) throws IOException {
        problem(p.currentTokenLocation(), JsonText.quote(field) + " must be " + expected + ", not " + valueText());
        p.skipChildren();
    }

    /** Reports a field the format does not have, suggesting the one probably meant, and skips its value. */
    void unknownField(String field, JsonLocation at, List<String> known, String owner) throws IOException {
        String guess = Spelling.closest(field, known);
        problem(at, "unknown field " + JsonText.shortQuote(field, 40)
                + (guess == null ? "" : " (did you mean " + JsonText.quote(guess) + "?)")
                + "; " + owner + " has the fields " + String.join(", ", known));
        p.skipChildren();
    }

    /** The current value in words, for an error message: "the string \"x\"", "an object", "null". */
    String valueText() throws IOException {
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string " + JsonText.shortQuote(p.getText(), 40);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
