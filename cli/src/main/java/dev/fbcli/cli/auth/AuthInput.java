package dev.fbcli.cli.auth;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code fb auth login} reads what it needs: at a terminal, the {@link
 * dev.fbcli.cli.prompt.Prompter} (secrets at a hidden prompt); otherwise one line of standard input
 * each, in the order asked ({@code echo "$TOKEN" | fb auth login --with-token}). Never from the
 * command line, where a secret would land in the shell history and in {@code ps}.
 */
final class AuthInput {
    private final AppContext ctx;
    private BufferedReader stdin;

    AuthInput(AppContext ctx) {
        this.ctx = ctx;
    }

    /** A secret: a hidden prompt at a terminal, else the next line of standard input. */
    String secret(String what) {
        if (ctx.canPrompt()) {
            return ctx.session().prompter().askSecret(capitalised(what));
        }
        return line(what);
    }

    /** A line of text: a prompt at a terminal, else the next line of standard input. */
    String text(String what) {
        if (ctx.canPrompt()) {
            return ctx.session().prompter().ask(capitalised(what), null);
        }
        return line(what);
    }

    private String line(String what) {
        if (ctx.interactive()) {
            throw new CliException.Usage(
                    what + " is needed, and --no-input forbids asking for it", "pipe it on standard input instead");
        }
        if (stdin == null) {
            stdin = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8));
        }
        try {
            String l = stdin.readLine();
            if (l == null) {
                throw new CliException.Usage(
                        "standard input ended before " + what + " was given",
                        "give one per line on standard input, or run fb at a terminal to be asked");
            }
            return l;
        } catch (IOException e) {
            throw new CliException.Failure("cannot read standard input: " + e.getMessage(), null, e);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
