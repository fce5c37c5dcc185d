package dev.fbcli.cli.auth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.ExitCode;
import dev.fbcli.cli.config.AppPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoresTest {
    @TempDir
    Path home;

    private final InMemoryCredentialStore keychain = new InMemoryCredentialStore();
    private int keychainOpened;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("FB_HOME", home.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private AppPaths paths() {
        return AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", home.toString());
    }

    private CredentialStore open(Map<String, String> env, CredentialStores.Choice flag) {
        Function<Map<String, String>, CredentialStore> opener = e -> {
            keychainOpened++;
            return keychain;
        };
        return CredentialStores.open(env, paths(), flag, opener);
    }

    private void config(String json) throws Exception {
        Files.createDirectories(paths().config());
        Files.writeString(paths().configFile(), json);
    }

    @Test
    void should_open_the_keychain_when_nothing_chooses() {
        // when
        CredentialStore store = open(env(), null);

        // then
        assertThat(store).isSameAs(keychain);
        assertThat(CredentialStores.decide(env(), paths(), null))
                .isEqualTo(new CredentialStores.Decision(CredentialStores.Choice.KEYCHAIN, "default"));
    }

    @Test
    void should_open_the_file_store_in_the_config_dir_when_the_environment_says_file() {
        // when
        CredentialStore store = open(env("FB_CREDENTIAL_STORE", "file"), null);

        // then
        assertThat(store).isInstanceOf(FileCredentialStore.class);
        assertThat(((FileCredentialStore) store).file()).isEqualTo(home.resolve("config/credentials.json"));
        assertThat(keychainOpened).isZero();
    }

    @Test
    void should_follow_config_json_in_either_spelling_when_the_environment_is_silent() throws Exception {
        config("{\"credentials\": {\"store\": \"file\"}}");
        assertThat(open(env(), null).kind()).isEqualTo("file");

        config("{\"credentials.store\": \"FILE\", \"invoice.list.limit\": 5}");
        assertThat(open(env(), null).kind()).isEqualTo("file");

        config("{\"credentials\": {\"store\": \"keychain\"}}");
        assertThat(open(env(), null)).isSameAs(keychain);

        config("{\"other\": true}");
        assertThat(open(env(), null)).isSameAs(keychain);
    }

    @Test
    void should_prefer_the_flag_then_the_environment_then_config_json() throws Exception {
        // given
        config("{\"credentials\": {\"store\": \"file\"}}");

        // when / then
        assertThat(open(env("FB_CREDENTIAL_STORE", "keychain"), null)).isSameAs(keychain);
        assertThat(open(env("FB_CREDENTIAL_STORE", "keychain"), CredentialStores.Choice.FILE)
                        .kind())
                .isEqualTo("file");
        assertThat(CredentialStores.decide(env("FB_CREDENTIAL_STORE", "keychain"), paths(), null)
                        .source())
                .isEqualTo("FB_CREDENTIAL_STORE");
        assertThat(CredentialStores.decide(env(), paths(), null).source()).isEqualTo("credentials.store");
        assertThat(CredentialStores.decide(env(), paths(), CredentialStores.Choice.KEYCHAIN)
                        .source())
                .isEqualTo("--store");
    }

    @Test
    void should_be_a_usage_error_naming_the_valid_stores_when_the_environment_names_another() {
        assertThatThrownBy(() -> open(env("FB_CREDENTIAL_STORE", "vault"), null))
                .isInstanceOf(CliException.Usage.class)
                .hasMessage("FB_CREDENTIAL_STORE is \"vault\", which is not a credential store")
                .satisfies(e -> assertThat(((CliException) e).hint()).isEqualTo("use keychain (the default) or file"))
                .satisfies(e -> assertThat(((CliException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void should_say_where_when_config_json_is_broken() throws Exception {
        config("{\"credentials\": ");

        assertThatThrownBy(() -> open(env(), null))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessageStartingWith(paths().configFile() + " is not valid JSON (line 1, column");
        config("{\"credentials\": {\"store\": 1}}");
        assertThatThrownBy(() -> open(env(), null))
                .isInstanceOf(CliException.Usage.class)
                .hasMessage("credentials.store in " + paths().configFile() + " must be a string");
    }

    @Test
    void should_not_fall_back_to_a_file_when_the_keychain_does_not_answer() {
        // given
        Function<Map<String, String>, CredentialStore> silent = e -> {
            throw new CredentialStoreUnavailableException(
                    "there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)", null);
        };

        // when / then
        assertThatThrownBy(() -> CredentialStores.open(env(), paths(), null, silent))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessage("no keychain answered: there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)");
        assertThat(home.resolve("config/credentials.json")).doesNotExist();
    }

    @Test
    void should_report_no_keychain_as_a_one_line_cli_failure_with_the_file_store_hint() {
        // given
        CredentialStoreUnavailableException e =
                new CredentialStoreUnavailableException("the default keyring is locked", null);

        // when
        CliException cli = e.toCliException();

        // then
        assertThat(cli.getMessage()).isEqualTo("no keychain answered: the default keyring is locked");
        assertThat(cli.hint())
                .isEqualTo("to keep secrets in a file only you can read instead, set FB_CREDENTIAL_STORE=file or run"
                        + " `fb auth login --store file` (see docs/credentials.md)");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(cli.getMessage()).doesNotContain("\n");
    }

    @Test
    void should_fail_with_the_real_reason_when_the_keychain_is_chosen_and_there_is_no_d_bus_session() {
        // given: the real chooser and the real keychain store, no DBUS_SESSION_BUS_ADDRESS
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getProperty("os.name", "").startsWith("Linux"), "the D-Bus check is Linux's");

        // when / then
        assertThatThrownBy(() -> CredentialStores.open(env(), paths()))
                .isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessageContaining("DBUS_SESSION_BUS_ADDRESS is not set");
    }
}
