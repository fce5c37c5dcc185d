package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.nlp.intent.IntentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of {@code nlp/corpus/}: the generated splits hold whole templates (none in two
 * splits), cover every intent, and are exactly what {@code generate.py} writes; every corpus file is
 * scored by some set of the ratchet.
 */
class CorpusSplitTest {
    private static final List<String> SPLITS = List.of("train", "dev", "test");

    @Test
    void should_hold_each_template_in_one_split_only_when_the_corpus_is_generated() {
        Map<String, String> splitOf = new HashMap<>();
        int total = 0;
        for (String split : SPLITS) {
            for (CorpusSets.Row row : CorpusSets.load("generated/" + split + ".jsonl")) {
                total++;
                String before = splitOf.putIfAbsent(row.template(), split);
                assertThat(before == null || before.equals(split))
                        .as("template " + row.template() + " is in " + before + " and " + split)
                        .isTrue();
            }
        }
        assertThat(total).as("generated phrases").isGreaterThanOrEqualTo(3000);
        long test = splitOf.values().stream().filter("test"::equals).count();
        assertThat(test).as("templates held out for test").isGreaterThanOrEqualTo(splitOf.size() / 6);
    }

    @Test
    void should_cover_every_intent_in_every_split_when_the_corpus_is_generated() {
        Set<String> all =
                Arrays.stream(IntentType.values()).map(IntentType::wire).collect(Collectors.toSet());
        for (String split : SPLITS) {
            Set<String> seen = CorpusSets.load("generated/" + split + ".jsonl").stream()
                    .map(r -> r.c().intent())
                    .collect(Collectors.toSet());
            assertThat(seen).as(split).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void should_label_every_slot_of_every_intent_when_the_corpus_is_generated() {
        Map<String, Set<String>> labelled = new HashMap<>();
        for (String split : SPLITS) {
            for (CorpusSets.Row row : CorpusSets.load("generated/" + split + ".jsonl")) {
                labelled.computeIfAbsent(row.c().intent(), k -> new java.util.HashSet<>())
                        .addAll(row.c().slots().keySet());
            }
        }
        List<String> never = Arrays.stream(IntentType.values())
                .flatMap(t -> t.slots().keySet().stream()
                        .filter(slot ->
                                !labelled.getOrDefault(t.wire(), Set.of()).contains(slot))
                        .map(slot -> t.wire() + "." + slot))
                .toList();
        assertThat(never)
                .as("slots no template of nlp/corpus/generate.py labels (add templates and regenerate)")
                .isEmpty();
    }

    @Test
    void should_score_every_corpus_file_when_the_ratchet_is_read() throws IOException {
        Set<String> scored =
                CorpusSets.ratchet().stream().flatMap(s -> s.files().stream()).collect(Collectors.toSet());
        Path dir = CorpusSets.dir();
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> corpus = files.filter(p -> p.toString().endsWith(".jsonl"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .toList();
            assertThat(scored).as("sets of ratchet.properties").containsAll(corpus);
            assertThat(corpus).as("files named in ratchet.properties").containsAll(scored);
        }
    }

    @Test
    void should_write_the_committed_files_byte_for_byte_when_the_generator_runs_again() throws Exception {
        assumeTrue(python3(), "python3 is not on the PATH: the generator check reports itself skipped");
        Path script = CorpusSets.dir().resolve("generate.py");
        Process p = new ProcessBuilder("python3", script.toString(), "--check")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("generator finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("checked:");
    }

    private static boolean python3() {
        try {
            Process p = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
