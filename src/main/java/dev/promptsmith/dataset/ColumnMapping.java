package dev.promptsmith.dataset;

import dev.promptsmith.model.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Where each column of a table goes: a variable, the expected output, an assertion, the id… or nowhere. */
public final class ColumnMapping {

    /** Fields a record has once: two columns feeding one of them would make one value win silently. */
    private static final Set<ColumnField> SINGLE = EnumSet.of(ColumnField.ID, ColumnField.EXPECTED,
            ColumnField.SPLIT, ColumnField.NOTE, ColumnField.OUTPUT);

    private final List<String> header;
    private final List<ColumnTarget> targets;

    public ColumnMapping(List<String> header, List<ColumnTarget> targets) {
        if (header.size() != targets.size()) {
            throw new IllegalArgumentException(header.size() + " columns but " + targets.size() + " targets");
        }
        this.header = List.copyOf(header);
        this.targets = List.copyOf(targets);
    }

    /** The mapping read from the header alone; see {@link HeaderGuess} for the rules. */
    public static ColumnMapping guess(List<String> header, RecordKind<?> kind) {
        HeaderGuess guess = new HeaderGuess(kind);
        return new ColumnMapping(header, header.stream().map(guess::guess).toList());
    }

    public List<String> header() {
        return header;
    }

    public List<ColumnTarget> targets() {
        return targets;
    }

    public ColumnTarget target(int column) {
        return targets.get(column);
    }

    /**
     * This mapping with one column sent elsewhere.
     *
     * @param column the column's header, or {@code #N} for the N-th column (1-based)
     * @throws IllegalArgumentException when there is no such column, or the header names several
     */
    public ColumnMapping with(String column, ColumnTarget target) {
        int index = indexOf(column).orElseThrow(() -> new IllegalArgumentException(
                "no column '" + column + "' (or more than one); the columns are: " + String.join(", ", header)
                        + "; a column can also be named by its number, e.g. #2"));
        List<ColumnTarget> copy = new ArrayList<>(targets);
        copy.set(index, target);
        return new ColumnMapping(header, copy);
    }

    /** The index of a column named by its header (when only one column has it) or by {@code #N}. */
    public OptionalInt indexOf(String column) {
        if (column.startsWith("#") && column.length() > 1 && column.substring(1).chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(column.substring(1));
            return number >= 1 && number <= header.size() ? OptionalInt.of(number - 1) : OptionalInt.empty();
        }
        int[] matches = IntStream.range(0, header.size()).filter(i -> header.get(i).trim().equals(column.trim())).toArray();
        return matches.length == 1 ? OptionalInt.of(matches[0]) : OptionalInt.empty();
    }

    /**
     * What is wrong with this mapping for a kind of record (errors: nothing can be imported) and what
     * it leaves out on purpose (warnings).
     */
    public List<Problem> check(RecordKind<?> kind, String file, int headerLine) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            ColumnTarget target = targets.get(i);
            String column = name(i);
            if (!kind.fields().contains(target.field())) {
                problems.add(Problem.error(file, headerLine, i + 1, column + " is mapped to " + target.field().key()
                        + ", which " + kind.aNoun() + " does not have"));
                continue;
            }
            if (target.field() == ColumnField.IGNORED && target.reason() != null) {
                problems.add(Problem.warning(file, headerLine, i + 1, column + " is ignored: " + target.reason()));
            }
            String slot = target.field() == ColumnField.VAR ? "var " + target.varName()
                    : SINGLE.contains(target.field()) ? target.field().key() : null;
            if (target.field() == ColumnField.VAR && target.varName().isBlank()) {
                problems.add(Problem.error(file, headerLine, i + 1, column + " is mapped to a variable with no name"));
            } else if (slot != null && firstColumn.putIfAbsent(slot, i) != null) {
                problems.add(Problem.error(file, headerLine, i + 1, column + " and " + name(firstColumn.get(slot))
                        + " both feed " + slot + "; map one of them elsewhere or ignore it"));
            }
        }
        return problems;
    }

    /** "ticket → var ticket, label → expected, __metadata:x → ignore (promptfoo metadata is not imported)". */
    public String describe() {
        return IntStream.range(0, header.size())
                .mapToObj(i -> (header.get(i).isBlank() ? "#" + (i + 1) : header.get(i)) + " → " + targets.get(i).describe())
                .collect(Collectors.joining(", "));
    }

    String name(int column) {
        String text = header.get(column);
        return text.isBlank() ? "column " + (column + 1) : "column '" + text + "'";
    }

}
