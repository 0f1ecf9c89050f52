package dev.promptsmith.model;

import java.util.Optional;

/** Looks up an enum constant by the spelling project files use for it. */
final class FileKeys {

    private FileKeys() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, java.util.function.Function<E, String> key, String text) {
        for (E value : values) {
            if (key.apply(value).equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
