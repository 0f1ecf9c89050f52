package dev.promptsmith.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which tiktoken encoding an OpenAI model uses, from tiktoken's own table ({@code tiktoken/model.py}).
 * JTokkit's {@code getEncodingForModel} is not used: it gives {@code gpt-4.1} cl100k_base (it
 * matches the {@code gpt-4} prefix) and knows no o-series or {@code gpt-5} model.
 */
public final class EncodingResolver {

    private enum Match { PREFIX, FAMILY, EXACT }

    /**
     * @param match PREFIX: the name starts with {@code name}; FAMILY: it is {@code name} or starts
     *              with {@code name + "-"} (so {@code gpt-4} does not catch {@code gpt-4o}); EXACT
     */
    private record Rule(Match match, String name, EncodingType encoding) {

        boolean matches(String model) {
            return switch (match) {
                case PREFIX -> model.startsWith(name);
                case FAMILY -> model.equals(name) || model.startsWith(name + "-");
                case EXACT -> model.equals(name);
            };
        }
    }

    /** First match wins, so the o200k families come before {@code gpt-4}. */
    private static final List<Rule> RULES = List.of(
            new Rule(Match.PREFIX, "gpt-4o", EncodingType.O200K_BASE),
            new Rule(Match.PREFIX, "gpt-4.1", EncodingType.O200K_BASE),
            new Rule(Match.PREFIX, "gpt-4.5", EncodingType.O200K_BASE),
            new Rule(Match.PREFIX, "gpt-5", EncodingType.O200K_BASE),
            new Rule(Match.PREFIX, "chatgpt-4o", EncodingType.O200K_BASE),
            new Rule(Match.FAMILY, "o1", EncodingType.O200K_BASE),
            new Rule(Match.FAMILY, "o3", EncodingType.O200K_BASE),
            new Rule(Match.FAMILY, "o4", EncodingType.O200K_BASE),
            // o200k_harmony is o200k_base plus chat-format special tokens; plain text encodes the same.
            new Rule(Match.PREFIX, "gpt-oss", EncodingType.O200K_BASE),
            new Rule(Match.FAMILY, "gpt-4", EncodingType.CL100K_BASE),
            new Rule(Match.PREFIX, "gpt-3.5-turbo", EncodingType.CL100K_BASE),
            new Rule(Match.EXACT, "gpt-3.5", EncodingType.CL100K_BASE),
            new Rule(Match.PREFIX, "gpt-35-turbo", EncodingType.CL100K_BASE),
            new Rule(Match.PREFIX, "text-embedding-3", EncodingType.CL100K_BASE),
            new Rule(Match.EXACT, "text-embedding-ada-002", EncodingType.CL100K_BASE),
            new Rule(Match.EXACT, "davinci-002", EncodingType.CL100K_BASE),
            new Rule(Match.EXACT, "babbage-002", EncodingType.CL100K_BASE));

    private static final String OPENAI = "openai";
    private static final String ROUTER_PREFIX = "openai/";
    private static final String FINE_TUNE_PREFIX = "ft:";

    /**
     * The encoding of {@code model} when it is an OpenAI model: served by provider {@code openai},
     * or named {@code openai/...} as on OpenRouter. Empty for any other model: count with an estimate.
     */
    public Optional<EncodingType> encodingFor(String provider, String model) {
        if (model == null) {
            return Optional.empty();
        }
        String name = model.trim().toLowerCase(Locale.ROOT);
        boolean routed = name.startsWith(ROUTER_PREFIX);
        if (!routed && !OPENAI.equalsIgnoreCase(provider == null ? "" : provider.trim())) {
            return Optional.empty();
        }
        name = baseModel(routed ? name.substring(ROUTER_PREFIX.length()) : name);
        for (Rule rule : RULES) {
            if (rule.matches(name)) {
                return Optional.of(rule.encoding());
            }
        }
        return Optional.empty();
    }

    /** {@code ft:gpt-4o-mini-2024-07-18:org::id} is a fine-tune of {@code gpt-4o-mini-2024-07-18}. */
    private static String baseModel(String name) {
        if (!name.startsWith(FINE_TUNE_PREFIX)) {
            return name;
        }
        String rest = name.substring(FINE_TUNE_PREFIX.length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
