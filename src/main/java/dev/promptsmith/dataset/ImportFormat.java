package dev.promptsmith.dataset;

import java.util.List;

/** One file format test cases and examples can be imported from. */
public interface ImportFormat {

    /** For messages: "CSV", "JSON Lines". */
    String name();

    /** File name endings, lower case, without the dot. */
    List<String> extensions();

    /** Whether the format has columns that a {@link ColumnMapping} sends to fields. */
    default boolean hasColumns() {
        return false;
    }

    <T> ImportResult<T> read(ImportRequest<T> request);
}
