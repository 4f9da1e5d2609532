package dev.spacetime.io;

import static dev.spacetime.io.Loading.load;
import static dev.spacetime.io.Loading.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spacetime.model.Annotations;
import dev.spacetime.model.Annotations.Part;
import dev.spacetime.model.Bar;
import dev.spacetime.model.Diagram;
import dev.spacetime.model.TimeDirection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The annotations under "view": their shapes are checked, each problem at its place; those naming no
 * event (an earlier version's leftovers) are dropped.
 */
class DiagramReaderAnnotationsTest {
    /** Two processes, P with p1 and p2, Q with q1, and {@code view} as the view object's members (line 6 on). */
    private static String withView(String view) {
        return "{ \"format\": \"spacetime\", \"version\": 1,\n"
                + "  \"processes\": [\n"
                + "    { \"name\": \"P\", \"events\": [ { \"id\": \"p1\" }, { \"id\": \"p2\" } ] },\n"
                + "    { \"name\": \"Q\", \"events\": [ { \"id\": \"q1\" } ] } ],\n"
                + "  \"view\": {\n"
                + view + "\n  }\n}\n";
    }

    @Test
    void wellShapedAnnotationsAreReadInTheirOrderAmongOtherSettings() {
        Diagram d = load(withView("""
                    "zoom": 2,
                    "bars": [ { "from": "p1", "to": "p2" } ],
                    "orientation": "right",
                    "stepNotes": { "q1": "queue: empty" },
                    "fields": { "p2": { "date": "11" } },
                    "simulation": { "kind": "mutex", "seed": 7 },
                    "colour": "red\""""));
        Annotations a = d.annotations();
        assertEquals(List.of(Part.OTHER, Part.BARS, Part.TIME_DIRECTION, Part.STEP_NOTES, Part.FIELDS,
                Part.SIMULATION, Part.OTHER), a.order());
        assertEquals(List.of(new Bar("p1", "p2", null)), a.bars());
        assertEquals(TimeDirection.RIGHT, a.timeDirection());
        assertEquals("queue: empty", a.stepNote("q1"));
        assertEquals(Map.of("date", "11"), a.fields("p2"));
        assertEquals("mutex", a.simulation().kind());
        assertEquals(Map.of("seed", 7L), a.simulation().parameters());
        assertEquals(List.of("zoom", "colour"), List.copyOf(a.others().keySet()));
        String saved = DiagramWriter.toString(d);
        assertEquals(saved, DiagramWriter.toString(load(saved)));
    }

    @Test
    void anOrientationOtherThanUpOrRight() {
        assertEquals("test.json:6:20: \"view\": \"orientation\" is \"left\"; it must be \"up\" (time going up the page)"
                + " or \"right\" (time going right)", problems(withView("    \"orientation\": \"left\"")));
        assertEquals("test.json:6:20: \"view\": \"orientation\" must be \"up\" or \"right\", not the number 1",
                problems(withView("    \"orientation\": 1")));
    }

    @Test
    void aSimulationThatIsNotAnObject() {
        assertEquals("test.json:6:19: \"view\": \"simulation\" must be an object like { \"kind\": \"mutex\", \"seed\": 1 },"
                + " not the string \"mutex\"", problems(withView("    \"simulation\": \"mutex\"")));
        assertEquals("test.json:6:29: \"view\": \"simulation\": \"kind\" must be a string, not the number 3",
                problems(withView("    \"simulation\": { \"kind\": 3 }")));
    }

    @Test
    void barsThatAreNotAnArrayOfBars() {
        assertEquals("test.json:6:13: \"view\": \"bars\" must be an array of bars like { \"from\": \"p1\", \"to\": \"p3\","
                + " \"label\": \"holds the resource\" }, not an object", problems(withView("    \"bars\": {}")));
        assertEquals("test.json:6:15: \"view\": bar #1 must be an object like { \"from\": \"p1\", \"to\": \"p3\","
                + " \"label\": \"holds the resource\" }, not the string \"p1\"", problems(withView("    \"bars\": [ \"p1\" ]")));
    }

    @Test
    void aBarWithFieldsOfTheWrongTypeMissingOrUnknown() {
        assertEquals("""
                test.json:6:15: "view": bar #1: missing "to"
                test.json:6:25: "view": bar #1: "from" must be a string, not the number 1
                test.json:7:40: "view": bar "p1" → "p2": "label" must be a string, not true
                test.json:7:46: "view": bar "p1" → "p2": unknown field "colour"; a bar has the fields from, to, label""",
                problems(withView("""
                            "bars": [ { "from": 1 },
                                      { "from": "p1", "label": true, "colour": "red", "to": "p2" } ]\
                        """)));
    }

    @Test
    void aBarThatRunsAcrossProcesses() {
        assertEquals("""
                test.json:7:15: "view": bar "p1" → "q1": its ends are on different processes, P and Q; a bar runs \
                along one process""",
                problems(withView("""
                            "bars": [ { "from": "p1", "to": "x9" },
                                      { "from": "p1", "to": "q1" } ]\
                        """)));
    }

    @Test
    void leftoversOfRemovedOrRenamedEventsAreDroppedSoTheFileStillOpens() {
        // What an earlier version saved after the mutual exclusion run's q2 was renamed and p2 deleted:
        // their note, fields and bar stayed behind under ids no event has.
        Diagram d = load(withView("""
                    "bars": [ { "from": "p1", "to": "p2" }, { "from": "p1", "to": "p9", "label": "old" } ],
                    "stepNotes": { "q2": "queue: [p1]", "q1": "queue: empty" },
                    "fields": { "p2": { "date": "11" }, "x9": { "date": "12" } }\
                """));
        Annotations a = d.annotations();
        assertEquals(List.of(new Bar("p1", "p2", null)), a.bars());
        assertEquals(Map.of("q1", "queue: empty"), a.stepNotes());
        assertEquals(List.of("p2"), List.copyOf(a.fields().keySet()));
        assertEquals(List.of(Part.BARS, Part.STEP_NOTES, Part.FIELDS), a.order(), "each part keeps its place");
    }

    @Test
    void stepNotesThatAreNotStringsOrNameNoEvent() {
        assertEquals("test.json:6:18: \"view\": \"stepNotes\" must be an object of notes by event id, like"
                + " { \"p1\": \"queue: empty\" }, not an array", problems(withView("    \"stepNotes\": []")));
        assertEquals("test.json:6:26: \"view\": step note for \"p1\" must be a string, not the number 3",
                problems(withView("    \"stepNotes\": { \"p1\": 3, \"x9\": \"queue: empty\" }")));
    }

    @Test
    void fieldsThatAreNotObjectsOfObjectsOrNameNoEvent() {
        assertEquals("test.json:6:15: \"view\": \"fields\" must be an object of fields by event id, like"
                + " { \"p1\": { \"date\": \"11\" } }, not the string \"x\"", problems(withView("    \"fields\": \"x\"")));
        assertEquals("""
                test.json:6:23: "view": fields of "p1" must be an object like { "date": "11" }, not the string "x"
                test.json:6:44: "view": fields of "p2": "date" must be a string, not the number 11""",
                problems(withView("    \"fields\": { \"p1\": \"x\", \"p2\": { \"date\": 11 }, \"x9\": { \"date\": \"11\" } }")));
    }

    @Test
    void eventsListedAfterTheViewAreFound() {
        Diagram d = load("""
                { "view": { "bars": [ { "from": "p1", "to": "p2" } ], "stepNotes": { "p2": "done" } },
                  "format": "spacetime", "version": 1,
                  "processes": [ { "name": "P", "events": [ { "id": "p1" }, { "id": "p2" } ] } ] }
                """);
        assertEquals("done", d.annotations().stepNote("p2"));
        assertEquals(1, d.annotations().bars().size());
    }

    @Test
    void aClockAssignmentIsReadWrittenBackByteForByteAndCheckedWhereItIsMalformed() {
        String file = withView("    \"clocks\": { \"name\": \"C_phys\", \"values\": { \"p1\": 1.5, \"q1\": 3 } }");
        Diagram d = load(file);
        assertEquals("C_phys", d.annotations().clockName());
        assertEquals(1.5, d.annotations().clock("p1"));
        assertEquals(Double.NaN, d.annotations().clock("p2"), "p2 has no value");
        Diagram again = load(DiagramWriter.toString(d));
        assertEquals(DiagramWriter.toString(d), DiagramWriter.toString(again), "saved and read again, the same file");
        assertEquals(true, again.sameContent(d));
        assertEquals("test.json:6:48: \"view\": \"clocks\": the value of \"p1\" must be a finite number, not the string \"x\"",
                problems(withView("    \"clocks\": { \"name\": \"C\", \"values\": { \"p1\": \"x\" } }")));
        assertEquals("test.json:6:15: \"view\": \"clocks\" needs a \"name\", like \"C_phys\"",
                problems(withView("    \"clocks\": { \"values\": {} }")));
    }
}
