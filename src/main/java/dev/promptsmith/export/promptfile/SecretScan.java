package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for API keys in exported text. Exporters write model names and provider ids only, but a key
 * pasted into a prompt or a test would travel with the file; the user is told before sharing it.
 */
final class SecretScan {

    /** Key shapes of the providers we support: OpenAI/Anthropic/OpenRouter/DeepSeek, Google, Groq, bearer tokens. */
    private static final Pattern KEY = Pattern.compile(
            "\\b(sk-(?:ant-|proj-|or-)?[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|gsk_[A-Za-z0-9]{20,})"
                    + "|Bearer\\s+[A-Za-z0-9._~+/-]{20,}");

    private SecretScan() {
    }

    /** A warning per file and line that holds something shaped like an API key; the key itself is not repeated. */
    static List<Problem> scan(Map<String, String> files) {
        List<Problem> found = new ArrayList<>();
        files.forEach((name, text) -> {
            Matcher m = KEY.matcher(text);
            int lastLine = -1;
            while (m.find()) {
                int line = lineOf(text, m.start());
                if (line != lastLine) {
                    found.add(Problem.warning(name, line, 0, "this line holds text shaped like an API key ("
                            + m.group().substring(0, Math.min(4, m.group().length()))
                            + "…); remove it from the prompt or test data before sharing the file"));
                    lastLine = line;
                }
            }
        });
        return found;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
