package dev.fbcli.cli.auth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.PasswordAccessException;
import dev.fbcli.cli.config.AppPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keychain store's own logic, over a stand-in at its {@code Backend} port: timeouts, "no such
 * secret" versus failures, and secrecy of messages. The real Secret Service is in
 * {@link KeyringCredentialStoreIT} and {@link KeyringUnavailableIT}.
 */
class KeyringCredentialStoreTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration LONG = Duration.ofMinutes(1);

    @TempDir
    Path home;

    private final CountDownLatch neverAnswers = new CountDownLatch(1);

    @AfterEach
    void releaseStuckThreads() {
        neverAnswers.countDown();
    }

    private AppPaths paths() {
        return AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", home.toString());
    }

    private KeyringCredentialStore open(KeyringCredentialStore.Backend backend, Duration probe, Duration op) {
        return KeyringCredentialStore.open(
                () -> backend, "the test keychain", true, probe, op, home.resolve("state/keychain.lock"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void should_say_there_is_no_d_bus_session_when_the_environment_names_none() {
        // given: the real store, an environment without DBUS_SESSION_BUS_ADDRESS

        // when / then
        assertThatThrownBy(() -> KeyringCredentialStore.open(Map.of("FB_HOME", home.toString()), paths()))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("no keychain answered: there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)")
                .satisfies(e -> assertThat(((CredentialStoreException) e).hint())
                        .contains("FB_CREDENTIAL_STORE=file")
                        .contains("fb auth login --store file"));
    }

    @Test
    void should_give_up_with_one_sentence_when_the_keychain_does_not_answer_on_open() {
        // given
        KeyringCredentialStore.Backend hangs = new MapBackend() {
            @Override
            public String get(String account) throws Exception {
                neverAnswers.await();
                return null;
            }
        };

        // when / then
        assertThatThrownBy(() -> open(hangs, SHORT, LONG))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("no keychain answered: the test keychain did not answer within 300 ms"
                        + " (it may be locked or waiting for a password prompt)");
    }

    @Test
    void should_report_unavailable_then_fail_fast_when_the_keychain_stops_answering() {
        // given
        MapBackend backend = new MapBackend();
        KeyringCredentialStore store = open(backend, LONG, SHORT);
        store.put("freshbooks/default", "tok-1");
        backend.hang = neverAnswers;

        // when / then
        assertThatThrownBy(() -> store.get("freshbooks/default"))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("no keychain answered: the test keychain stopped answering (nothing within 300 ms)");
        backend.hang = null;
        assertThatThrownBy(() -> store.put("freshbooks/default", "tok-2"))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessageContaining("stopped answering");
        store.close();
    }

    @Test
    void should_store_read_overwrite_and_delete_through_the_backend() {
        // given
        MapBackend backend = new MapBackend();
        KeyringCredentialStore store = open(backend, LONG, LONG);

        // when
        store.put("freshbooks/default", "tok-1");
        store.put("freshbooks/default", "tok-2");
        store.put("llm/openai", "sk-1");
        store.delete("llm/openai");
        store.delete("llm/openai");

        // then
        assertThat(store.get("freshbooks/default")).contains("tok-2");
        assertThat(store.get("llm/openai")).isEmpty();
        assertThat(backend.entries).containsOnlyKeys("freshbooks/default");
        assertThat(store.kind()).isEqualTo("keychain");
        assertThat(store.describe()).isEqualTo("the test keychain");
        store.close();
        assertThat(backend.closed).isTrue();
    }

    @Test
    void should_name_the_key_but_never_the_secret_when_a_write_fails() {
        // given
        MapBackend backend = new MapBackend();
        backend.failWrites = new PasswordAccessException("Error code 87");
        KeyringCredentialStore store = open(backend, LONG, LONG);

        // when / then
        assertThatThrownBy(() -> store.put("freshbooks/default", "tok-very-secret"))
                .isInstanceOf(CredentialStoreException.class)
                .isNotInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("the test keychain could not store freshbooks/default (Error code 87)")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("tok-very-secret"));
        assertThat(store.toString()).doesNotContain("tok-very-secret");
    }

    @Test
    void should_explain_a_null_pointer_from_the_library_as_no_usable_answer() {
        // given: what java-keyring 1.0.4 throws when the Secret Service refuses to create an item
        MapBackend backend = new MapBackend();
        backend.failWrites = new NullPointerException("Cannot read field \"a\" because \"response\" is null");
        KeyringCredentialStore store = open(backend, LONG, LONG);

        // when / then
        assertThatThrownBy(() -> store.put("freshbooks/default", "tok"))
                .hasMessage("the test keychain could not store freshbooks/default (it gave no usable answer)");
    }

    @Test
    void should_ask_to_remove_duplicates_when_the_keychain_holds_several_entries() {
        // given
        MapBackend backend = new MapBackend();
        backend.failWrites =
                new PasswordAccessException("Too many stored credentials match fb account: freshbooks/default");
        KeyringCredentialStore store = open(backend, LONG, LONG);

        // when / then
        assertThatThrownBy(() -> store.put("freshbooks/default", "tok"))
                .hasMessage("the test keychain holds several entries for freshbooks/default")
                .satisfies(e -> assertThat(((CredentialStoreException) e).hint())
                        .contains("secret-tool clear service fb account freshbooks/default"));
    }

    @Test
    void should_read_java_keyring_not_found_messages_as_absent_and_others_as_failures() {
        assertThat(KeyringCredentialStore.JavaKeyring.isNotFound(
                        new PasswordAccessException("No stored credentials match fb account: freshbooks/default")))
                .isTrue();
        assertThat(KeyringCredentialStore.JavaKeyring.isNotFound(
                        new PasswordAccessException("No password to delete. No stored credentials match fb")))
                .isTrue();
        assertThat(KeyringCredentialStore.JavaKeyring.isNotFound(new PasswordAccessException("Error code 1168")))
                .isTrue();
        assertThat(KeyringCredentialStore.JavaKeyring.isNotFound(new PasswordAccessException("Error code 5")))
                .isFalse();
        assertThat(KeyringCredentialStore.JavaKeyring.isNotFound(
                        new PasswordAccessException("Too many stored credentials match fb account: x")))
                .isFalse();
    }

    private static String stackText(Throwable e) {
        var sw = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(sw));
        return sw.toString();
    }

    /** A keychain in a map, that can be told to hang or to fail writes. */
    static class MapBackend implements KeyringCredentialStore.Backend {
        final Map<String, String> entries = new HashMap<>();
        volatile CountDownLatch hang;
        volatile Exception failWrites;
        volatile boolean closed;

        private void maybeHang() throws InterruptedException {
            CountDownLatch h = hang;
            if (h != null) {
                h.await();
            }
        }

        @Override
        public String get(String account) throws Exception {
            maybeHang();
            return entries.get(account);
        }

        @Override
        public void set(String account, String secret) throws Exception {
            maybeHang();
            if (failWrites != null) {
                throw failWrites;
            }
            entries.put(account, secret);
        }

        @Override
        public void delete(String account) throws Exception {
            maybeHang();
            entries.remove(account);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
