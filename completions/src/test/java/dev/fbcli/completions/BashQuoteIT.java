package dev.fbcli.completions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BashQuote} against the real bash's {@code printf '%q\n'}, byte for byte. */
class BashQuoteIT {
    @TempDir
    Path tmp;

    /** Names a shell reads specially, every pair of printable ASCII characters, and more. */
    private static List<String> nasty() {
        List<String> names = new ArrayList<>(List.of(
                "O'Brien & Sons",
                "Say \"Hi\" Ltd",
                "$Money Co",
                "$(echo hi) Co",
                "`tick` Co",
                "Back\\slash",
                "Star* Co?",
                "[Brackets] Inc",
                "Bang! Ltd",
                "~Tilde Co",
                "a~b",
                "x=~y",
                "x:~y",
                "~/x",
                "#Hash Co",
                "No #hash",
                "Tab\tCo",
                "Line\nFeed",
                "CR\rLtd",
                "Esc\u001b[0m",
                "Del\u007f",
                "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000b\f\u000e\u001f",
                "'quoted\\' \u0001",
                "Café Crème",
                "Łódź Sp. z o.o.",
                "Ærø Ørsted Åse",
                "Straße & Söhne",
                "Ÿves ǅ ɏ",
                "ÉCOLE",
                "Dvořák*",
                "~Über",
                " leading space",
                "trailing space ",
                "  ",
                "-dash",
                "--double",
                "a,b;c|d&e(f)g<h>i{j}k^l",
                "100% Co",
                "a=b",
                "@at+plus/slash.dot_under-score:colon"));
        for (char a = 0x20; a < 0x7f; a++) {
            for (char b = 0x20; b < 0x7f; b++) {
                names.add("" + a + b);
                names.add("" + a + '~' + b);
            }
        }
        for (char c = 0xc0; c <= 0x24f; c++) {
            if (Character.isLetter(c)) {
                names.add(c + "x");
                names.add("x" + c + "~");
            }
        }
        for (char c = 1; c < 0x20; c++) {
            names.add("a" + c + "b ~#");
        }
        names.addAll(BashQuote.probes());
        return names;
    }

    @Test
    void should_quote_every_name_as_bash_printf_q_does_in_a_utf8_locale() throws Exception {
        // given
        List<String> names = nasty();
        for (String n : names) {
            assertThat(BashQuote.quote(n)).as(n).isNotNull();
        }

        // when
        List<String> bash = printfQ(names, "C.UTF-8");

        // then: one line each, equal byte for byte
        assertThat(bash).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            assertThat(BashQuote.quote(names.get(i))).as(names.get(i)).isEqualTo(bash.get(i));
        }
    }

    @Test
    void should_refuse_what_it_cannot_be_sure_of() {
        assertThat(BashQuote.quote("Sun \u2600 Ltd")).as("a symbol").isNull();
        assertThat(BashQuote.quote("東京")).as("letters outside Latin").isNull();
        assertThat(BashQuote.quote("Smile \ud83d\ude00")).as("outside the BMP").isNull();
        assertThat(BashQuote.quote("Caf\u00e9\u0001"))
                .as("a control character and a letter outside ASCII")
                .isNull();
        assertThat(BashQuote.quote("e\u0301")).as("a combining accent").isNull();
        assertThat(BashQuote.quote("a\u00a0b")).as("a no-break space").isNull();
        assertThat(BashQuote.quote("nul\u0000")).isNull();
        assertThat(BashQuote.quote("")).isEqualTo("''");
    }

    @Test
    void should_be_told_apart_by_the_probe_where_bash_quotes_otherwise() throws Exception {
        // given: the C locale, where bash writes letters outside ASCII as $'\303\251'
        List<String> probes = BashQuote.probes();
        List<String> want = probes.stream().map(BashQuote::quote).toList();

        // when / then
        assertThat(printfQ(probes, "C.UTF-8")).isEqualTo(want);
        assertThat(printfQ(probes, "C")).isNotEqualTo(want);
    }

    /** What bash's {@code printf '%q\n'} writes for the names, one line each, under LC_ALL=locale. */
    private List<String> printfQ(List<String> names, String locale) throws IOException, InterruptedException {
        Path in = tmp.resolve("names");
        Files.writeString(in, String.join("\0", names) + "\0", StandardCharsets.UTF_8);
        Path out = tmp.resolve("quoted");
        ProcessBuilder pb = new ProcessBuilder(
                        "bash",
                        "--norc",
                        "--noprofile",
                        "-c",
                        "mapfile -d '' -t a < \"$1\"; printf '%q\\n' \"${a[@]}\"",
                        "bash",
                        in.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("LC_ALL", locale);
        Process p = pb.start();
        // a guard against a hung shell, not a speed check
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
}
