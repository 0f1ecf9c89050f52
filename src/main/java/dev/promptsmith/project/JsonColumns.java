package dev.promptsmith.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the column of a value inside one JSON line. Lines are parsed into trees without positions
 * for speed; the line is scanned again only when a problem needs a column, which is rare.
 */
final class JsonColumns {

    private final JsonFactory factory;

    JsonColumns(JsonFactory factory) {
        this.factory = factory;
    }

    /** 1-based column of the value at a JSON pointer such as "/vars" or "/assert/1/weight"; 1 if not found. */
    int columnOf(String line, String pointer) {
        try (JsonParser parser = factory.createParser(line)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                if (parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation().getColumnNr();
                }
            }
        } catch (IOException e) {
            // The line parsed once already; if it fails now the start of the line is the best position.
            return 1;
        }
        return 1;
    }
}
