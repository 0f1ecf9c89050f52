package dev.promptsmith.export.finetune;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.StoredReview;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Preference pairs from human review: for each test case, an output a person approved (thumbs up,
 * or a score of 0.5 or more) against one they rejected, with the request the prompt renders for it.
 * Tests reviewed one way only give no pair. {@link PreferenceSetBuilder} then checks the pairs.
 */
public final class ReviewedPairs {

    private final PromptRenderer renderer;

    public ReviewedPairs(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    /** @param reviews reviews of outputs of this prompt (any of its versions), in review order */
    public List<PreferencePair> pairs(Project project, PromptVariant prompt, List<StoredReview> reviews) {
        Map<String, StoredReview> approved = new LinkedHashMap<>();
        Map<String, StoredReview> rejected = new LinkedHashMap<>();
        for (StoredReview review : reviews) {
            if (review.approves()) {
                approved.putIfAbsent(review.testId(), review);
            } else if (review.rejects()) {
                rejected.putIfAbsent(review.testId(), review);
            }
        }
        List<PreferencePair> pairs = new ArrayList<>();
        for (var entry : approved.entrySet()) {
            StoredReview bad = rejected.get(entry.getKey());
            TestCase test = project.test(entry.getKey()).orElse(null);
            if (bad == null || test == null) {
                continue;
            }
            RenderResult rendered = renderer.render(prompt, test.vars(), project.examples());
            if (rendered.ok()) {
                pairs.add(new PreferencePair(test.id(), rendered.messages(), entry.getValue().output(), bad.output()));
            }
        }
        return pairs;
    }
}
