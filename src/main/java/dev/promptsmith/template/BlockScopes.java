package dev.promptsmith.template;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The open blocks ({@code for}, {@code if}, {@code macro}, ...) at a point of a template, and the
 * names the template has defined there. Reports unbalanced blocks as it goes.
 */
final class BlockScopes {

    /** Statements that need a matching {@code end...} tag. */
    static final Set<String> BLOCK_STATEMENTS =
            Set.of("for", "if", "macro", "call", "filter", "with", "block", "autoescape", "raw", "set", "unless");

    private record Block(String name, int offset, boolean ownScope) {
    }

    private final Deque<Block> blocks = new ArrayDeque<>();
    /** Innermost scope first; the last one is the template's top level. */
    private final Deque<Set<String>> scopes = new ArrayDeque<>();
    private final AnalysisSink sink;

    BlockScopes(AnalysisSink sink) {
        this.sink = sink;
        scopes.push(new HashSet<>());
    }

    boolean isDefined(String name) {
        for (Set<String> scope : scopes) {
            if (scope.contains(name)) {
                return true;
            }
        }
        return false;
    }

    void define(String name) {
        scopes.peek().add(name);
    }

    /**
     * Opens a block at {@code offset}. Loops, macros, calls and {@code with} get their own scope
     * holding {@code names}; an {@code if} does not, because a {@code set} inside it is visible after it.
     */
    void open(String name, int offset, boolean ownScope, Collection<String> names) {
        blocks.push(new Block(name, offset, ownScope));
        if (ownScope) {
            scopes.push(new HashSet<>(names));
        } else {
            names.forEach(this::define);
        }
    }

    void close(String endTag, int offset) {
        String name = endTag.substring("end".length());
        if (!containsOpen(name)) {
            sink.problem(offset, "'{% " + endTag + " %}' has no matching '{% " + name + " %}'");
            return;
        }
        while (true) {
            Block block = pop();
            if (block.name.equals(name)) {
                return;
            }
            sink.problem(block.offset, unclosedMessage(block.name));
        }
    }

    /** {@code else} and {@code elif} belong inside an {@code if} (or a {@code for}, for {@code else}). */
    void checkBranch(String branch, int offset) {
        String inner = blocks.isEmpty() ? "" : blocks.peek().name;
        boolean fits = inner.equals("if") || inner.equals("unless") || (branch.equals("else") && inner.equals("for"));
        if (!fits) {
            sink.problem(offset, "'{% " + branch + " %}' is outside an if block");
        }
    }

    void finish() {
        while (!blocks.isEmpty()) {
            Block block = pop();
            sink.problem(block.offset, unclosedMessage(block.name));
        }
    }

    private boolean containsOpen(String name) {
        for (Iterator<Block> it = blocks.iterator(); it.hasNext(); ) {
            if (it.next().name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private Block pop() {
        Block block = blocks.pop();
        if (block.ownScope) {
            scopes.pop();
        }
        return block;
    }

    private static String unclosedMessage(String name) {
        return "'{% " + name + " %}' is never closed: missing '{% end" + name + " %}'";
    }
}
