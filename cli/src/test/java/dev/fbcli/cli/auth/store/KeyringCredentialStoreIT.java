package dev.fbcli.cli.auth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.cli.config.AppPaths;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keychain store against the real Secret Service of this session ({@code .ci/run} starts one:
 * {@code dbus-run-session} with an unlocked {@code gnome-keyring-daemon}), checked from outside
 * with {@code secret-tool}, a separate process. Where no keychain answers, every test reports
 * itself skipped with the reason. Keys are unique to the run and removed afterwards.
 */
@EnabledOnOs(OS.LINUX)
class KeyringCredentialStoreIT {
    @TempDir
    Path home;

    private final String run = "fb-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> keysToRemove = new ArrayList<>();
    private KeyringCredentialStore store;

    private AppPaths paths() {
        return AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", home.toString());
    }

    private KeyringCredentialStore openReal() {
        try {
            return KeyringCredentialStore.open(System.getenv(), paths());
        } catch (CredentialStoreUnavailableException e) {
            return abort("no Secret Service to test against: " + e.getMessage()
                    + " (.ci/run starts one: dbus-run-session + gnome-keyring-daemon)");
        }
    }

    private String key(String name) {
        String k = run + "/" + name;
        keysToRemove.add(k);
        return k;
    }

    @BeforeEach
    void open() {
        store = openReal();
        assumeTrue(
                CredentialTestBus.installed("secret-tool"),
                "secret-tool is not installed (apt-get install libsecret-tools): nothing to check the keyring with");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (store != null) {
            for (String k : keysToRemove) {
                store.delete(k);
            }
            store.close();
        }
    }

    @Test
    void should_store_read_rotate_and_delete_a_token_set_that_secret_tool_sees() throws Exception {
        // given
        String key = key("freshbooks/default");
        String first = "{\"access_token\":\"acc-" + run + "-1\",\"refresh_token\":\"ref-1\",\"expires_at\":1767225600,"
                + "\"note\":\"ünïcødé ✓\"}";
        String rotated = first.replace("-1\"", "-2\"");

        // when: store
        store.put(key, first);

        // then: fb and secret-tool both read it
        assertThat(store.get(key)).contains(first);
        assertThat(secretTool("lookup", "service", "fb", "account", key)).isEqualTo(new Result(0, first));
        assertThat(store.describe()).contains("Secret Service");

        // when: rotate (overwrite in one write)
        store.put(key, rotated);

        // then: the new value, in exactly one entry, seen by a second connection too
        assertThat(store.get(key)).contains(rotated);
        assertThat(secretTool("lookup", "service", "fb", "account", key)).isEqualTo(new Result(0, rotated));
        assertThat(entries(key)).isEqualTo(1);
        try (KeyringCredentialStore second = openReal()) {
            assertThat(second.get(key)).contains(rotated);
        }

        // when: delete, twice
        store.delete(key);
        store.delete(key);

        // then
        assertThat(store.get(key)).isEmpty();
        assertThat(secretTool("lookup", "service", "fb", "account", key).output())
                .isEmpty();
        assertThat(entries(key)).isZero();
    }

    @Test
    void should_read_a_secret_that_another_program_stored() throws Exception {
        // given
        String key = key("llm/openai");
        Result stored = secretToolWithInput("sk-" + run, "store", "--label=fb test", "service", "fb", "account", key);
        assertThat(stored.exit()).isZero();

        // when / then
        assertThat(store.get(key)).contains("sk-" + run);
        assertThat(store.get(run + "/never-stored")).isEmpty();
    }

    @Test
    void should_keep_one_entry_per_key_when_two_stores_write_it_at_once() throws Exception {
        // given: two stores (two D-Bus connections) rotating the same key from two threads
        String key = key("freshbooks/racy");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        try (KeyringCredentialStore other = openReal()) {
            // when
            for (KeyringCredentialStore s : List.of(store, other)) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        s.put(key, "tok-" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        assertThat(entries(key)).isEqualTo(1);
        assertThat(store.get(key)).contains("tok-9");
    }

    /** How many keyring items secret-tool finds for service fb and {@code key}. */
    private int entries(String key) throws Exception {
        String out =
                secretTool("search", "--all", "service", "fb", "account", key).output();
        return (int) out.lines().filter(l -> l.startsWith("[/")).count();
    }

    record Result(int exit, String output) {}

    private static Result secretTool(String... args) throws Exception {
        return secretToolWithInput(null, args);
    }

    /** Runs secret-tool (a separate process on the same session bus); {@code stdin} is the secret to store. */
    private static Result secretToolWithInput(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("secret-tool");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream o = p.getInputStream()) {
            o.transferTo(out);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("secret-tool " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }
}
