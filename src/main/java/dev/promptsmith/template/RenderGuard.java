package dev.promptsmith.template;

import com.hubspot.jinjava.el.JinjavaNodePreProcessor;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import java.util.function.BiConsumer;

/**
 * Runs before every template node Jinjava renders and stops a render that takes too many steps or
 * too long; Jinjava's own limits bound output and collection sizes but not loops that print nothing.
 * Also keeps Jinjava's standard pre-processing (current node, thread interruption).
 */
final class RenderGuard implements BiConsumer<Node, JinjavaInterpreter> {

    /** Thrown to stop a render; Jinjava turns it into a fatal {@code TemplateError}. */
    static final class LimitExceededException extends InterpretException {
        LimitExceededException(String message, Node node) {
            super(message, node.getLineNumber(), node.getStartPosition());
        }
    }

    private final JinjavaNodePreProcessor standard = new JinjavaNodePreProcessor();
    private final long maxSteps;
    private final long deadline;
    private final String timeoutText;
    private long steps;

    RenderGuard(RenderLimits limits) {
        this.maxSteps = limits.maxSteps();
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
        this.timeoutText = limits.timeout().toMillis() + " ms";
    }

    @Override
    public void accept(Node node, JinjavaInterpreter interpreter) {
        if (++steps > maxSteps) {
            throw new LimitExceededException("template stopped after " + maxSteps + " steps (an endless or huge loop?)", node);
        }
        if (System.nanoTime() > deadline) {
            throw new LimitExceededException("template stopped after " + timeoutText + " (an endless or huge loop?)", node);
        }
        standard.accept(node, interpreter);
    }
}
