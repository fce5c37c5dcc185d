package dev.fbcli.cli.auth.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;

/**
 * Asks the D-Bus session whether a Secret Service is there and its default keyring is usable,
 * before java-keyring is used: java-keyring (1.0.4) reads a locked or missing keyring as "no such
 * secret", fails a write with a NullPointerException, and waits up to 120 s on an unlock prompt.
 * This probe makes three plain D-Bus calls and never triggers a prompt.
 */
final class CredentialSecretServiceProbe {
    static final String SECRETS = "org.freedesktop.secrets";
    static final String DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default";
    private static final String COLLECTION_IFACE = "org.freedesktop.Secret.Collection";

    private CredentialSecretServiceProbe() {}

    /**
     * Checks the Secret Service on the bus at {@code address} and returns who answers, in words
     * ("the GNOME Keyring (Secret Service)").
     *
     * @throws CredentialStoreUnavailableException when it cannot be used, with the reason
     */
    static String probe(String address) {
        DBusConnection connection;
        try {
            connection =
                    DBusConnectionBuilder.forAddress(address).withShared(false).build();
        } catch (DBusException | RuntimeException e) {
            throw new CredentialStoreUnavailableException(
                    "the D-Bus session bus could not be reached (" + firstLine(e) + ")", e);
        }
        try {
            DBus bus = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            if (!bus.NameHasOwner(SECRETS)
                    && !Arrays.asList(bus.ListActivatableNames()).contains(SECRETS)) {
                throw noService(null);
            }
            Properties collection = connection.getRemoteObject(SECRETS, DEFAULT_COLLECTION, Properties.class);
            Object locked;
            try {
                locked = collection.Get(COLLECTION_IFACE, "Locked");
            } catch (DBusExecutionException e) {
                String type = e.getType() == null ? "" : e.getType();
                if (type.endsWith("ServiceUnknown")
                        || type.endsWith("NameHasNoOwner")
                        || type.endsWith("Spawn.Failed")
                        || type.startsWith("org.freedesktop.DBus.Error.Spawn")) {
                    throw noService(e);
                }
                if (type.endsWith("NoReply") || type.endsWith("Timeout") || type.endsWith("TimedOut")) {
                    throw new CredentialStoreUnavailableException("the Secret Service did not answer", e);
                }
                throw new CredentialStoreUnavailableException(
                        "the Secret Service has no default keyring (create one, e.g. \"login\", with your desktop's"
                                + " keyring tool)",
                        e);
            }
            if (!(locked instanceof Boolean)) {
                throw new CredentialStoreUnavailableException(
                        "the Secret Service did not say whether its keyring is" + " locked", null);
            }
            if ((Boolean) locked) {
                throw new CredentialStoreUnavailableException(
                        "the default keyring is locked (unlock it, e.g. by logging in to the desktop session)", null);
            }
            return whoAnswers(bus);
        } catch (DBusExecutionException e) {
            throw new CredentialStoreUnavailableException(
                    "the D-Bus session bus refused the question (" + firstLine(e) + ")", e);
        } catch (DBusException e) {
            throw new CredentialStoreUnavailableException(
                    "the D-Bus session bus refused the question (" + firstLine(e) + ")", e);
        } finally {
            try {
                connection.close();
            } catch (IOException | RuntimeException ignored) {
                // the probe is done either way
            }
        }
    }

    private static CredentialStoreUnavailableException noService(Throwable cause) {
        return new CredentialStoreUnavailableException(
                "no Secret Service (GNOME Keyring, KWallet or KeePassXC) is running on the D-Bus session", cause);
    }

    /** Names the program that owns the Secret Service name, where Linux's /proc tells it. */
    private static String whoAnswers(DBus bus) {
        String fallback = "the Secret Service keyring";
        try {
            String owner = bus.GetNameOwner(SECRETS);
            UInt32 pid = bus.GetConnectionUnixProcessID(owner);
            Path comm = Path.of("/proc", Long.toString(pid.longValue()), "comm");
            String name = Files.readString(comm, StandardCharsets.UTF_8).trim().toLowerCase(Locale.ROOT);
            if (name.startsWith("gnome-keyring")) {
                return "the GNOME Keyring (Secret Service)";
            }
            if (name.startsWith("kwallet") || name.startsWith("ksecret")) {
                return "KWallet (Secret Service)";
            }
            if (name.startsWith("keepassxc")) {
                return "KeePassXC (Secret Service)";
            }
            return fallback + " (" + name + ")";
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
