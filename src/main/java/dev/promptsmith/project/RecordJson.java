package dev.promptsmith.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON object form of one test case or example, exactly as a line of {@code tests.jsonl} or
 * {@code examples.jsonl}, for importers and exporters that read or write records outside a project.
 */
public final class RecordJson {

    private final ObjectMapper mapper = JsonSupport.newMapper();
    private final JsonColumns columns = new JsonColumns(mapper.getFactory());
    private final TestCaseJson tests = new TestCaseJson(mapper);
    private final ExampleJson examples = new ExampleJson(mapper);

    /** The strict mapper project files are read with: duplicate keys and trailing text are errors. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads a test case with the rules of {@code tests.jsonl}; every problem goes to {@code problems}.
     *
     * @param lineText the object's line, to give problems a column; null when the object spans several lines
     * @return empty when the object has no usable id
     */
    public Optional<TestCase> readTest(ObjectNode object, String file, int line, String lineText, List<Problem> problems) {
        return tests.read(object, read(file, line, lineText, problems));
    }

    /** Reads an example with the rules of {@code examples.jsonl}; see {@link #readTest}. */
    public Optional<Example> readExample(ObjectNode object, String file, int line, String lineText, List<Problem> problems) {
        return examples.read(object, read(file, line, lineText, problems));
    }

    /** The line a new test case gets in {@code tests.jsonl}, without a line break. */
    public String testLine(TestCase value) {
        return serialize(tests.write(null, null, value));
    }

    /** The line a new example gets in {@code examples.jsonl}, without a line break. */
    public String exampleLine(Example value) {
        return serialize(examples.write(null, null, value));
    }

    private JsonRead read(String file, int line, String lineText, List<Problem> problems) {
        return new JsonRead(ProblemLog.into(file, problems), columns, line, lineText);
    }

    private String serialize(ObjectNode object) {
        try {
            return mapper.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
