package dev.spacetime.io;

import java.util.List;

/** The names a diagram file uses under {@code "view"} for the annotations Spacetime knows. */
final class ViewKeys {
    static final String VIEW = "view";
    static final String ORIENTATION = "orientation";
    static final String SIMULATION = "simulation";
    static final String KIND = "kind";
    static final String BARS = "bars";
    static final String STEP_NOTES = "stepNotes";
    static final String FIELDS = "fields";
    static final String CLOCKS = "clocks";
    static final String NAME = "name";
    static final String VALUES = "values";
    static final String FROM = "from";
    static final String TO = "to";
    static final String LABEL = "label";
    static final List<String> BAR_FIELDS = List.of(FROM, TO, LABEL);
    static final List<String> KNOWN = List.of(ORIENTATION, SIMULATION, BARS, STEP_NOTES, FIELDS, CLOCKS);
    static final String UP = "up";
    static final String RIGHT = "right";

    private ViewKeys() {
    }
}
