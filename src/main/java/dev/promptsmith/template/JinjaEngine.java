package dev.promptsmith.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.RenderResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders one template text with Jinjava, strictly: every undefined variable, unknown filter,
 * syntax error or exceeded limit becomes a {@link TemplateProblem}. Thread-safe: the Jinjava
 * instance is created on first use and shared; all per-render state lives in the render call.
 */
final class JinjaEngine {

    /** A rendered text, or the problems that prevented it (then the text must not be used). */
    record Rendered(String text, List<TemplateProblem> problems) {
    }

    private final RenderLimits limits;
    private volatile Jinjava jinjava;

    JinjaEngine(RenderLimits limits) {
        this.limits = limits;
    }

    Rendered render(String template, Map<String, Object> bindings) {
        TemplateLocator locator = new TemplateLocator(template);
        if (locator.tags().isEmpty()) {
            return new Rendered(template, List.of()); // Plain text: no need to load Jinjava.
        }
        java.util.Optional<String> plain = PlainSubstitution.render(template, locator.tags(), bindings);
        if (plain.isPresent()) {
            return new Rendered(plain.get(), List.of());
        }
        Jinjava engine = jinjava();
        List<TemplateProblem> problems = new ArrayList<>(FilterNameChecker.check(locator, engine.getGlobalContext()));
        UndefinedTracker tracker = new UndefinedTracker(nullBindings(bindings));
        RenderResult result = engine.renderForResult(template, bindings, SandboxedJinjava.renderConfig(limits, tracker));
        problems.addAll(new JinjavaProblemMapper(locator).map(result.getErrors(), tracker.misses()));
        return new Rendered(result.getOutput() == null ? "" : result.getOutput(), ordered(problems));
    }

    private Jinjava jinjava() {
        Jinjava instance = jinjava;
        if (instance == null) {
            synchronized (this) {
                instance = jinjava;
                if (instance == null) {
                    instance = SandboxedJinjava.create(limits);
                    jinjava = instance;
                }
            }
        }
        return instance;
    }

    private static Set<String> nullBindings(Map<String, Object> bindings) {
        return bindings.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static List<TemplateProblem> ordered(List<TemplateProblem> problems) {
        List<TemplateProblem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Comparator.comparingInt(TemplateProblem::line).thenComparingInt(TemplateProblem::column));
        return unique;
    }
}
