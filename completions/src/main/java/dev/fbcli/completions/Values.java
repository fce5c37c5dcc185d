package dev.fbcli.completions;

import dev.fbcli.completions.NameCache.Kind;
import java.util.List;
import java.util.Objects;

/**
 * What an option's value or a positional parameter completes with: nothing (free text), a fixed
 * set of choices, names from the local cache (in the order given: {@code --on} offers projects,
 * then clients), or file names.
 */
public record Values(Type type, List<String> choices, List<Kind> names) {

    public enum Type {
        NONE,
        CHOICES,
        NAMES,
        FILES
    }

    public Values {
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        names = List.copyOf(names);
    }

    public static Values none() {
        return new Values(Type.NONE, List.of(), List.of());
    }

    public static Values choices(List<String> words) {
        return new Values(Type.CHOICES, words, List.of());
    }

    public static Values names(List<Kind> kinds) {
        return new Values(Type.NAMES, List.of(), kinds);
    }

    public static Values files() {
        return new Values(Type.FILES, List.of(), List.of());
    }

    public boolean isNone() {
        return type == Type.NONE;
    }
}
