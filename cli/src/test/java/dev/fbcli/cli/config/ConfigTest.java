package dev.fbcli.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.CliException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    @Test
    void should_flatten_nested_objects_into_dotted_keys() throws Exception {
        Path f = dir.resolve("config.json");
        Files.writeString(f, "{\"timezone\":\"Europe/Paris\",\"llm\":{\"provider\":\"openai\",\"timeout\":20}}");

        Config c = ConfigLoader.load(f, Map.of());

        assertThat(c.get("timezone")).contains("Europe/Paris");
        assertThat(c.get("llm.provider")).contains("openai");
        assertThat(c.get("llm.timeout")).contains("20");
        assertThat(c.get("missing")).isEmpty();
    }

    @Test
    void should_prefer_the_environment_over_the_file() throws Exception {
        Path f = dir.resolve("config.json");
        ConfigLoader.set(f, "llm.provider", "anthropic");

        Config c = ConfigLoader.load(f, Map.of("FB_LLM_PROVIDER", "openai"));

        assertThat(c.get("llm.provider")).contains("openai");
        assertThat(Config.envName("invoice.list.limit")).isEqualTo("FB_INVOICE_LIST_LIMIT");
    }

    @Test
    void should_set_and_remove_keys() throws Exception {
        Path f = dir.resolve("sub/config.json");
        ConfigLoader.set(f, "a", "1");
        ConfigLoader.set(f, "b", "2");
        ConfigLoader.set(f, "a", null);

        assertThat(ConfigLoader.readFile(f)).isEqualTo(Map.of("b", "2"));
    }

    @Test
    void should_say_which_file_is_broken() throws Exception {
        Path f = dir.resolve("config.json");
        Files.writeString(f, "[1,2]");

        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of()))
                .isInstanceOf(CliException.Usage.class)
                .hasMessageContaining(f.toString());
    }
}
