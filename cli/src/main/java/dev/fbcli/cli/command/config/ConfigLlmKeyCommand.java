package dev.fbcli.cli.command.config;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStores;
import dev.fbcli.cli.llm.LlmSettings;
import dev.fbcli.nlp.llm.LlmProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fb config llm-key <provider> [--delete]}: stores an LLM provider's API key in the
 * credential store (the keychain, or the 0600 file), read from a hidden prompt or from standard
 * input, never from a flag (it would land in shell history and {@code ps}). Never printed.
 */
@Command(
        name = "llm-key",
        description = "Store an LLM provider's API key in the keychain (read from a hidden prompt or stdin).",
        usageHelpAutoWidth = true,
        footer = {
            "",
            "  printf '%s' \"$KEY\" | fb config llm-key openai",
            "",
            "What is sent to the provider, and how to turn it off: docs/llm.md."
        })
public final class ConfigLlmKeyCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(paramLabel = "<provider>", description = "openai, ollama, anthropic or gemini.")
    String provider;

    @Option(names = "--delete", description = "Remove the stored key instead.")
    boolean delete;

    ConfigLlmKeyCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        LlmProvider p = LlmProvider.fromId(provider);
        if (p == null) {
            throw new CliException.Usage(
                    "'" + provider + "' is not an LLM provider", "use one of " + LlmProvider.names());
        }
        String key = LlmSettings.keyName(p);
        try (CredentialStore store = CredentialStores.open(ctx.env(), ctx.paths())) {
            if (delete) {
                store.delete(key);
                ctx.err().println("Removed the " + p.id() + " API key from " + store.describe() + ".");
                return 0;
            }
            String secret = ctx.interactive() ? ctx.session().prompter().askSecret(p.id() + " API key") : firstLine();
            if (secret == null || secret.isBlank()) {
                throw new CliException.Usage(
                        "no key given: nothing was stored", "type or pipe the key on standard input");
            }
            store.put(key, secret.strip());
            ctx.err().println("Stored the " + p.id() + " API key in " + store.describe() + ".");
            ctx.err().flush();
        }
        return 0;
    }

    /** The key piped on standard input: its first line. */
    private String firstLine() {
        try {
            String all = new String(ctx.in().readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return all.lines().findFirst().orElse("");
        } catch (java.io.IOException e) {
            throw new CliException.Failure("could not read the key from standard input", null, e);
        }
    }
}
