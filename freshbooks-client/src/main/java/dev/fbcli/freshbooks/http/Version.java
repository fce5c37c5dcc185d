package dev.fbcli.freshbooks.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The module version, from the Maven-filtered {@code version.properties}. */
final class Version {
    static final String VERSION = load();

    private Version() {}

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/fbcli/freshbooks/version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
