package dev.fbcli.cli.render;

/** ANSI styles, used only when colour is on (a terminal, no NO_COLOR). */
public final class Style {
    private Style() {}

    public static String bold(String s) {
        return "\u001b[1m" + s + "\u001b[0m";
    }

    public static String dim(String s) {
        return "\u001b[2m" + s + "\u001b[0m";
    }

    public static String green(String s) {
        return "\u001b[32m" + s + "\u001b[0m";
    }

    public static String yellow(String s) {
        return "\u001b[33m" + s + "\u001b[0m";
    }

    public static String red(String s) {
        return "\u001b[31m" + s + "\u001b[0m";
    }
}
