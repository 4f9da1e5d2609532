package dev.spacetime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.spacetime.io.DiagramAssembler.EventEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a diagram file token by token and hands its processes, events and messages to a
 * {@link DiagramAssembler}. A value of the wrong type or an unknown field is reported and skipped, so
 * that one pass finds every such problem; only broken JSON stops the reading.
 */
final class DiagramParser {
    private static final List<String> DIAGRAM_FIELDS =
            List.of("format", "version", "title", "processes", "messages", "view");
    private static final List<String> PROCESS_FIELDS = List.of("name", "events");
    private static final List<String> EVENT_FIELDS = List.of("id", "label", "time");
    private static final List<String> MESSAGE_FIELDS = List.of("from", "to", "label", "external");
    private static final String SHAPE = "{ \"format\": \"spacetime\", \"version\": 1, \"processes\": [] }";

    private final JsonParser p;
    private final ProblemLog log;
    private final FieldReader in;
    private final DiagramAssembler out;
    private int eventsRead;
    private int messagesRead;
    // The process being read: its index once its name is known, and the events listed before the name.
    private int processIndex;
    private final List<EventEntry> waitingEvents = new ArrayList<>();

    DiagramParser(JsonParser p, ProblemLog log, DiagramAssembler out) {
        this.p = p;
        this.log = log;
        this.in = new FieldReader(p, log);
        this.out = out;
    }

    /** Reads the whole input; false when it could not be read as a diagram to its end. */
    boolean read() throws IOException {
        try {
            return readDocument();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            if (e instanceof StreamConstraintsException && p.currentToken() == JsonToken.VALUE_STRING) {
                at = p.currentTokenLocation(); // where the long string begins, not where the reader gave up
            }
            String text = in.where() + JsonErrorText.describe(e, p);
            in.closeAll();
            log.add(at.getLineNr(), at.getColumnNr(), text);
            return false;
        }
    }

