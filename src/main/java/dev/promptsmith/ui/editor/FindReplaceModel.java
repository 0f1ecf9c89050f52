package dev.promptsmith.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find and replace over a text handed in by the caller: the matches, the current one, the
 * "n of m" status and the replacements to apply. Bad input (an invalid regex or replacement)
 * becomes an error message, never an exception.
 */
public final class FindReplaceModel {

    /** More matches than this are not listed: highlighting them all would cost more than it tells. */
    public static final int MAX_MATCHES = 10_000;

    /** A match, {@code [start, end)}, never empty. */
    public record Match(int start, int end) {
    }

    /** Replace {@code [start, end)} of the searched text with {@code text}. */
    public record Replacement(int start, int end, String text) {
    }

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final ReadOnlyObjectWrapper<List<Match>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", -1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private Pattern pattern;

    // Commands

    /** Finds all matches in {@code text}; the current one is the first at or after {@code anchor}. */
    public void search(String text, int anchor) {
        pattern = compile();
        List<Match> found = new ArrayList<>();
        if (pattern != null) {
            Matcher m = pattern.matcher(text);
            while (found.size() < MAX_MATCHES && m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Match(m.start(), m.end()));
                }
            }
        }
        int current = found.isEmpty() ? -1 : 0;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).start() >= anchor) {
                current = i;
                break;
            }
        }
        matches.set(List.copyOf(found));
        currentIndex.set(current);
        updateStatus();
    }

    public Optional<Match> next() {
        return step(1);
    }

    public Optional<Match> previous() {
        return step(-1);
    }

    private Optional<Match> step(int delta) {
        int count = matches.get().size();
        if (count == 0) {
            return Optional.empty();
        }
        currentIndex.set(Math.floorMod(currentIndex.get() + delta, count));
        updateStatus();
        return currentMatch();
    }

    public Optional<Match> currentMatch() {
        int index = currentIndex.get();
        return index < 0 ? Optional.empty() : Optional.of(matches.get().get(index));
    }

    /** The edit that replaces the current match in {@code text}; empty if it no longer matches there. */
    public Optional<Replacement> replaceCurrent(String text) {
        Optional<Match> current = currentMatch();
        if (current.isEmpty() || pattern == null) {
            return Optional.empty();
        }
        Match match = current.get();
        Matcher m = pattern.matcher(text);
        if (!m.find(match.start()) || m.start() != match.start() || m.end() != match.end()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        return replacementText(m, out, 0).map(r -> new Replacement(match.start(), match.end(), r));
    }

    /** The edits that replace every match in {@code text}, in text order; empty on a bad replacement. */
    public List<Replacement> replaceAll(String text) {
        Pattern current = compile();
        if (current == null) {
            return List.of();
        }
        List<Replacement> edits = new ArrayList<>();
        Matcher m = current.matcher(text);
        StringBuilder out = new StringBuilder();
        int appended = 0; // where appendReplacement will resume copying the text from
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            Optional<String> r = replacementText(m, out, appended);
            if (r.isEmpty()) {
                return List.of();
            }
            edits.add(new Replacement(m.start(), m.end(), r.get()));
            appended = m.end();
        }
        return edits;
    }

    /** Expands {@code $1}-style group references in regex mode; literal otherwise. */
    private Optional<String> replacementText(Matcher m, StringBuilder out, int appended) {
        String raw = replacement.get() == null ? "" : replacement.get();
        String template = regex.get() ? raw : Matcher.quoteReplacement(raw);
        out.setLength(0);
        try {
            m.appendReplacement(out, template);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            error.set("Invalid replacement: " + e.getMessage());
            updateStatus();
            return Optional.empty();
        }
        // appendReplacement first copies the text between the previous match and this one.
        return Optional.of(out.substring(m.start() - appended));
    }

    /** The matches as editor overlay ranges, the current one marked. */
    public List<StyledRange> highlightRanges() {
        List<Match> all = matches.get();
        List<StyledRange> ranges = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            String style = i == currentIndex.get() ? EditorStyles.FIND_CURRENT : EditorStyles.FIND_MATCH;
            ranges.add(new StyledRange(all.get(i).start(), all.get(i).end(), style));
        }
        return ranges;
    }

    private Pattern compile() {
        error.set("");
        String q = query.get();
        if (q == null || q.isEmpty()) {
            return null;
        }
        int flags = (matchCase.get() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                | (regex.get() ? Pattern.MULTILINE : Pattern.LITERAL);
        try {
            return Pattern.compile(q, flags);
        } catch (PatternSyntaxException e) {
            error.set("Invalid regex: " + e.getDescription());
            return null;
        }
    }

    private void updateStatus() {
        int count = matches.get().size();
        if (!error.get().isEmpty()) {
            status.set(error.get());
        } else if (query.get() == null || query.get().isEmpty()) {
            status.set("");
        } else if (count == 0) {
            status.set("No results");
        } else {
            String total = count >= MAX_MATCHES ? MAX_MATCHES + "+" : String.valueOf(count);
            status.set((currentIndex.get() + 1) + " of " + total);
        }
    }

    // Property accessors

    public StringProperty queryProperty() {
        return query;
    }

    public String getQuery() {
        return query.get();
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public String getReplacement() {
        return replacement.get();
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public boolean isMatchCase() {
        return matchCase.get();
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public boolean isRegex() {
        return regex.get();
    }

    public ReadOnlyObjectProperty<List<Match>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public List<Match> getMatches() {
        return matches.get();
    }

    /** Index of the current match in {@link #getMatches()}, -1 when there is none. */
    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public int getCurrentIndex() {
        return currentIndex.get();
    }

    /** The query or replacement error, empty when both are fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** "3 of 12", "No results", an error, or empty when there is no query. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }
}
