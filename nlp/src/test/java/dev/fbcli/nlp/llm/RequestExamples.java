package dev.fbcli.nlp.llm;

import dev.fbcli.nlp.llm.FakeProviderServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes the exact request body each provider's client sends for one phrase, as captured by
 * {@link FakeProviderServer}: docs/llm.md quotes them. Run with
 * {@code java -cp <test classpath> dev.fbcli.nlp.llm.RequestExamples <dir>}.
 */
public final class RequestExamples {
    private RequestExamples() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/llm-requests");
        Files.createDirectories(dir);
        String phrase = "spent a couple of hours on Acme design stuff yesterday";
        for (LlmProvider p : new LlmProvider[] {LlmProvider.OPENAI, LlmProvider.ANTHROPIC, LlmProvider.GEMINI}) {
            try (FakeProviderServer server = new FakeProviderServer()) {
                String frame = "{\"intent\":\"time.log\",\"duration\":\"a couple of hours\",\"target\":\"Acme\"}";
                server.reply(Reply.json(
                        switch (p) {
                            case ANTHROPIC -> FakeProviderServer.anthropicToolUse("record_frame", frame);
                            case GEMINI -> FakeProviderServer.geminiText(frame);
                            default -> FakeProviderServer.openAiCompletion(frame);
                        }));
                String base = server.url(p == LlmProvider.GEMINI ? "/v1beta" : "/v1");
                LlmConfig c = new LlmConfig(p, null, base, Duration.ofSeconds(10), null, "KEY");
                LlmTestSupport.parser(c, LlmTestSupport.NAMES, new java.util.ArrayList<>(), new java.util.ArrayList<>())
                        .parse(phrase, LlmTestSupport.CTX);
                FakeProviderServer.Request r = server.only();
                String pretty =
                        FakeProviderServer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.json());
                Files.writeString(dir.resolve(p.id() + ".json"), "POST " + r.path() + "\n" + pretty + "\n");
            }
        }
    }
}
