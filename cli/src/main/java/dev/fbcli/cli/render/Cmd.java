package dev.fbcli.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the structured command equivalent to a phrase ({@code fb time log --duration 3h
 * --project 'Website Redesign'}), quoted for a POSIX shell, so people learn the grammar and
 * scripts can copy the exact form.
 */
public final class Cmd {
    private final List<String> parts = new ArrayList<>();

    private Cmd(String... words) {
        parts.add("fb");
        parts.addAll(List.of(words));
    }

    public static Cmd of(String... words) {
        return new Cmd(words);
    }

    /** Adds {@code --name value} when value is not null. */
    public Cmd opt(String name, Object value) {
        if (value != null) {
            parts.add(name);
            parts.add(quote(value.toString()));
        }
        return this;
    }

    /** Adds {@code --name} when on. */
    public Cmd flag(String name, boolean on) {
        if (on) {
            parts.add(name);
        }
        return this;
    }

    public Cmd arg(Object value) {
        if (value != null) {
            parts.add(quote(value.toString()));
        }
        return this;
    }

    @Override
    public String toString() {
        return String.join(" ", parts);
    }

    /** Single-quotes a word when the shell would otherwise split or expand it. */
    public static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9@%+=:,./_-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
