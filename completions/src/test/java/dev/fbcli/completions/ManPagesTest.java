package dev.fbcli.completions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {
    private final Map<String, String> pages = ManPages.generate(ToyFb.commandLine(), "fb 1.2.3", "2026-11-24");

    @Test
    void should_write_one_page_per_visible_command() {
        assertThat(pages.keySet())
                .containsExactly(
                        "fb.1",
                        "fb-invoice.1",
                        "fb-invoice-list.1",
                        "fb-invoice-view.1",
                        "fb-client.1",
                        "fb-client-show.1",
                        "fb-time.1",
                        "fb-time-log.1",
                        "fb-help.1");
    }

    @Test
    void should_hold_name_synopsis_options_and_links_from_the_model() {
        String list = pages.get("fb-invoice-list.1");
        assertThat(list)
                .startsWith(".\\\" Generated")
                .contains(".TH \"FB-INVOICE-LIST\" 1 \"2026-11-24\" \"fb 1.2.3\" \"fb manual\"")
                .contains(".SH NAME\nfb\\-invoice\\-list \\- List invoices\n")
                .contains("\\fB\\-\\-status\\fR=\\fI<status>\\fR\nOne of: unpaid, overdue, paid.")
                .contains("\\fB\\-c\\fR, \\fB\\-\\-client\\fR=\\fI<name>\\fR")
                .contains("see \\fBfb\\fR(1)")
                .doesNotContain("secret");
        assertThat(pages.get("fb-invoice.1"))
                .contains(".SH COMMANDS")
                .contains("\\fBview, show\\fR")
                .contains("\\fBfb\\-invoice\\-view\\fR(1)");
        assertThat(pages.get("fb.1")).contains(".SH GLOBAL OPTIONS").contains("\\fB\\-\\-sandbox\\fR");
    }

    @Test
    void should_escape_troff_control_characters() {
        assertThat(ManPages.escape(".hidden")).isEqualTo("\\&.hidden");
        assertThat(ManPages.escape("'quote")).isEqualTo("\\&'quote");
        assertThat(ManPages.escape("a\\b-c")).isEqualTo("a\\eb\\-c");
    }

    @Test
    void should_render_without_warnings_in_groff(@TempDir Path dir) throws Exception {
        assumeTrue(ShellHarness.installed("groff"), "groff is not installed");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = Files.writeString(dir.resolve(page.getKey()), page.getValue());
            Path err = dir.resolve(page.getKey() + ".err");
            Process p = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", file.toString())
                    .redirectError(err.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(err, StandardCharsets.UTF_8))
                    .as(page.getKey())
                    .isEmpty();
            assertThat(p.exitValue()).isZero();
        }
    }
}
