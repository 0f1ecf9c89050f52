package dev.promptsmith.template;

import dev.promptsmith.model.Example;
import java.util.List;
import java.util.Map;

/** Orders few-shot examples by how similar their variables are to a test case's, for {@code select: similar}. */
public interface ExampleRanker {

    /** The {@code k} examples of {@code pool} most similar to {@code vars}, least similar first, so the closest sits next to the question. */
    List<Example> mostSimilar(Map<String, Object> vars, List<Example> pool, int k);
}
