package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;

/** The check the phrase tables share: a frame's intent, and its slots as written in a table cell. */
final class FrameAssertions {
    private FrameAssertions() {}

    /**
     * Asserts {@code f} has {@code intent} and each slot of {@code slots} ({@code "key=value, key=value"},
     * a value may hold ", "; null or empty: no slot checked), each value compared as its text.
     */
    static void assertReadAs(Frame f, String intent, String slots) {
        assertThat(f.intent()).as(f.toJson()).isEqualTo(intent);
        if (slots == null || slots.isEmpty()) {
            return;
        }
        for (String kv : slots.split(", (?=[a-z_]+=)")) {
            String[] p = kv.split("=", 2);
            assertThat(String.valueOf(f.slots().get(p[0]))).as(f.toJson()).isEqualTo(p[1]);
        }
    }
}
