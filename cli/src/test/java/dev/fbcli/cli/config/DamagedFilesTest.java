package dev.fbcli.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14, item 9: a damaged config.json is named with what is wrong and what to do, in words. */
class DamagedFilesTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "7B 22 6C 6C 6D 22 3A 20 78 0A | it is not valid JSON (line 1, column 9)",
                "7B 22 61 22 3A 22 FF FE 22 7D | it is not UTF-8 text",
                "5B 31 5D 0A | it does not hold a JSON object",
            })
    void should_say_what_is_wrong_with_a_damaged_config_file(String hexBytes, String says) throws IOException {
        Path file = home.resolve("config").resolve("config.json");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(hexBytes));

        Result r = new CliRunner(home).run("--sandbox", "client", "list");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("fb: the settings file " + file + " cannot be used: " + says + "\n")
                .contains("fix it, or move it away")
                .doesNotContain("StreamReadFeature")
                .doesNotContain("Input length")
                .doesNotContain("Exception");
        assertThat(r.err().lines().count()).isEqualTo(2);
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.strip().split(" ");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }
}
