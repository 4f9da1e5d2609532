package dev.spacetime.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.spacetime.causality.Analysis;
import dev.spacetime.causality.EventGraph;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;

/**
 * The machine-readable analysis: {@code {"events":[{"id","process","lamport","vector"}…],
 * "concurrent":[[a,b]…]}}, events in ⇒ order, vectors indexed by the processes' order, concurrent
 * pairs (a, b) with a ⇒ b sorted by a's place and then b's. Streamed, so a big diagram never builds a
 * tree in memory. Non-ASCII characters are escaped, so the output survives any terminal encoding.
 */
final class AnalysisJson {
    private AnalysisJson() {
    }

    static void write(Analysis analysis, boolean withPairs, Writer out) throws IOException {
        EventGraph g = analysis.graph();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
            json.writeStartObject();
            json.writeArrayFieldStart("events");
            int[] vector = new int[g.processCount()];
            for (int r = 0; r < analysis.eventCount(); r++) {
                int e = analysis.totalOrder().at(r);
                json.writeStartObject();
                json.writeStringField("id", g.id(e));
                json.writeStringField("process", g.diagram().processName(g.process(e)));
                json.writeNumberField("lamport", analysis.lamport(e));
                for (int q = 0; q < vector.length; q++) {
                    vector[q] = analysis.vectorClocks().get(e, q);
                }
                json.writeFieldName("vector");
                json.writeArray(vector, 0, vector.length);
                json.writeEndObject();
            }
            json.writeEndArray();
            if (withPairs) {
                json.writeArrayFieldStart("concurrent");
                try {
                    analysis.concurrentPairs((a, b) -> {
                        try {
                            json.writeStartArray();
                            json.writeString(g.id(a));
                            json.writeString(g.id(b));
                            json.writeEndArray();
                            return true;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
