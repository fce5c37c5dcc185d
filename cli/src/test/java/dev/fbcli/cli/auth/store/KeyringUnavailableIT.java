package dev.fbcli.cli.auth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.cli.config.AppPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code fb} says when no keychain answers, against real daemons on a private D-Bus session
 * per test: no Secret Service, no default keyring, a locked keyring, a keyring that hangs.
 * Skipped, with the reason, where dbus-daemon or gnome-keyring-daemon is not installed.
 */
@EnabledOnOs(OS.LINUX)
class KeyringUnavailableIT {
    private static final Duration PROBE = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private CredentialTestBus bus;

    @BeforeEach
    void startBus() throws Exception {
        assumeTrue(CredentialTestBus.installed("dbus-daemon"), "dbus-daemon is not installed (apt-get install dbus)");
        bus = CredentialTestBus.start(dir);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (bus != null) {
            bus.close();
        }
    }

    private KeyringCredentialStore open(Map<String, String> env) {
        AppPaths paths = AppPaths.resolve(Map.of("FB_HOME", dir.toString()), "Linux", dir.toString());
        return KeyringCredentialStore.open(env, paths, PROBE, Duration.ofSeconds(10));
    }

    private void assumeGnomeKeyring() {
        assumeTrue(
                CredentialTestBus.installed("gnome-keyring-daemon"),
                "gnome-keyring-daemon is not installed (apt-get install gnome-keyring)");
    }

    @Test
    void should_say_no_secret_service_runs_when_the_session_has_none() {
        assertThatThrownBy(() -> open(bus.env()))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("no keychain answered: no Secret Service (GNOME Keyring, KWallet or KeePassXC) is"
                        + " running on the D-Bus session");
    }

    @Test
    void should_say_the_session_bus_cannot_be_reached_when_its_address_is_dead() {
        assertThatThrownBy(() -> open(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-such-socket"))))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessageStartingWith("no keychain answered: the D-Bus session bus could not be reached (");
    }

    @Test
    void should_say_there_is_no_default_keyring_when_gnome_keyring_has_none() throws Exception {
        // given
        assumeGnomeKeyring();
        bus.startGnomeKeyring(false);

        // when / then
        assertThatThrownBy(() -> open(bus.env()))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessageStartingWith("no keychain answered: the Secret Service has no default keyring");
    }

    @Test
    void should_name_gnome_keyring_when_unlocked_then_say_locked_once_it_is_locked() throws Exception {
        // given
        assumeGnomeKeyring();
        bus.startGnomeKeyring(true);
        assertThat(CredentialSecretServiceProbe.probe(bus.address())).isEqualTo("the GNOME Keyring (Secret Service)");

        // when
        int locked = bus.run(
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login");

        // then
        assertThat(locked).isZero();
        assertThatThrownBy(() -> open(bus.env()))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("no keychain answered: the default keyring is locked (unlock it, e.g. by logging in to"
                        + " the desktop session)");
    }

    @Test
    void should_give_up_after_the_probe_timeout_when_the_keyring_hangs() throws Exception {
        // given: a keyring daemon that is stopped (SIGSTOP): connected, owning its name, silent
        assumeGnomeKeyring();
        Process daemon = bus.startGnomeKeyring(true);
        CredentialTestBus.signal(daemon, "STOP");

        // when / then
        assertThatThrownBy(() -> open(bus.env()))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("no keychain answered: the Secret Service did not answer within 1 second");
    }
}
