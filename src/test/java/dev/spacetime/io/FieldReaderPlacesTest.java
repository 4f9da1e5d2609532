package dev.spacetime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The reader takes each event's and message's place from the parser's counters rather than from a
 * location object; the two must agree for every token but a field name, on bytes and on characters,
 * or every error message would point one column off.
 */
class FieldReaderPlacesTest {
    private static final String JSON = "{\n  \"format\": \"spacetime\", \"processes\": [ {\"name\": \"P\",\n"
            + "\t\"events\": [ { \"id\": \"é1\", \"time\": 1.5 },{\"id\":\"ü\"} ] } ],\n"
            + "   \"messages\": [\n      { \"from\": \"é1\", \"to\": \"ü\", \"external\": true }, null, 7 ] }";

    @Test
    void placesAgreeWithJacksonsLocationsOnBytes() throws IOException {
        JsonFactory json = new JsonFactory();
        check(json.createParser(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))));
        check(json.createParser(new InputStreamReader(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)));
        check(json.createParser(new StringReader(JSON)));
    }

    private static void check(JsonParser p) throws IOException {
        FieldReader in = new FieldReader(p, new ProblemLog());
        int compared = 0;
        JsonToken token;
        while ((token = p.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                continue;
            }
            JsonLocation at = p.currentTokenLocation();
            assertEquals(at.getLineNr(), in.tokenLine(), token + " at " + at);
            assertEquals(at.getColumnNr(), in.tokenColumn(), token + " at " + at);
            compared++;
        }
        assertTrue(compared > 20, "only " + compared + " tokens compared");
    }
}
