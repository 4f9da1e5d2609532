package dev.spacetime.io.shiviz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A ShiViz parser regular expression, written for JavaScript, made into a Java pattern. JavaScript
 * takes a brace that starts no repetition as a plain character ({@code (?<clock>{.*})} in the
 * default expression); Java does not, so such braces are escaped first.
 */
final class LogPattern {
    /** The expression ShiViz and GoVector use when none is given. */
    static final String DEFAULT = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})";
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    private final Pattern pattern;
    private final List<String> groups;

    private LogPattern(Pattern pattern, List<String> groups) {
        this.pattern = pattern;
        this.groups = groups;
    }

    /** Compiles a ShiViz expression; throws IllegalArgumentException with a sentence when it cannot. */
    static LogPattern compile(String expression) {
        String java = escapeBraces(expression);
        Pattern p;
        try {
            p = Pattern.compile(java, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the regular expression does not compile: " + e.getDescription()
                    + " near character " + Math.max(1, e.getIndex() + 1));
        }
        List<String> groups = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(expression);
        while (m.find()) {
            if (isGroup(java, m.group(1)) && !groups.contains(m.group(1))) {
                groups.add(m.group(1));
            }
        }
        return new LogPattern(p, groups);
    }

    /**
     * Whether the pattern really has a group of this name: "(?<host>" may stand escaped or in a
     * character class, and asking a matcher for a group it lacks throws. Java names no groups in
     * public, but a back-reference to a missing group does not compile. (The line break ends a
     * comment, should the expression turn comments on with (?x).)
     */
    private static boolean isGroup(String java, String name) {
        try {
            Pattern.compile("(?:" + java + "\n)|\\k<" + name + ">", Pattern.MULTILINE);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** The named groups, in the order they appear. */
    List<String> groups() {
        return groups;
    }

    static String escapeBraces(String js) {
        StringBuilder sb = new StringBuilder();
        boolean inClass = false;
        Matcher quantifier = QUANTIFIER.matcher(js);
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && i + 1 < js.length()) {
                sb.append(c).append(js.charAt(++i));
            } else if (inClass) {
                inClass = c != ']';
                sb.append(c);
            } else if (c == '[') {
                inClass = true;
                sb.append(c);
            } else if (c == '{' && quantifier.find(i) && quantifier.start() == i) {
                sb.append(quantifier.group()); // a real repetition such as {2} or {1,3}
                i = quantifier.end() - 1;
            } else if (c == '{' || c == '}') {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