    private boolean readDocument() throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            log.add(1, 1, "the file is empty; a diagram file is a JSON object: " + SHAPE);
            return false;
        }
        if (first != JsonToken.START_OBJECT) {
            in.problem(p.currentTokenLocation(), "the file holds " + in.valueText()
                    + ", not a diagram; a diagram file is a JSON object: " + SHAPE);
            return false;
        }
        readDiagram();
        if (p.nextToken() != null) {
            in.problem(p.currentTokenLocation(), "more JSON (" + in.valueText()
                    + ") after the diagram's closing }; a file holds one diagram");
        }
        return true;
    }

    private void readDiagram() throws IOException {
        JsonLocation start = p.currentTokenLocation();
        List<String> seen = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation fieldAt = p.currentTokenLocation();
            p.nextToken();
            seen.add(field);
            switch (field) {
                case "format" -> readFormat();
                case "version" -> readVersion();
                case "title" -> {
                    String title = in.string(field);
                    if (title != null) {
                        out.title(title);
                    }
                }
                case "processes" -> {
                    in.eachElement(field, "an array of processes", this::readProcess);
                    out.processesRead();
                }
                case "messages" -> in.eachElement(field, "an array of messages", this::readMessage);
                case "view" -> readView();
                default -> in.unknownField(field, fieldAt, DIAGRAM_FIELDS, "a diagram");
            }
        }
        if (!seen.contains("format")) {
            in.problem(start, "missing \"format\": \"spacetime\"; is this a Spacetime diagram file?");
        }
        if (!seen.contains("version")) {
            in.problem(start, "missing \"version\": 1");
        }
        if (!seen.contains("processes")) {
            in.problem(start, "missing \"processes\", the list of processes (it may be empty: \"processes\": [])");
        }
    }

    private void readFormat() throws IOException {
        String format = in.string("format");
        if (format != null && !format.equals("spacetime")) {
            in.problem(p.currentTokenLocation(), "\"format\" is " + JsonText.shortQuote(format, 40)
                    + ", not \"spacetime\"; this is not a Spacetime diagram file");
        }
    }

    private void readVersion() throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            in.wrongType("version", "the number 1");
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() != 1) {
            in.problem(p.currentTokenLocation(), "\"version\" is " + p.getText()
                    + "; this Spacetime reads version 1 files only");
        }
    }

    private void readView() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            in.wrongType("view", "an object");
            return;
        }
        out.readAnnotations(p, in);
    }

    private void readProcess(int number) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (!in.isObject(at, "process #", number, "{ \"name\": \"P\", \"events\": [] }")) {
            return;
        }
        Element process = in.open(Element.Kind.PROCESS, number, at);
        processIndex = -1;
        boolean named = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation fieldAt = p.currentTokenLocation();
            p.nextToken();
            switch (field) {
                case "name" -> {
                    named = true;
                    String name = in.nonBlankString(field);
                    if (name != null) {
                        process.name(name);
                        processIndex = out.process(name, number, at.getLineNr(), at.getColumnNr());
                        addWaitingEvents();
                    }
                }
                case "events" -> in.eachElement(field, "an array of events", k -> {
                    if (++eventsRead > DiagramReader.MAX_EVENTS) {
                        skipOverLimit(eventsRead, "events");
                        return;
                    }
                    readEvent(k);
                });
                default -> in.unknownField(field, fieldAt, PROCESS_FIELDS, "a process");
            }
        }
        if (!named) {
            in.problem(at, "missing \"name\"");
        }
        if (processIndex < 0) {
            processIndex = out.unnamedProcess(number, at.getLineNr(), at.getColumnNr());
            addWaitingEvents();
        }
        in.close(process);
    }

    private void addWaitingEvents() {
        waitingEvents.forEach(e -> out.event(processIndex, e.id(), e.label(), e.time(), e.line(), e.column()));
        waitingEvents.clear();
    }

    /**
     * Reads an event and adds it to its process, or keeps it until the process's name is read. The
     * common case makes no object but the id: this runs a million times on a big file.
     */
    private void readEvent(int number) throws IOException {
        if (!in.isObject("event #", number, "{ \"id\": \"p1\" }")) {
            return;
        }
        int line = in.tokenLine();
        int column = in.tokenColumn();
        Element event = in.open(Element.Kind.EVENT, number, line, column);
        String id = null;
        String label = null;
        double time = Double.NaN;
        boolean hasId = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation fieldAt = EVENT_FIELDS.contains(field) ? null : p.currentTokenLocation(); // spared a million times
            p.nextToken();
            switch (field) {
                case "id" -> {
                    hasId = true;
                    id = in.nonBlankString(field);
                    if (id != null) {
                        event.name(id);
                    }
                }
                case "label" -> label = in.string(field);
                case "time" -> time = in.finiteNumber(field);
                default -> in.unknownField(field, fieldAt, EVENT_FIELDS, "an event");
            }
        }
        if (!hasId) {
            in.problem(event.line, event.column, "missing \"id\"");
        }
        in.close(event);
        if (id != null && processIndex >= 0) {
            out.event(processIndex, id, label, time, line, column);
        } else if (id != null) {
            waitingEvents.add(new EventEntry(id, label, time, line, column));
        }
    }

    private void readMessage(int number) throws IOException {
        // Each message needs its own receive event, so there cannot be more good messages than events.
        if (++messagesRead > DiagramReader.MAX_EVENTS) {
            skipOverLimit(messagesRead, "messages");
            return;
        }
        if (!in.isObject("message #", number, "{ \"from\": \"p1\", \"to\": \"q2\" }")) {
            return;
        }
        int line = in.tokenLine();
        int column = in.tokenColumn();
        Element message = in.open(Element.Kind.MESSAGE, number, line, column);
        String from = null;
        String to = null;
        String label = null;
        boolean external = false;
        boolean hasFrom = false;
        boolean hasTo = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation fieldAt = MESSAGE_FIELDS.contains(field) ? null : p.currentTokenLocation();
            p.nextToken();
            switch (field) {
                case "from" -> {
                    hasFrom = true;
                    from = in.string(field);
                }
                case "to" -> {
                    hasTo = true;
                    to = in.string(field);
                }
                case "label" -> label = in.string(field);
                case "external" -> external = in.bool(field);
                default -> in.unknownField(field, fieldAt, MESSAGE_FIELDS, "a message");
            }
        }
        if (!hasFrom) {
            in.problem(line, column, "missing \"from\"");
        }
        if (!hasTo) {
            in.problem(line, column, "missing \"to\"");
        }
        if (from != null && to != null) {
            message.ends(from, to);
            out.message(from, to, label, external, line, column);
        }
        in.close(message);
    }

    /** Skips an element past the limit, saying so at the first one: memory stays bounded for any file. */
    private void skipOverLimit(int count, String what) throws IOException {
        if (count == DiagramReader.MAX_EVENTS + 1) {
            in.problem(p.currentTokenLocation(), "more than " + DiagramReader.MAX_EVENTS + " " + what
                    + ", more than Spacetime reads; the rest are skipped");
        }
        p.skipChildren();
    }
}
