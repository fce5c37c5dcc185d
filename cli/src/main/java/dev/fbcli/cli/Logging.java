package dev.fbcli.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Configures the slf4j-simple binding before the first logger exists: warnings
 * only by default, {@code -v} info, {@code -vv} debug, on stderr; {@code --debug} (or
 * {@code FB_DEBUG=1}) debug into {@code debug.log} in the state directory. Libraries' chatter
 * (D-Bus, HttpClient) stays off below {@code -vv}. User output never goes through logging.
 */
final class Logging {
    private static final String P = "org.slf4j.simpleLogger.";
    private static volatile boolean configured;

    private Logging() {}

    static void configure(AppContext ctx, String[] args) {
        if (configured) {
            return; // slf4j-simple reads its settings once per JVM
        }
        configured = true;
        int verbosity = 0;
        boolean debug = "1".equals(ctx.env("FB_DEBUG")) || "true".equalsIgnoreCase(ctx.env("FB_DEBUG"));
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--debug")) {
                debug = true;
            } else if (a.matches("-v+")) {
                verbosity = Math.max(verbosity, a.length() - 1);
            }
        }
        String level = debug || verbosity >= 2 ? "debug" : verbosity == 1 ? "info" : "warn";
        System.setProperty(P + "defaultLogLevel", verbosity >= 2 || debug ? "info" : "warn");
        System.setProperty(P + "log.dev.fbcli", level);
        System.setProperty(P + "log.org.freedesktop", verbosity >= 2 ? "info" : "error");
        System.setProperty(P + "log.org.apache.hc", verbosity >= 3 ? "debug" : "error");
        // HttpClient's header and wire logs would print the Authorization header and token bodies: never
        System.setProperty(P + "log.org.apache.hc.client5.http.headers", "off");
        System.setProperty(P + "log.org.apache.hc.client5.http.wire", "off");
        System.setProperty(P + "showDateTime", debug ? "true" : "false");
        System.setProperty(P + "showThreadName", "false");
        System.setProperty(P + "showShortLogName", "true");
        if (debug) {
            try {
                Path log = ctx.paths().debugLog();
                Files.createDirectories(log.getParent());
                System.setProperty(P + "logFile", log.toString());
            } catch (Exception e) {
                System.setProperty(P + "logFile", "System.err");
            }
        } else {
            System.setProperty(P + "logFile", "System.err");
        }
    }
}
