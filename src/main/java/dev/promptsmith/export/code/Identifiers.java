package dev.promptsmith.export.code;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names in generated code for the prompt's variables and the code's own locals, kept apart: a
 * variable called {@code class}, {@code await} or {@code response} gets a trailing underscore rather
 * than breaking the code or shadowing a local.
 */
final class Identifiers {

    static final Set<String> PYTHON = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield", "match", "case", "type", "print", "json", "os", "Any");
    static final Set<String> JAVASCRIPT = Set.of("await", "break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package",
            "private", "protected", "public", "return", "static", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield", "arguments", "eval", "undefined", "process");
    static final Set<String> JAVA = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char",
            "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");

    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> byVariable = new HashMap<>();

    /** @param reserved the language's keywords; {@code locals} the names the code uses itself */
    Identifiers(Set<String> reserved, Set<String> locals) {
        taken.addAll(reserved);
        taken.addAll(locals);
    }

    /** The identifier for prompt variable {@code name}, the same on every call. */
    String variable(String name) {
        return byVariable.computeIfAbsent(name, n -> {
            String id = n;
            while (taken.contains(id)) {
                id = id + "_";
            }
            taken.add(id);
            return id;
        });
    }
}
