package dev.fbcli.cli.auth.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * A private D-Bus session for one test: its own {@code dbus-daemon} (no service activation, so
 * nothing starts by itself) and, on request, its own {@code gnome-keyring-daemon} with its keyrings
 * in a temporary directory. Real processes; everything is stopped by {@link #close()}.
 */
@SuppressWarnings("try") // close() may be interrupted; tests may throw anything
final class CredentialTestBus implements AutoCloseable {
    private final Path dir;
    private final Process bus;
    private final String address;
    private final List<Process> daemons = new ArrayList<>();

    private CredentialTestBus(Path dir, Process bus, String address) {
        this.dir = dir;
        this.bus = bus;
        this.address = address;
    }

    /** True when {@code program} is on the PATH. */
    static boolean installed(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    static CredentialTestBus start(Path dir) throws IOException {
        Path config = dir.resolve("bus.conf");
        Files.writeString(
                config,
                """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:tmpdir=/tmp</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """);
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectError(dir.resolve("dbus-daemon.err").toFile())
                .start();
        String address =
                new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (address == null || address.isBlank()) {
            bus.destroyForcibly();
            throw new IOException(
                    "dbus-daemon printed no address: " + Files.readString(dir.resolve("dbus-daemon.err")));
        }
        return new CredentialTestBus(dir, bus, address.trim());
    }

    String address() {
        return address;
    }

    Map<String, String> env() {
        return Map.of("DBUS_SESSION_BUS_ADDRESS", address);
    }

    /**
     * Starts {@code gnome-keyring-daemon --foreground --components=secrets} on this bus, with a
     * fresh keyring directory; {@code unlock} creates and unlocks the "login" keyring with an empty
     * password. Returns once it owns {@code org.freedesktop.secrets}.
     */
    Process startGnomeKeyring(boolean unlock) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path runtime = dir.resolve("runtime");
        Files.createDirectories(
                runtime, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        List<String> cmd = new ArrayList<>(List.of("gnome-keyring-daemon", "--foreground", "--components=secrets"));
        if (unlock) {
            cmd.add("--unlock");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("gnome-keyring.out").toFile())
                .redirectError(dir.resolve("gnome-keyring.err").toFile());
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        pb.environment().put("XDG_DATA_HOME", data.toString());
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().put("HOME", dir.toString());
        Process daemon = pb.start();
        daemons.add(daemon);
        try (OutputStream in = daemon.getOutputStream()) {
            if (unlock) {
                in.write('\n'); // an empty password: gnome-keyring reads none at all as "no password given"
            }
        }
        try (DBusConnection c =
                DBusConnectionBuilder.forAddress(address).withShared(false).build()) {
            DBus dbus = c.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!dbus.NameHasOwner(CredentialSecretServiceProbe.SECRETS)) {
                if (System.nanoTime() > deadline || !daemon.isAlive()) {
                    throw new IOException("gnome-keyring-daemon did not start: "
                            + Files.readString(dir.resolve("gnome-keyring.err")));
                }
                Thread.sleep(50);
            }
        }
        return daemon;
    }

    /** Runs a command with this bus as its session bus; returns its exit code. */
    int run(String... command) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    static void signal(Process p, String signal) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        for (Process d : daemons) {
            signal(d, "CONT");
            d.destroy();
            if (!d.waitFor(5, TimeUnit.SECONDS)) {
                d.destroyForcibly();
            }
        }
        bus.destroy();
        if (!bus.waitFor(5, TimeUnit.SECONDS)) {
            bus.destroyForcibly();
        }
    }
}
