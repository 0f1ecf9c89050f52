package dev.promptsmith.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Split;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the typed cells of a table row: tags, split and expected output. */
final class CellValues {

    private final ObjectMapper json;

    CellValues(ObjectMapper json) {
        this.json = json;
    }

    /** Tags separated by commas or semicolons, stripped, each once, in order. */
    static List<String> tags(String cell) {
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(cell.split("[,;]"))
                .map(String::strip).filter(t -> !t.isEmpty()).toList()));
    }

    /** The split of a cell; empty for a value that is not a split (a blank cell is dev). */
    static Optional<Split> split(String cell) {
        String key = cell.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() ? Optional.of(Split.DEV) : Split.fromKey(key.equals("held-out") ? "heldout" : key);
    }

    /**
     * The expected output: a JSON object or list when the cell holds one (extraction tasks), else the
     * text as it is; a blank cell means none.
     */
    Object expected(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        String text = cell.strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return json.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                return cell;
            }
        }
        return cell;
    }
}
