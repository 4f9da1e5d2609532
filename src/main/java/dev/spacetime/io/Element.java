package dev.spacetime.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A process, event, message or bar object being read, so that a problem found inside it can name it.
 * Problems are held until the object ends, because its id may come after the field that was wrong.
 * The reader reuses a closed element for the next one ({@link #reset}): a million events need not
 * each leave one behind.
 */
final class Element {
    enum Kind { PROCESS, EVENT, MESSAGE, BAR }

    private record Held(int line, int column, String text) {
    }

    Element parent;
    int line;
    int column;
    private Kind kind;
    private int number;
    private String name;
    // A message's ends, kept apart until a problem needs its name: most messages never need it.
    private String from;
    private String to;
    private List<Held> held;

    Element(Element parent, Kind kind, int number, int line, int column) {
        reset(parent, kind, number, line, column);
    }

    /** Makes this closed element a new one, with no name and nothing held. */
    void reset(Element parent, Kind kind, int number, int line, int column) {
        this.parent = parent;
        this.kind = kind;
        this.number = number;
        this.line = line;
        this.column = column;
        this.name = null;
        this.from = null;
        this.to = null;
        this.held = null;
    }

    /** Records the element's name (process name, event id, or a message's ends) once it is known. */
    void name(String name) {
        this.name = name;
    }

    /** Records a message's or bar's ends; its name {@link #messageName} is spelled only when a problem needs it. */
    void ends(String from, String to) {
        this.from = from;
        this.to = to;
    }

    /** The name given, or a message's spelled from its ends. */
    private String name() {
        return name == null && from != null ? messageName(from, to) : name;
    }

    void hold(int atLine, int atColumn, String text) {
        if (held == null) {
            held = new ArrayList<>(2);
        }
        held.add(new Held(atLine, atColumn, text));
    }

    /** Hands the held problems to the log, each prefixed with the element's best name. */
    void release(ProblemLog log) {
        if (held != null) {
            String prefix = describe() + ": ";
            held.forEach(h -> log.add(h.line, h.column, prefix + h.text));
            held = null;
        }
    }

    /** {@code event "p2"}, or {@code event #2 of process "P"} while the id is unknown; a bar is under "view". */
    String describe() {
        String shown = name();
        return switch (kind) {
            case PROCESS -> shown != null ? "process " + JsonText.quote(shown) : "process #" + number;
            case EVENT -> shown != null ? "event " + JsonText.quote(shown)
                    : "event #" + number + " of " + parent.describe();
            case MESSAGE -> shown != null ? "message " + shown : "message #" + number;
            case BAR -> "\"view\": " + (shown != null ? "bar " + shown : "bar #" + number);
        };
    }

    static String messageName(String from, String to) {
        return JsonText.quote(from) + " → " + JsonText.quote(to);
    }
}
