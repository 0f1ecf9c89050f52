package dev.promptsmith.export.promptfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates Dotprompt's Handlebars into Jinja: variables and paths ({@code this}, {@code @root},
 * {@code @index}, {@code ../}), {@code #each} (with or without block parameters), {@code #if},
 * {@code #unless}, {@code #ifEquals}, {@code #unlessEquals}, {@code else} chains, {@code json},
 * comments and {@code ~}. Partials, {@code history}, {@code media}, {@code section}, {@code #with} and
 * unknown helpers are reported with their line and kept as literal text.
 */
final class HandlebarsToJinja {

    private static final String SEGMENT = "(?:[A-Za-z_][A-Za-z0-9_-]*|\\[[^\\]]+\\])";
    private static final Pattern PATH = Pattern.compile("(?:@root\\.|(?:\\.\\./)+|\\./|this\\.)?" + SEGMENT
            + "(?:\\." + SEGMENT + ")*|this|@index|@first|@last|@key");
    private static final Pattern EACH = Pattern.compile("#each\\s+(\\S+)(?:\\s+as\\s+\\|\\s*([A-Za-z_]\\w*)(?:\\s+([A-Za-z_]\\w*))?\\s*\\|)?");
    /** Dotprompt's helpers win over variables of the same name. */
    private static final java.util.Set<String> DOTPROMPT_HELPERS = java.util.Set.of("history", "section", "media", "role",
            "json");
    private static final Pattern LITERAL = Pattern.compile("\"[^\"]*\"|'[^']*'|-?\\d+(?:\\.\\d+)?|true|false|null|undefined");

    record Result(String text, List<TemplateIssue> problems) {
    }

    /** An open block: its helper name, and for #each the loop variable and index alias. */
    private record Block(String helper, String loopVar, String indexVar) {
    }

    private final List<TemplateIssue> problems = new ArrayList<>();
    private final Deque<Block> blocks = new ArrayDeque<>();
    private final StringBuilder out = new StringBuilder();
    private int line;

    private HandlebarsToJinja() {
    }

    static Result translate(String handlebars) {
        HandlebarsToJinja t = new HandlebarsToJinja();
        for (HandlebarsTags.Piece piece : HandlebarsTags.split(handlebars)) {
            t.line = piece.line();
            switch (piece.kind()) {
                case TEXT -> t.out.append(TemplateText.jinjaLiteral(piece.content()));
                case COMMENT -> t.out.append("{# ").append(piece.content().replace("#}", "# }")).append(" #}");
                case MUSTACHE -> t.mustache(piece);
                case UNCLOSED -> t.untranslatable(piece, "the mustache is not closed");
            }
        }
        if (!t.blocks.isEmpty()) {
            t.problem("{{#" + t.blocks.peek().helper() + "}} is not closed");
        }
        return new Result(t.out.toString(), List.copyOf(t.problems));
    }

    private void mustache(HandlebarsTags.Piece piece) {
        String content = piece.content();
        if (content.startsWith("#")) {
            open(piece, content);
        } else if (content.startsWith("/")) {
            close(piece, content.substring(1).strip());
        } else if (content.equals("else") || content.equals("^")) {
            elseBranch(piece, null);
        } else if (content.startsWith("else ")) {
            elseBranch(piece, content.substring(5).strip());
        } else if (content.startsWith(">")) {
            untranslatable(piece, "partials are not part of a Promptsmith prompt; paste the partial's text in");
        } else {
            value(piece, content);
        }
    }

    private void value(HandlebarsTags.Piece piece, String content) {
        String[] words = content.split("\\s+");
        if (words.length == 1 && !DOTPROMPT_HELPERS.contains(words[0])) {
            Optional<String> path = path(words[0]);
            if (path.isPresent()) {
                emit(piece, "{{", path.get(), "}}");
                return;
            }
        }
        if (words[0].equals("json") && words.length >= 2) {
            Optional<String> path = path(words[1]);
            if (path.isPresent()) {
                emit(piece, "{{", path.get() + " | tojson", "}}");
                return;
            }
        }
        String helper = words[0];
        untranslatable(piece, switch (helper) {
            case "history" -> "{{history}} (the conversation so far) has no place in a Promptsmith prompt";
            case "media" -> "{{media}} parts (images, files) are not imported";
            case "section" -> "{{section}} markers are not imported";
            case "role" -> "a {{role}} marker inside a block cannot start a message";
            default -> "'" + helper + "' is not a variable or a helper Promptsmith translates";
        });
    }

    private void open(HandlebarsTags.Piece piece, String content) {
        String helper = content.substring(1).split("\\s+", 2)[0];
        if (helper.equals("each")) {
            Matcher m = EACH.matcher(content);
            Optional<String> list = m.matches() ? path(m.group(1)) : Optional.empty();
            if (list.isEmpty()) {
                untranslatable(piece, "only {{#each list}} and {{#each list as |item|}} are translated");
                return;
            }
            String var = m.group(2) != null ? m.group(2) : freshLoopVar();
            emit(piece, "{%", "for " + var + " in " + list.get(), "%}");
            blocks.push(new Block("each", var, m.group(3)));
            return;
        }
        Optional<String> condition = condition(helper, content.substring(1 + helper.length()).strip());
        if (condition.isEmpty()) {
            untranslatable(piece, "{{#" + helper + "}} is not translated; expected #each, #if, #unless, #ifEquals"
                    + " or #unlessEquals on a variable");
            return;
        }
        emit(piece, "{%", "if " + condition.get(), "%}");
        blocks.push(new Block(helper, null, null));
    }

    private void elseBranch(HandlebarsTags.Piece piece, String chained) {
        if (blocks.isEmpty()) {
            untranslatable(piece, "{{else}} outside a block");
            return;
        }
        if (chained == null) {
            emit(piece, "{%", "else", "%}");
            return;
        }
        String helper = chained.split("\\s+", 2)[0];
        Optional<String> condition = blocks.peek().loopVar() == null
                ? condition(helper, chained.substring(helper.length()).strip()) : Optional.empty();
        if (condition.isEmpty()) {
            untranslatable(piece, "only {{else if}}, {{else unless}} and {{else ifEquals}} chains in an #if are translated");
            return;
        }
        emit(piece, "{%", "elif " + condition.get(), "%}");
    }

    private void close(HandlebarsTags.Piece piece, String helper) {
        if (blocks.isEmpty() || !blocks.peek().helper().equals(helper)) {
            untranslatable(piece, "{{/" + helper + "}} does not close the open block");
            return;
        }
        emit(piece, "{%", blocks.pop().loopVar() != null ? "endfor" : "endif", "%}");
    }

    private Optional<String> condition(String helper, String args) {
        String[] parts = args.split("\\s+");
        return switch (helper) {
            case "if" -> parts.length == 1 ? path(parts[0]) : Optional.empty();
            case "unless" -> parts.length == 1 ? path(parts[0]).map(p -> "not " + p) : Optional.empty();
            case "ifEquals", "unlessEquals" -> parts.length == 2
                    ? operand(parts[0]).flatMap(a -> operand(parts[1]).map(b -> a + (helper.equals("ifEquals") ? " == " : " != ") + b))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> operand(String token) {
        if (LITERAL.matcher(token).matches()) {
            return Optional.of(token.equals("null") || token.equals("undefined") ? "none" : token);
        }
        return path(token);
    }

    /** A Handlebars path as a Jinja expression at this point, or empty when it is none. */
    private Optional<String> path(String path) {
        if (!PATH.matcher(path).matches() || path.equals("@key")) {
            return Optional.empty();
        }
        switch (path) {
            case "@index", "@first", "@last" -> {
                return loop().isPresent() ? Optional.of("loop." + (path.equals("@index") ? "index0" : path.substring(1)))
                        : Optional.empty();
            }
            case "this" -> {
                return loop().map(Block::loopVar);
            }
            default -> {
            }
        }
        if (path.startsWith("@root.")) {
            return Optional.of(segments(path.substring(6)));
        }
        for (Block b : blocks) {
            if (b.loopVar() != null && path.equals(b.indexVar())) {
                return Optional.of("loop.index0");
            }
        }
        int up = 0;
        String rest = path;
        while (rest.startsWith("../")) {
            up++;
            rest = rest.substring(3);
        }
        String relative = rest.startsWith("./") ? rest.substring(2) : rest.startsWith("this.") ? rest.substring(5) : rest;
        String first = relative.split("\\.", 2)[0];
        boolean blockParam = up == 0 && rest.equals(relative) && blocks.stream().anyMatch(b -> first.equals(b.loopVar()));
        if (blockParam) {
            return Optional.of(segments(relative));
        }
        return Optional.of(contextLoop(up).map(b -> b.loopVar() + "." + segments(relative)).orElse(segments(relative)));
    }

    /** The loop whose item is the context {@code up} levels out, or empty for the root. */
    private Optional<Block> contextLoop(int up) {
        List<Block> loops = blocks.stream().filter(b -> b.loopVar() != null).toList();
        return up < loops.size() ? Optional.of(loops.get(up)) : Optional.empty();
    }

    private Optional<Block> loop() {
        return blocks.stream().filter(b -> b.loopVar() != null).findFirst();
    }

    /** {@code a.[0].b} in Handlebars is {@code a[0].b} in Jinja. */
    private static String segments(String path) {
        return path.replaceAll("\\.\\[(\\d+)\\]", "[$1]").replaceAll("\\.\\[([^\\]]+)\\]", "['$1']");
    }

    private String freshLoopVar() {
        long depth = blocks.stream().filter(b -> b.loopVar() != null).count();
        return depth == 0 ? "item" : "item" + (depth + 1);
    }

    private void emit(HandlebarsTags.Piece piece, String open, String content, String close) {
        out.append(open).append(piece.trimLeft() ? "- " : " ").append(content)
                .append(piece.trimRight() ? " -" : " ").append(close);
    }

    private void untranslatable(HandlebarsTags.Piece piece, String why) {
        problem("'" + piece.source().replace("\n", " ") + "' cannot be translated to Jinja: " + why
                + "; it is kept as plain text");
        out.append(TemplateText.jinjaLiteral(piece.source()));
    }

    private void problem(String message) {
        problems.add(new TemplateIssue(line, message));
    }
}
