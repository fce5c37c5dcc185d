package dev.fbcli.nlp.intent;

/**
 * A client or project name as the user said it, and what they said it was: {@link Kind#CLIENT}
 * ("client Acme"), {@link Kind#PROJECT} ("the Apollo project") or {@link Kind#TARGET} ("on Acme":
 * either; the resolver tries projects first, then clients).
 */
public record NameRef(String name, Kind kind) {
    public enum Kind {
        TARGET("target"),
        CLIENT("client"),
        PROJECT("project");

        private final String slot;

        Kind(String slot) {
            this.slot = slot;
        }

        /** The frame slot this kind of name travels in. */
        public String slot() {
            return slot;
        }
    }

    public NameRef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name reference needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a name reference needs a kind");
        }
        name = name.strip();
    }

    public static NameRef target(String name) {
        return new NameRef(name, Kind.TARGET);
    }

    public static NameRef client(String name) {
        return new NameRef(name, Kind.CLIENT);
    }

    public static NameRef project(String name) {
        return new NameRef(name, Kind.PROJECT);
    }
}
