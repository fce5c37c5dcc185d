package dev.fbcli.cli.auth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FileCredentialStoreTest {
    private static final String TOKEN =
            "{\"access_token\":\"acc-7f3e9b\",\"refresh_token\":\"ref-91c2\",\"expires_at\":1}";

    @TempDir
    Path home;

    private Path configDir() {
        return home.resolve("config");
    }

    private FileCredentialStore store() {
        return new FileCredentialStore(configDir().resolve(FileCredentialStore.FILE_NAME));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void should_create_the_file_0600_and_its_directory_0700_when_the_first_secret_is_stored() throws Exception {
        // given
        FileCredentialStore store = store();

        // when
        store.put("freshbooks/default", TOKEN);

        // then
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configDir())))
                .isEqualTo("rwx------");
        assertThat(store.describe()).isEqualTo("the file " + store.file() + " (mode 0600)");
        assertThat(store.kind()).isEqualTo("file");
    }

    @Test
    void should_read_overwrite_and_delete_secrets_when_used_in_turn() {
        // given
        FileCredentialStore store = store();

        // when
        store.put("freshbooks/default", TOKEN);
        store.put("llm/openai", "sk-test-123");
        store.put("freshbooks/default", TOKEN.replace("acc-7f3e9b", "acc-rotated"));
        store.delete("llm/openai");
        store.delete("llm/never-there");

        // then: a second instance (a second fb process) sees the same
        FileCredentialStore again = store();
        assertThat(again.get("freshbooks/default")).contains(TOKEN.replace("acc-7f3e9b", "acc-rotated"));
        assertThat(again.get("llm/openai")).isEmpty();
        assertThat(again.get("freshbooks-app/default")).isEmpty();
    }

    @Test
    void should_return_empty_and_create_nothing_when_the_file_does_not_exist() {
        // given
        FileCredentialStore store = store();

        // when / then
        assertThat(store.get("freshbooks/default")).isEmpty();
        store.delete("freshbooks/default");
        assertThat(configDir()).doesNotExist();
    }

    @Test
    void should_keep_no_temporary_file_and_write_the_documented_format_when_a_secret_is_stored() throws Exception {
        // given
        FileCredentialStore store = store();

        // when
        store.put("llm/openai", "sk-test-123");

        // then
        try (Stream<Path> files = Files.list(configDir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("credentials.json", "credentials.lock");
        }
        assertThat(Files.readString(store.file()))
                .contains("\"version\" : 1")
                .contains("\"llm/openai\" : \"sk-test-123\"");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void should_refuse_to_read_and_change_nothing_when_the_file_is_0644() throws Exception {
        // given
        FileCredentialStore store = store();
        store.put("freshbooks/default", TOKEN);
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));
        byte[] before = Files.readAllBytes(store.file());

        // when / then
        assertThatThrownBy(() -> store.get("freshbooks/default"))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessage("refusing to read " + store.file()
                        + ": its permissions are 0644 (rw-r--r--), so other users may have read it; it must be 0600")
                .satisfies(
                        e -> assertThat(((CredentialStoreException) e).hint()).contains("chmod 600"))
                .satisfies(e -> assertThat(e.toString()).doesNotContain("acc-7f3e9b"));
        assertThatThrownBy(() -> store.put("llm/openai", "sk-new")).isInstanceOf(CredentialStoreException.class);
        assertThatThrownBy(() -> store.delete("freshbooks/default")).isInstanceOf(CredentialStoreException.class);
        assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-r--r--");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void should_refuse_to_read_when_the_group_may_write_it() throws Exception {
        // given
        FileCredentialStore store = store();
        store.put("freshbooks/default", TOKEN);
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw--w----"));

        // when / then
        assertThatThrownBy(() -> store.get("freshbooks/default"))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("its permissions are 0620");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void should_refuse_to_read_when_the_file_is_a_symbolic_link() throws Exception {
        // given
        Path elsewhere = home.resolve("elsewhere.json");
        Files.writeString(elsewhere, "{\"version\":1,\"secrets\":{}}");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(configDir());
        Files.createSymbolicLink(configDir().resolve("credentials.json"), elsewhere);

        // when / then
        assertThatThrownBy(() -> store().get("freshbooks/default"))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("it is a symbolic link");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void should_say_where_without_quoting_the_file_when_it_is_not_valid_json() throws Exception {
        // given
        FileCredentialStore store = store();
        Files.createDirectories(configDir());
        Files.writeString(
                store.file(),
                "{\"version\":1,\"secrets\":{\"freshbooks/default\": sk-leaky-secret}}",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-------"));

        // when / then
        assertThatThrownBy(() -> store.get("freshbooks/default"))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessageStartingWith("cannot use " + store.file() + ": it is not valid JSON (line 1, column ")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("leaky"));
    }

    @Test
    void should_refuse_a_file_written_by_a_newer_fb() throws Exception {
        // given
        FileCredentialStore store = store();
        store.put("llm/openai", "sk-test-123");
        Files.writeString(store.file(), "{\"version\":2,\"secrets\":{}}");

        // when / then
        assertThatThrownBy(() -> store.get("llm/openai"))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("was written by a newer fb (format 2)");
    }

    @Test
    void should_never_show_a_secret_in_to_string_or_describe() {
        // given
        FileCredentialStore store = store();

        // when
        store.put("freshbooks/default", TOKEN);

        // then
        assertThat(store.toString() + store.describe())
                .doesNotContain("acc-7f3e9b")
                .doesNotContain("ref-91c2");
    }

    @Test
    void should_refuse_an_empty_secret_or_a_malformed_key_with_a_message_that_names_the_key() {
        FileCredentialStore store = store();

        assertThatThrownBy(() -> store.put("freshbooks/default", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refusing to store an empty secret under freshbooks/default");
        assertThatThrownBy(() -> store.get("../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid credential key: \"../etc/passwd\"");
        assertThatThrownBy(() -> store.get("freshbooks//default")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void should_lose_no_update_when_many_threads_write_at_once() throws Exception {
        // given: 8 threads, each with its own store instance, 25 keys each
        int threads = 8;
        int keysEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();

        // when
        for (int t = 0; t < threads; t++) {
            int id = t;
            done.add(pool.submit(() -> {
                FileCredentialStore mine = store();
                for (int k = 0; k < keysEach; k++) {
                    mine.put("t" + id + "/k" + k, "secret-" + id + "-" + k);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        // then
        FileCredentialStore store = store();
        for (int t = 0; t < threads; t++) {
            for (int k = 0; k < keysEach; k++) {
                assertThat(store.get("t" + t + "/k" + k)).contains("secret-" + t + "-" + k);
            }
        }
    }

    @Test
    void should_lose_no_update_when_several_processes_write_at_once() throws Exception {
        // given: 3 separate JVMs, each storing 15 keys in the same file
        int processes = 3;
        int keysEach = 15;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();

        // when
        for (int p = 0; p < processes; p++) {
            ProcessBuilder pb = new ProcessBuilder(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    CredentialFileWriterMain.class.getName(),
                    store().file().toString(),
                    "p" + p,
                    Integer.toString(keysEach));
            pb.redirectErrorStream(true);
            pb.redirectOutput(home.resolve("writer-" + p + ".log").toFile());
            running.add(pb.start());
        }
        for (int p = 0; p < processes; p++) {
            Process proc = running.get(p);
            assertThat(proc.waitFor(3, TimeUnit.MINUTES))
                    .as("writer %d finished", p)
                    .isTrue();
            assertThat(proc.exitValue())
                    .as("writer %d: %s", p, Files.readString(home.resolve("writer-" + p + ".log")))
                    .isZero();
        }

        // then
        FileCredentialStore store = store();
        for (int p = 0; p < processes; p++) {
            for (int k = 0; k < keysEach; k++) {
                assertThat(store.get("p" + p + "/k" + k)).contains("secret-p" + p + "-" + k);
            }
        }
        assertThat(new File(store.file().getParent().toString()).list())
                .containsExactlyInAnyOrder("credentials.json", "credentials.lock");
    }
}
