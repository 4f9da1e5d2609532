package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.spacetime.model.Bar;
import dev.spacetime.model.DiagramBuilder;
import dev.spacetime.model.SimulationSettings;
import dev.spacetime.model.TimeDirection;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the file's {@code "view"} object into the diagram's annotations, checking the shape of those
 * Spacetime knows (orientation, simulation, bars, step notes, log fields) and keeping any other setting
 * as plain JSON values in its place. Whether the events they name exist is checked once the whole
 * file is read, by {@link AnnotationPlaces}, since a file may list its view before its events.
 */
final class AnnotationReader {
    private static final String BAR_SHAPE = "{ \"from\": \"p1\", \"to\": \"p3\", \"label\": \"holds the resource\" }";

    private final JsonParser p;
    private final FieldReader in;
    private final DiagramBuilder out;
    private final AnnotationPlaces places;

    AnnotationReader(JsonParser p, FieldReader in, DiagramBuilder out, AnnotationPlaces places) {
        this.p = p;
        this.in = in;
        this.out = out;
        this.places = places;
    }

    /** Reads the object at the parser's current START_OBJECT token, up to and including its END_OBJECT. */
    void read() throws IOException {
        out.keepAnnotations();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case ViewKeys.ORIENTATION -> orientation();
                case ViewKeys.SIMULATION -> simulation();
                case ViewKeys.BARS -> bars();
                case ViewKeys.STEP_NOTES -> stepNotes();
                case ViewKeys.FIELDS -> fields();
                case ViewKeys.CLOCKS -> clocks();
                default -> out.otherAnnotation(key, plainValue());
            }
        }
    }

    private void orientation() throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(quote(ViewKeys.ORIENTATION), "\"up\" or \"right\"");
        } else if (p.getText().equals(ViewKeys.UP) || p.getText().equals(ViewKeys.RIGHT)) {
            out.timeDirection(p.getText().equals(ViewKeys.RIGHT) ? TimeDirection.RIGHT : TimeDirection.UP);
        } else {
            problem(at, quote(ViewKeys.ORIENTATION) + " is " + JsonText.shortQuote(p.getText(), 40)
                    + "; it must be \"up\" (time going up the page) or \"right\" (time going right)");
        }
    }

    private void simulation() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(quote(ViewKeys.SIMULATION), "an object like { \"kind\": \"mutex\", \"seed\": 1 }");
            return;
        }
        String kind = null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (!name.equals(ViewKeys.KIND)) {
                parameters.put(name, plainValue());
            } else if (p.currentToken() == JsonToken.VALUE_STRING) {
                kind = p.getText();
            } else {
                wrongType(quote(ViewKeys.SIMULATION) + ": " + quote(ViewKeys.KIND), "a string");
            }
        }
        out.simulation(new SimulationSettings(kind, parameters));
    }

    private void bars() throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(quote(ViewKeys.BARS), "an array of bars like " + BAR_SHAPE);
            return;
        }
        out.bars(List.of()); // an empty list is kept, in its place, too
        int number = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            bar(++number);
        }
    }

    private void bar(int number) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (!in.isObject(at, "\"view\": bar #", number, BAR_SHAPE)) {
            return;
        }
        Element bar = in.open(Element.Kind.BAR, number, at);
        String from = null;
        String to = null;
        String label = null;
        boolean hasFrom = false;
        boolean hasTo = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation fieldAt = p.currentTokenLocation();
            p.nextToken();
            switch (field) {
                case ViewKeys.FROM -> {
                    hasFrom = true;
                    from = in.string(field);
                }
                case ViewKeys.TO -> {
                    hasTo = true;
                    to = in.string(field);
                }
                case ViewKeys.LABEL -> label = in.string(field);
                default -> in.unknownField(field, fieldAt, ViewKeys.BAR_FIELDS, "a bar");
            }
        }
        if (!hasFrom) {
            in.problem(at, "missing \"from\"");
        }
        if (!hasTo) {
            in.problem(at, "missing \"to\"");
        }
        if (from != null && to != null) {
            bar.name(Element.messageName(from, to));
            out.bars(List.of(new Bar(from, to, label)));
            places.bar(at);
        }
        in.close(bar);
    }

    private void stepNotes() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(quote(ViewKeys.STEP_NOTES), "an object of notes by event id, like { \"p1\": \"queue: empty\" }");
            return;
        }
        out.stepNotes(Map.of()); // an empty object is kept, in its place, too
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            p.nextToken();
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.stepNote(id, p.getText());
            } else {
                wrongType("step note for " + quote(id), "a string");
            }
        }
    }

    private void fields() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(quote(ViewKeys.FIELDS), "an object of fields by event id, like { \"p1\": { \"date\": \"11\" } }");
            return;
        }
        out.keepFields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            p.nextToken();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                wrongType("fields of " + quote(id), "an object like { \"date\": \"11\" }");
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            boolean wellShaped = true;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    fields.put(name, p.getText());
                } else {
                    wellShaped = false;
                    wrongType("fields of " + quote(id) + ": " + quote(name), "a string");
                }
            }
            if (wellShaped) {
                out.eventFields(id, fields);
            }
        }
    }

    /** {"name": "C_phys", "values": {"p1": 1.5, …}}: a clock assignment of the diagram's own. */
    private void clocks() throws IOException {
        String expected = "an object like { \"name\": \"C_phys\", \"values\": { \"p1\": 1.5 } }";
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(quote(ViewKeys.CLOCKS), expected);
            return;
        }
        String name = null;
        Map<String, Double> values = new LinkedHashMap<>();
        JsonLocation at = p.currentTokenLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            p.nextToken();
            if (key.equals(ViewKeys.NAME) && p.currentToken() == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                name = p.getText();
            } else if (key.equals(ViewKeys.NAME)) {
                wrongType(quote(ViewKeys.CLOCKS) + ": " + quote(ViewKeys.NAME), "a name that is not blank, like \"C_phys\"");
            } else if (key.equals(ViewKeys.VALUES) && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String id = p.currentName();
                    p.nextToken();
                    if (p.currentToken().isNumeric() && Double.isFinite(p.getDoubleValue())) {
                        values.put(id, p.getDoubleValue());
                    } else {
                        wrongType(quote(ViewKeys.CLOCKS) + ": the value of " + quote(id), "a finite number");
                    }
                }
            } else if (key.equals(ViewKeys.VALUES)) {
                wrongType(quote(ViewKeys.CLOCKS) + ": " + quote(ViewKeys.VALUES), "an object of numbers by event id");
            } else {
                problem(keyAt, quote(ViewKeys.CLOCKS) + ": unknown field " + quote(key) + "; it has the fields name, values");
                p.skipChildren();
            }
        }
        if (name == null) {
            problem(at, quote(ViewKeys.CLOCKS) + " needs a \"name\", like \"C_phys\"");
            return;
        }
        out.clocks(name, values);
    }

    private Object plainValue() throws IOException {
        return ViewReader.value(p, this::problem);
    }

    /** Reports the value at hand as not what {@code what} must be, and skips it. */
    private void wrongType(String what, String expected) throws IOException {
        problem(p.currentTokenLocation(), what + " must be " + expected + ", not " + in.valueText());
        p.skipChildren();
    }

    private void problem(JsonLocation at, String text) {
        in.problem(at, "\"" + ViewKeys.VIEW + "\": " + text);
    }

    private static String quote(String s) {
        return JsonText.quote(s);
    }
}
