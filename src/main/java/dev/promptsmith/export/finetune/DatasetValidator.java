package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an OpenAI chat fine-tuning JSONL file the way the OpenAI cookbook's data preparation notebook
 * does (reference §4.4): format errors per line, missing system or user messages, token counts against
 * the per-example limit, the example count against the minimum and the recommendation, the default
 * epochs, and the training cost. It reads the text, so a file from anywhere can be checked.
 */
public final class DatasetValidator {

    /** The newer notebook's limit; longer examples are truncated in training. */
    public static final int DEFAULT_TOKEN_LIMIT = 16_385;
    /** OpenAI refuses fewer examples. */
    public static final int MIN_EXAMPLES = 10;
    /** Where improvements usually start to show. */
    public static final int RECOMMENDED_EXAMPLES = 50;

    private static final int TOKENS_PER_MESSAGE = 3;
    private static final int TOKENS_PER_NAME = 1;
    private static final int REPLY_PRIMING = 3;

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<ExampleCheck> checks = List.of(new MessagesListCheck(), new MessageKeysCheck(), new RoleCheck(),
            new ContentCheck(), new AssistantMessageCheck());
    private final TokenCounter tokens;
    private final String model;
    private final int tokenLimit;

    /**
     * @param model the OpenAI model to be fine-tuned; its tokenizer counts the tokens
     * @param tokenLimit the most tokens per example that training reads
     */
    public DatasetValidator(TokenCounter tokens, String model, int tokenLimit) {
        this.tokens = tokens;
        this.model = model;
        this.tokenLimit = tokenLimit;
    }

    /** @param pricePerMillion USD per 1M training tokens, or null when unknown (the cost is then "unknown") */
    public ValidationReport validate(String jsonl, BigDecimal pricePerMillion) {
        List<FormatIssue> errors = new ArrayList<>();
        List<JsonNode> valid = new ArrayList<>();
        List<String> lines = jsonl.lines().toList();
        int examples = 0;
        int lastContent = lines.size();
        while (lastContent > 0 && lines.get(lastContent - 1).isBlank()) {
            lastContent--; // A trailing newline or two is not an example.
        }
        for (int i = 0; i < lastContent; i++) {
            examples++;
            JsonNode example = parse(lines.get(i));
            if (example == null || !example.isObject()) {
                errors.add(new FormatIssue("data_type", i + 1, "the line is not a JSON object"));
                continue;
            }
            int before = errors.size();
            int line = i + 1;
            checks.forEach(check -> check.check(example, line, errors));
            if (errors.size() == before) {
                valid.add(example);
            }
        }
        return report(examples, errors, valid, pricePerMillion);
    }

    private ValidationReport report(int examples, List<FormatIssue> errors, List<JsonNode> valid, BigDecimal price) {
        List<Integer> messageCounts = new ArrayList<>();
        List<Integer> exampleTokens = new ArrayList<>();
        List<Integer> assistantTokens = new ArrayList<>();
        int noSystem = 0;
        int noUser = 0;
        long billing = 0;
        for (JsonNode example : valid) {
            JsonNode messages = example.get("messages");
            messageCounts.add(messages.size());
            noSystem += has(messages, "system") ? 0 : 1;
            noUser += has(messages, "user") ? 0 : 1;
            int count = count(messages);
            exampleTokens.add(count);
            assistantTokens.add(assistantCount(messages));
            billing += Math.min(tokenLimit, count);
        }
        int over = (int) exampleTokens.stream().filter(t -> t > tokenLimit).count();
        int epochs = EpochRule.defaultEpochs(examples);
        List<String> warnings = warnings(examples, noSystem, noUser, over);
        return new ValidationReport(examples, errors, warnings, Distribution.of(messageCounts), Distribution.of(exampleTokens),
                Distribution.of(assistantTokens), tokenLimit, over, new TrainingCost(billing, epochs, price));
    }

    private List<String> warnings(int examples, int noSystem, int noUser, int over) {
        List<String> warnings = new ArrayList<>();
        if (examples < MIN_EXAMPLES) {
            warnings.add(examples + " examples: OpenAI needs at least " + MIN_EXAMPLES);
        } else if (examples < RECOMMENDED_EXAMPLES) {
            warnings.add(examples + " examples: improvements usually show from " + RECOMMENDED_EXAMPLES + " to 100");
        }
        if (noSystem > 0) {
            warnings.add(noSystem + " examples have no system message");
        }
        if (noUser > 0) {
            warnings.add(noUser + " examples have no user message");
        }
        if (over > 0) {
            warnings.add(over + " examples are over the " + tokenLimit + "-token limit and will be truncated in training");
        }
        return warnings;
    }

    /**
     * The cookbook's {@code num_tokens_from_messages}: 3 per message, plus the tokens of every string
     * value (role, content, name), plus 1 per name, plus 3 priming the reply. Each piece is counted with
     * the model's tokenizer, so a {@code function} role counts as itself.
     */
    private int count(JsonNode messages) {
        int total = REPLY_PRIMING;
        for (JsonNode message : messages) {
            total += TOKENS_PER_MESSAGE + text(message.path("role").asText("")) + text(message.path("content").asText(""));
            if (message.hasNonNull("name")) {
                total += TOKENS_PER_NAME + text(message.get("name").asText());
            }
        }
        return total;
    }

    private int text(String value) {
        return value.isEmpty() ? 0 : tokens.countText("openai", model, value).tokens();
    }

    private int assistantCount(JsonNode messages) {
        int total = 0;
        for (JsonNode message : messages) {
            if ("assistant".equals(message.path("role").asText())) {
                total += text(message.path("content").asText(""));
            }
        }
        return total;
    }

    private static boolean has(JsonNode messages, String role) {
        for (JsonNode message : messages) {
            if (role.equals(message.path("role").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode parse(String line) {
        try {
            return line.isBlank() ? null : mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
