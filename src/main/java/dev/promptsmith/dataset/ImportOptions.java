package dev.promptsmith.dataset;

import java.util.Set;

/**
 * How imported ids meet the project's.
 *
 * @param existingIds the ids the project already has for this kind of record; generated ids avoid them
 * @param replaceExisting when true a row whose id the project has is taken (it will replace that record);
 *                        when false it is refused, so an import never overwrites by accident
 */
public record ImportOptions(Set<String> existingIds, boolean replaceExisting) {

    public ImportOptions {
        existingIds = Set.copyOf(existingIds);
    }

    /** An import into an empty project. */
    public static ImportOptions fresh() {
        return new ImportOptions(Set.of(), false);
    }
}
