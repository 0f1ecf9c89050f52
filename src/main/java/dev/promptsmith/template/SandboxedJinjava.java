package dev.promptsmith.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.el.JinjavaProcessors;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Builds the one Jinjava instance the app shares (slow: it scans the classpath) and the small
 * per-render configs that carry each render's limits and undefined-variable tracking.
 */
final class SandboxedJinjava {

    /** Jinjava's fixes that bring it closer to Jinja2; the ones that reject {@code {{x}}} without spaces stay off. */
    private static final LegacyOverrides JINJA2_BEHAVIOUR = LegacyOverrides.newBuilder()
            .withIterateOverMapKeys(true)
            .withUsePyishObjectMapper(true)
            .withUseNaturalOperatorPrecedence(true)
            .withEvaluateMapKeys(true)
            .withHandleBackslashInQuotesOnly(true)
            .withUseTrimmingForNotesAndExpressions(true)
            .withParseWhitespaceControlStrictly(true)
            .build();

    private SandboxedJinjava() {
    }

    static Jinjava create(RenderLimits limits) {
        Jinjava jinjava = new Jinjava(baseConfig(limits).withInterperterFactory(new TrackingInterpreterFactory()).build());
        // Templates come from prompt files and must not read anything else: no include, import or extends.
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new ResourceNotFoundException("templates cannot load other files ('" + name + "')");
        });
        Context global = jinjava.getGlobalContext();
        for (String name : List.of("default", "d")) {
            global.registerFilter(new ExcusingFilter(global.getFilter(name)));
        }
        for (String name : List.of("defined", "undefined")) {
            global.registerExpTest(new ExcusingExpTest(global.getExpTest(name)));
        }
        return jinjava;
    }

    static JinjavaConfig renderConfig(RenderLimits limits, UndefinedTracker tracker) {
        return baseConfig(limits)
                .withElResolver(new UndefinedAttributeResolver(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY, tracker))
                .withProcessors(JinjavaProcessors.newBuilder().withNodePreProcessor(new RenderGuard(limits)).build())
                .build();
    }

    private static JinjavaConfig.Builder baseConfig(RenderLimits limits) {
        return JinjavaConfig.newBuilder()
                // Undefined names are tracked precisely by UndefinedTracker instead.
                .withFailOnUnknownTokens(false)
                // On by default: a test value containing "{{ x }}" would itself be rendered.
                .withNestedInterpretationEnabled(false)
                // A text without tags renders to itself, trailing newline included, exactly as in raw mode.
                .withKeepTrailingNewline(true)
                .withLegacyOverrides(JINJA2_BEHAVIOUR)
                .withLocale(Locale.ROOT)
                .withTimeZone(ZoneOffset.UTC)
                .withMaxOutputSize(limits.maxOutputChars())
                .withMaxStringLength(limits.maxOutputChars())
                .withMaxListSize(limits.maxCollectionSize())
                .withMaxMapSize(limits.maxCollectionSize())
                .withRangeLimit(limits.maxRangeSize())
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(limits.maxMacroDepth());
    }
}
