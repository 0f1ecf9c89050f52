package dev.promptsmith.export.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names for generated files, functions and classes, made from a prompt's name ({@code triage-few-shot}). */
final class FileNames {

    private FileNames() {
    }

    /** {@code triage_few_shot}: file names and Python functions. */
    static String snake(String name) {
        return String.join("_", words(name));
    }

    /** {@code triageFewShot}: JavaScript and Java methods. */
    static String camel(String name) {
        String pascal = pascal(name);
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /** {@code TriageFewShot}: Java classes. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** ASCII letter and digit runs, lower case; a name that starts with a digit gets a leading word. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : (name == null ? "" : name).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty() || Character.isDigit(words.get(0).charAt(0))) {
            words.add(0, "prompt");
        }
        return words;
    }
}
