package dev.spacetime.io.exercise;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.spacetime.exercise.Answer;
import dev.spacetime.exercise.Checker;
import dev.spacetime.exercise.Difficulty;
import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.Marking;
import dev.spacetime.exercise.Question;
import dev.spacetime.exercise.QuestionKind;
import dev.spacetime.io.DiagramLoadException;
import dev.spacetime.io.DiagramReader;
import dev.spacetime.io.LoadProblem;
import dev.spacetime.model.Diagram;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an exercise file ({@link ExerciseWriter}): every problem with its line and column, as the
 * diagram reader reports them, the embedded diagram's own problems placed in the exercise file. The
 * question must fit the diagram, and an answer in the file must be the right one: a stale answer is
 * refused with the rule and values that give the right one.
 */
public final class ExerciseReader {
    /** Exercise files are small; a larger one is not an exercise. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final List<String> FIELDS =
            List.of("format", "version", "title", "seed", "difficulty", "question", "answer", "diagram");
    private static final String SHAPE = "{ \"format\": \"spacetime-exercise\", \"version\": 1, \"seed\": 1, "
            + "\"question\": { \"kind\": \"lamport\" }, \"diagram\": { … } }";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String text;
    private final List<LoadProblem> problems = new ArrayList<>();
    // The parts found, each with where its value starts; the diagram as the span of text it takes.
    private long seed;
    private boolean seeded;
    private Difficulty difficulty;
    private JsonNode question;
    private JsonLocation questionAt;
    private JsonNode answer;
    private JsonLocation answerAt;
    private int[] diagramSpan;
    private JsonLocation diagramAt;

    private ExerciseReader(String text) {
        this.text = text;
    }

    /** Reads the exercise in {@code file}; problems name the file by its name, like the diagram reader's. */
    public static Exercise read(Path file) throws DiagramLoadException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw failure(name, "this is a folder, not an exercise file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw failure(name, "the file is " + (Files.size(file) >> 20) + " MiB; an exercise file is at most "
                        + (MAX_FILE_BYTES >> 20) + " MiB");
            }
            return read(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads an exercise from its text. */
    public static Exercise read(String sourceName, String text) throws DiagramLoadException {
        ExerciseReader reader = new ExerciseReader(text);
        Exercise ex = reader.exercise();
        if (!reader.problems.isEmpty() || ex == null) {
            throw new DiagramLoadException(sourceName, reader.problems.isEmpty()
                    ? List.of(LoadProblem.unlocated("not an exercise file")) : reader.problems);
        }
        return ex;
    }

    private Exercise exercise() {
        try (JsonParser p = JSON.createParser(text)) {
            if (!fields(p)) {
                return null;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problem(at, "the file is not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(LoadProblem.unlocated("cannot read the text: " + e.getMessage()));
            return null;
        }
        Diagram diagram = diagram();
        if (!problems.isEmpty() || diagram == null) {
            return null;
        }
        Exercise ex;
        try {
            ex = new Exercise(seed, difficulty, diagram, question());
        } catch (IllegalArgumentException e) {
            problem(questionAt, "\"question\": " + e.getMessage());
            return null;
        }
        if (answer != null) {
            checkAnswer(ex);
        }
        return ex;
    }

    /** Reads the top-level fields; false when the file is no exercise at all. */
    private boolean fields(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problem(p.currentTokenLocation(), "an exercise file is a JSON object: " + SHAPE);
            return false;
        }
        JsonLocation start = p.currentTokenLocation();
        List<String> seen = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            JsonLocation value = p.currentTokenLocation();
            seen.add(field);
            switch (field) {
                case "format" -> {
                    if (!ExerciseWriter.FORMAT.equals(p.getValueAsString())) {
                        problem(value, "\"format\" must be \"" + ExerciseWriter.FORMAT + "\"; is this an exercise file?");
                    }
                }
                case "version" -> {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getValueAsInt() != 1) {
                        problem(value, "\"version\" must be 1; this Spacetime reads version 1 exercise files only");
                    }
                }
                case "title" -> p.skipChildren(); // written for people; the title is made from the rest
                case "seed" -> {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                            || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        problem(value, "\"seed\" must be a whole number, not " + p.getText());
                    } else {
                        seed = p.getLongValue();
                        seeded = true;
                    }
                }
                case "difficulty" -> difficulty(p.readValueAsTree(), value);
                case "question" -> {
                    question = p.readValueAsTree();
                    questionAt = value;
                }
                case "answer" -> {
                    answer = p.readValueAsTree();
                    answerAt = value;
                }
                case "diagram" -> {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        problem(value, "\"diagram\" must be a diagram, a JSON object: { \"format\": \"spacetime\", … }");
                        p.skipChildren();
                    } else {
                        int begin = (int) value.getCharOffset();
                        p.skipChildren();
                        diagramSpan = new int[] {begin, (int) p.currentTokenLocation().getCharOffset() + 1};
                        diagramAt = value;
                    }
                }
                default -> {
                    problem(at, "unknown field \"" + field + "\"; an exercise file has " + String.join(", ", FIELDS));
                    p.skipChildren();
                }
            }
        }
        for (String needed : List.of("format", "version", "seed", "question", "diagram")) {
            if (!seen.contains(needed)) {
                problem(start, "missing \"" + needed + "\"; an exercise file looks like " + SHAPE);
            }
        }
        return seeded && question != null && diagramSpan != null;
    }

    private void difficulty(JsonNode node, JsonLocation at) {
        if (node.isNull()) {
            return;
        }
        String[] names = {"processes", "events", "messages"};
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            if (!node.path(names[i]).isInt()) {
                problem(at, "\"difficulty\": \"" + names[i] + "\" must be a whole number");
                return;
            }
            n[i] = node.path(names[i]).intValue();
        }
        Difficulty d = new Difficulty(n[0], n[1], n[2], node.path("multicasts").asBoolean(false),
                node.path("external").asBoolean(false));
        if (d.problem() != null) {
            problem(at, "\"difficulty\": " + d.problem());
            return;
        }
        difficulty = d;
    }

    /** The embedded diagram, read by the diagram reader, its problems placed in this file. */
    private Diagram diagram() {
        String part = text.substring(diagramSpan[0], diagramSpan[1]);
        try {
            return DiagramReader.read("diagram", new StringReader(part));
        } catch (DiagramLoadException e) {
            for (LoadProblem lp : e.problems()) {
                if (!lp.hasLocation()) {
                    problems.add(LoadProblem.unlocated("\"diagram\": " + lp.message()));
                    continue;
                }
                // Lines count on from the diagram's opening brace; columns only on its own line.
                int line = lp.line() + diagramAt.getLineNr() - 1;
                int column = lp.line() == 1 ? lp.column() + diagramAt.getColumnNr() - 1 : lp.column();
                problems.add(new LoadProblem(line, column, "\"diagram\": " + lp.message()));
            }
            return null;
        }
    }

    private Question question() {
        QuestionKind kind = QuestionKind.of(question.path("kind").asText(""));
        if (kind == null) {
            throw new IllegalArgumentException("\"kind\" must be one of lamport, vector, relation, cone, order, "
                    + "linearization, not " + question.path("kind"));
        }
        return switch (kind) {
            case LAMPORT, VECTOR -> Question.clocks(kind);
            case RELATION -> {
                List<String> marked = AnswerText.strings(question.path("marked"), "\"marked\"");
                if (marked.size() != 2) {
                    throw new IllegalArgumentException("a relation question marks two events, a and b: "
                            + "\"marked\": [\"p1\", \"q2\"]");
                }
                yield Question.relation(marked.get(0), marked.get(1));
            }
            case CONE -> {
                List<String> marked = AnswerText.strings(question.path("marked"), "\"marked\"");
                if (marked.size() != 1) {
                    throw new IllegalArgumentException("a cone question marks one event: \"marked\": [\"q2\"]");
                }
                dev.spacetime.exercise.ConePart part = dev.spacetime.exercise.ConePart.of(question.path("part").asText(""));
                if (part == null) {
                    throw new IllegalArgumentException("\"part\" must be past, future or concurrent, not "
                            + question.path("part"));
                }
                yield Question.cone(marked.get(0), part);
            }
            case ORDER -> Question.order();
            case LINEARIZATION -> Question.linearization(AnswerText.strings(question.path("proposed"), "\"proposed\""));
        };
    }

    /** An answer written in the file must be the right one: a file whose answer is stale misleads a class. */
    private void checkAnswer(Exercise ex) {
        Answer given;
        try {
            given = AnswerText.read(answer, ex.kind());
        } catch (IllegalArgumentException e) {
            problem(answerAt, "\"answer\": " + e.getMessage());
            return;
        }
        Marking m = Checker.check(ex, given);
        if (!m.allRight()) {
            Marking.Item first = m.wrong().get(0);
            problem(answerAt, "\"answer\" is not the right answer for this diagram: " + first.subject() + " is given as "
                    + first.given() + ", but " + first.explanation());
        } else if (!m.summary().isEmpty()) {
            problem(answerAt, "\"answer\": " + m.summary().get(0));
        }
    }

    private void problem(JsonLocation at, String message) {
        problems.add(at == null ? LoadProblem.unlocated(message) : new LoadProblem(at.getLineNr(), at.getColumnNr(), message));
    }

    private static DiagramLoadException failure(String name, String message) {
        return new DiagramLoadException(name, List.of(LoadProblem.unlocated(message)));
    }
}
