package dev.promptsmith.project;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses one YAML file into a node tree with comments, turning every failure into a problem.
 * Returns null when the file cannot be used at all (syntax error, too deep); such files are read-only.
 */
final class YamlParser {

    /** Project files nest a handful of levels; the composer recurses per level and has no limit of its own. */
    static final int MAX_DEPTH = 100;
    /** SnakeYAML Engine's default; larger files are not project files. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    YamlDocument parse(SourceText source, ProblemLog log) {
        String text = source.text();
        if (!withinLimits(text, log)) {
            return null;
        }
        Node root;
        try {
            root = compose(text, true);
        } catch (RuntimeException commentFailure) {
            // SnakeYAML Engine's comment support rejects some valid files (e.g. a comment after an anchor,
            // `key: &a # note`); the file itself is fine, so read it again without comments.
            try {
                root = compose(text, false);
            } catch (YamlEngineException e) {
                reportSyntaxError(e, text, log);
                return null;
            }
            Optional<Mark> mark = commentFailure instanceof MarkedYamlEngineException m
                    ? m.getProblemMark() : Optional.empty();
            log.warning(line(mark), column(mark), "comments in this file could not be read (SnakeYAML Engine: "
                    + firstLine(commentFailure) + "); they will be lost if Promptsmith edits this file");
        }
        if (root != null) {
            YamlBlankLines.restore(root, text);
        }
        return new YamlDocument(source, root, YamlStyle.detect(source, root));
    }

    /** Size, nesting and syntax, checked on the event stream, which (unlike the composer) does not recurse. */
    private static boolean withinLimits(String text, ProblemLog log) {
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            log.error(1, 1, "the file is too large for a project file (" + text.length() + " characters);"
                    + " expected at most " + MAX_CODE_POINTS);
            return false;
        }
        try {
            Optional<Event> tooDeep = firstEventDeeperThan(text, MAX_DEPTH);
            tooDeep.ifPresent(event -> log.error(line(event.getStartMark()), column(event.getStartMark()),
                    "YAML is nested deeper than " + MAX_DEPTH + " levels; expected a project file of a few levels"));
            return tooDeep.isEmpty();
        } catch (YamlEngineException e) {
            reportSyntaxError(e, text, log);
            return false;
        }
    }

    private static Node compose(String text, boolean comments) {
        return new Compose(settings(comments)).composeString(text).orElse(null);
    }

    private static Optional<Event> firstEventDeeperThan(String text, int maxDepth) {
        int depth = 0;
        for (Event event : new Parse(settings(false)).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > maxDepth) {
                        return Optional.of(event);
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    private static LoadSettings settings(boolean comments) {
        return LoadSettings.builder()
                .setParseComments(comments)
                .setSchema(new CoreSchema())
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(50)
                .setAllowRecursiveKeys(false)
                .build();
    }

    private static void reportSyntaxError(YamlEngineException e, String text, ProblemLog log) {
        if (e instanceof MarkedYamlEngineException marked) {
            Optional<Mark> at = marked.getProblemMark().isPresent() ? marked.getProblemMark() : marked.getContextMark();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                    + marked.getContextMark().map(m -> " that starts at line " + (m.getLine() + 1) + ", column "
                    + (m.getColumn() + 1)).orElse("") + ")";
            String problem = String.valueOf(marked.getProblem());
            String hint = problem.contains("expected") ? ""
                    : "; expected valid YAML: check the indentation, and quote text that contains ': ' or ' #'";
            log.error(line(at), column(at), "invalid YAML: " + problem + context + hint);
        } else if (e instanceof ReaderException reader) {
            int[] at = lineAndColumn(text, reader.getPosition());
            log.error(at[0], at[1], "invalid YAML: special characters are not allowed (code point "
                    + String.format("U+%04X", reader.getCodePoint()) + "); expected printable text");
        } else {
            log.error(1, 1, "invalid YAML: " + firstLine(e));
        }
    }

    /** 1-based line and column of a code point index, the position a ReaderException reports. */
    private static int[] lineAndColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i = text.offsetByCodePoints(i, 1), index++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + 1).orElse(1);
    }

    private static int column(Optional<Mark> mark) {
        return mark.map(m -> m.getColumn() + 1).orElse(1);
    }
}
