package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.TestCase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import took from a prompt file and what it refused. Nothing is dropped silently: every
 * part of the file that could not be mapped is a problem naming the file and the line.
 *
 * @param file the imported file's name as given
 * @param format the id of the format it was read as
 * @param models models the file names, where they map to a provider Promptsmith has
 * @param sampleVars sample input values (Prompty inputs, Dotprompt defaults), or empty
 * @param examples few-shot examples the file carries as the {@code examples} variable
 * @param defaultAssert assertions the file applies to every test (promptfoo {@code defaultTest})
 * @param judge id (in {@link #models}) of the model the file names as grader, or null
 * @param runDefaults repeats, concurrency and timeout the file sets, or null when it sets none
 * @param schemas JSON Schema texts the prompts and assertions refer to, by the path they use
 */
public record ImportResult(
        String file,
        String format,
        List<PromptVariant> prompts,
        List<ModelRef> models,
        Map<String, Object> sampleVars,
        List<Example> examples,
        List<TestCase> tests,
        List<Assertion> defaultAssert,
        String judge,
        RunDefaults runDefaults,
        Map<String, String> schemas,
        List<Problem> problems) {

    public ImportResult {
        prompts = List.copyOf(prompts);
        models = List.copyOf(models);
        sampleVars = Collections.unmodifiableMap(new LinkedHashMap<>(sampleVars));
        examples = List.copyOf(examples);
        tests = List.copyOf(tests);
        defaultAssert = List.copyOf(defaultAssert);
        schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
        problems = List.copyOf(problems);
    }

    public static ImportResult failed(String file, String format, List<Problem> problems) {
        return new ImportResult(file, format, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
                null, null, Map.of(), problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The single prompt of a one-prompt format, or null when none could be read. */
    public PromptVariant prompt() {
        return prompts.isEmpty() ? null : prompts.get(0);
    }
}
