package dev.promptsmith.compare.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Output text for display: JSON objects and arrays indented two spaces a level, anything else as it came. */
public final class JsonPretty {

    private static final ObjectWriter WRITER = JsonOutput.MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    private JsonPretty() {
    }

    /**
     * {@code text} pretty-printed when it is a JSON object or array (alone, or alone in a Markdown
     * code fence, which is then dropped); otherwise {@code text} unchanged — a bare string or number
     * gains nothing from formatting, and prose must never be rewritten.
     */
    public static String format(String text) {
        JsonOutput json = JsonOutput.parse(text);
        if (!json.ok() || !json.node().isContainerNode()) {
            return text;
        }
        try {
            return WRITER.writeValueAsString(json.node());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON tree could not be written back", e);
        }
    }
}
