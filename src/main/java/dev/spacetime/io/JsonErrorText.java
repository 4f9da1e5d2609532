package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's syntax and limit errors as sentences for a student: what is wrong, in the
 * file's terms, without parser internals such as token names or constraint getters.
 */
public final class JsonErrorText {
    private static final Pattern CHARACTER = Pattern.compile("\\('(.+?)' \\(code (\\d+)[^)]*\\)\\)");
    private static final Pattern QUOTED = Pattern.compile("'(.*)'");
    private static final Pattern OPENED = Pattern.compile(
            "\\(for (Object|Array) starting at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)': was expecting");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(for root starting at \\[Source:[^\\]]*\\]\\)|\\s*at \\[Source:[^\\]]*\\]");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)' \\(code (\\d+)[^)]*\\)");
    private static final String VALUE_LIST =
            "a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    private JsonErrorText() {
    }

    /**
     * What went wrong, for an error from a parser with the default limits (as the log reader's clocks
     * are read): the same sentences as for a diagram file, never Jackson's class or option names.
     */
    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Document nesting depth")) {
            return "nested more than " + StreamReadConstraints.defaults().getMaxNestingDepth()
                    + " levels deep; a clock is one object of names and counts";
        }
        // Said of a clock on one line of a log, not of a file.
        return describe(e, e.getProcessor() instanceof JsonParser p ? p : null)
                .replace("the file ends too early", "it ends too early").replace("the file is not", "it is not");
    }

    /** What went wrong, for an error thrown while {@code p} (null when unknown) was reading. */
    static String describe(JsonProcessingException e, JsonParser p) {
        return visible(sentence(e, p));
    }

    /** Control characters quoted from the input, escaped as JSON escapes them, so none prints raw. */
    private static String visible(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.toString();
    }

    private static String sentence(JsonProcessingException e, JsonParser p) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(original, p == null ? StreamReadConstraints.defaults() : p.streamReadConstraints());
        }
        Matcher escape = ESCAPE.matcher(original);
        if (escape.find()) {
            String c = shown(escape.group(1), Integer.parseInt(escape.group(2)));
            return "not valid JSON: " + (c.startsWith("'") ? "\\" + escape.group(1) : "a backslash before " + c)
                    + " is no escape; in a JSON string a backslash starts"
                    + " one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
        }
        if (original.startsWith("Trailing token")) {
            return "not valid JSON: there is more text after the value, which must stand alone";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return endOfInput(original, p);
        }
        if (original.startsWith("Duplicate field")) {
            Matcher m = QUOTED.matcher(original);
            String name = m.find() ? JsonText.shortQuote(m.group(1), 40) : "";
            return "duplicate field " + name + "; a field may appear only once in an object";
        }
        if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF-32")) {
            return "the file is not UTF-8 text (" + firstSentence(original) + ")";
        }
        Matcher control = CONTROL.matcher(original);
        if (control.find() && !original.startsWith("Illegal unquoted character")) {
            // Between values, not in a string: name the very character (a NUL is no line break or tab).
            int code = Integer.parseInt(control.group(1));
            return "not valid JSON: the control character " + String.format("U+%04X", code)
                    + " where only spaces, tabs and line breaks may stand between values";
        }
        if (original.contains("CTRL-CHAR")) {
            return "a string contains a raw control character such as a line break or tab;"
                    + " write it escaped, as \\n or \\t";
        }
        Matcher token = TOKEN.matcher(original);
        if (token.find()) {
            return "not valid JSON: unrecognized word '" + cut(token.group(1)) + "'; text must be in double quotes";
        }
        if (original.contains("(non-standard) comment")) {
            return "not valid JSON: comments are not allowed in JSON";
        }
        if (original.startsWith("Non-standard token")) {
            Matcher m = QUOTED.matcher(firstSentence(original));
            String word = m.find() ? m.group(1).replaceAll("'.*", "") : "";
            return "not valid JSON: " + word + " is not a JSON number; numbers must be finite";
        }
        if (original.startsWith("Unexpected character (''' (code 39))")) {
            return "not valid JSON: a single quote ('); JSON strings and field names use double quotes";
        }
        return "not valid JSON: " + tidy(firstSentence(original));
    }

    private static String limit(String original, StreamReadConstraints limits) {
        if (original.startsWith("Document nesting depth")) {
            return "nested more than " + limits.getMaxNestingDepth() + " levels deep; a diagram file needs only a few";
        }
        if (original.startsWith("String value length")) {
            return "a string longer than " + limits.getMaxStringLength()
                    + " characters; ids, names, labels and titles must be shorter";
        }
        if (original.startsWith("Number value length")) {
            return "a number longer than " + limits.getMaxNumberLength() + " characters";
        }
        if (original.startsWith("Name length")) {
            return "a field name longer than " + limits.getMaxNameLength() + " characters";
        }
        if (original.startsWith("Document length")) {
            return "the input is larger than " + (limits.getMaxDocumentLength() >> 20)
                    + " MiB, more than Spacetime reads";
        }
        return "the input exceeds a size limit Spacetime sets on JSON text";
    }

    /** Names what the input ended inside: a string, or the innermost object or array and where it opened. */
    private static String endOfInput(String original, JsonParser p) {
        String inside;
        if (original.contains("VALUE_STRING") || original.contains("string value") || original.contains("quote")) {
            inside = "inside a string";
        } else {
            JsonStreamContext context = p.getParsingContext();
            if (context != null && (context.inObject() || context.inArray())) {
                JsonLocation start = context.startLocation(ContentReference.unknown());
                inside = "inside " + (context.inObject() ? "an object" : "an array") + " opened at line "
                        + start.getLineNr() + ", column " + start.getColumnNr();
            } else {
                inside = "in the middle of a value";
            }
        }
        return "the file ends too early, " + inside + "; is it cut short?";
    }

    /** "Unexpected character ('}' (code 125)): was expecting …" becomes "unexpected character '}': was expecting …". */
    private static String tidy(String message) {
        int hint = message.indexOf(" (JSON does not allow");
        message = hint < 0 ? message : message.substring(0, hint);
        hint = message.indexOf(": enable `");
        message = hint < 0 ? message : message.substring(0, hint); // Jackson's switches mean nothing to a student
        message = OPENED.matcher(message).replaceAll(m -> "for the " + m.group(1).toLowerCase()
                + " opened at line " + m.group(2) + ", column " + m.group(3));
        message = SOURCE.matcher(message).replaceAll(""); // where Jackson was reading: the problem's place says it
        message = message.replaceAll("`[^`]*`", "").replace("JsonToken.", "").replace("START_OBJECT", "'{'")
                .replace("END_OBJECT", "'}'").replace("START_ARRAY", "'['").replace("END_ARRAY", "']'");
        String text = CHARACTER.matcher(message).replaceAll(m -> Matcher.quoteReplacement(shown(m.group(1),
                        Integer.parseInt(m.group(2)))))
                .replace(VALUE_LIST, "a value: a string in double quotes, a number, true, false, null, an object"
                        + " or an array");
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A character as a person can see it: itself in quotes, or U+FEFF and the like when it is invisible. */
    private static String shown(String c, int code) {
        int type = Character.getType(code);
        boolean invisible = Character.isISOControl(code) || Character.isWhitespace(code) || code == 0xA0
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.SPACE_SEPARATOR;
        return invisible ? String.format("U+%04X", code) : "'" + c + "'";
    }

    private static String firstSentence(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
