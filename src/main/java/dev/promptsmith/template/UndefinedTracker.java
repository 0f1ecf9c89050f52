package dev.promptsmith.template;

import com.hubspot.jinjava.interpret.DynamicVariableResolver;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records every lookup of an undefined variable, attribute or list index during one render, so
 * that each becomes an error, as with Jinja's {@code StrictUndefined}.
 *
 * <p>Why not just Jinjava's {@code failOnUnknownTokens}: it only fails when a whole expression is
 * null, so {@code {{ "Ticket: " ~ ticket }}} or {@code {% if a and ticket %}} pass silently
 * (HubSpot/jinjava#395, #1235, #382), and it stops at the first one. A lookup that the
 * {@code default} filter or an {@code is defined} test then handles is excused (see {@link ExcusingFilter}).
 */
final class UndefinedTracker implements DynamicVariableResolver {

    enum MissKind { VARIABLE, ATTRIBUTE, INDEX }

    /** One undefined lookup, at the template node being rendered when it happened. */
    record Miss(MissKind kind, String name, Node node, int line, int position) {

        boolean sameAs(Miss other) {
            return kind == other.kind && name.equals(other.name) && node == other.node;
        }
    }

    /** Jinja's literals that Jinjava looks up as variables. */
    private static final Set<String> LITERALS = Set.of("none", "None");

    /** Top-level names bound to null (a JSON null in the test case): defined, just empty. */
    private final Set<String> nullBindings;
    private final List<Miss> misses = new ArrayList<>();

    UndefinedTracker(Set<String> nullBindings) {
        this.nullBindings = Set.copyOf(nullBindings);
    }

    @Override
    public Object apply(String name) {
        if (!LITERALS.contains(name) && !nullBindings.contains(name)) {
            record(MissKind.VARIABLE, name);
        }
        return null;
    }

    void record(MissKind kind, String name) {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        Node node = currentNode();
        int line = node != null ? node.getLineNumber() : interpreter == null ? 0 : interpreter.getLineNumber();
        int position = node != null ? node.getStartPosition() : interpreter == null ? 0 : interpreter.getPosition();
        Miss miss = new Miss(kind, name, node, line, position);
        // A loop repeats the same miss; keep one, moved to the end so an excuse applies to it.
        misses.removeIf(miss::sameAs);
        misses.add(miss);
    }

    /** The value just given to {@code default} or {@code is defined} was null: forgive the latest miss of this node. */
    void excuseLatest() {
        if (!misses.isEmpty() && misses.get(misses.size() - 1).node() == currentNode()) {
            misses.remove(misses.size() - 1);
        }
    }

    List<Miss> misses() {
        return List.copyOf(misses);
    }

    static UndefinedTracker of(JinjavaInterpreter interpreter) {
        return interpreter != null && interpreter.getContext().getDynamicVariableResolver() instanceof UndefinedTracker t ? t : null;
    }

    private static Node currentNode() {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        return interpreter == null ? null : interpreter.getContext().getCurrentNode();
    }
}
