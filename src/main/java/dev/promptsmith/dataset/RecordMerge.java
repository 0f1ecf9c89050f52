package dev.promptsmith.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts imported records into a project's list: a record whose id the project has replaces it where it
 * stands, a new one is appended, so the file's order and its diff stay stable.
 */
public final class RecordMerge<T> {

    /** The merged list and how many records were added and replaced. */
    public record Merged<T>(List<T> records, int added, int replaced) {

        public Merged {
            records = List.copyOf(records);
        }
    }

    private final RecordKind<T> kind;

    public RecordMerge(RecordKind<T> kind) {
        this.kind = kind;
    }

    public Merged<T> merge(List<T> existing, List<T> imported) {
        List<T> out = new ArrayList<>(existing);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            index.putIfAbsent(kind.id(out.get(i)), i);
        }
        int added = 0;
        int replaced = 0;
        for (T record : imported) {
            Integer at = index.get(kind.id(record));
            if (at != null) {
                out.set(at, record);
                replaced++;
            } else {
                index.put(kind.id(record), out.size());
                out.add(record);
                added++;
            }
        }
        return new Merged<>(out, added, replaced);
    }
}
