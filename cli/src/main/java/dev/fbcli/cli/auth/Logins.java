package dev.fbcli.cli.auth;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.config.ConfigLoader;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.session.Session;
import dev.fbcli.completions.NameCache;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.Identity;
import dev.fbcli.freshbooks.resource.Identities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the {@code fb auth} commands share: the identity check, the business choice, config writes. */
public final class Logins {
    private Logins() {}

    /** {@code --dry-run} makes no sense for a command that only changes the local login. */
    public static void refuseDryRun(AppContext ctx, String verb) {
        if (ctx.options().dryRun) {
            throw new CliException.Usage(
                    "`fb auth " + verb + "` has no dry run: it changes only your login on this machine",
                    "run it without --dry-run");
        }
    }

    public static void refuseSandbox(AppContext ctx, String verb) {
        if (ctx.options().sandbox) {
            throw new CliException.Usage(
                    "the sandbox (--sandbox) needs no login, so `fb auth " + verb + "` does not apply to it",
                    "run it without --sandbox to work with your FreshBooks login");
        }
    }

    /** {@code GET /users/me} with {@code tokens}: who the token belongs to, and their businesses. */
    public static Identity identity(AppContext ctx, TokenProvider tokens) {
        try (FreshBooksClient client = ApiClients.clientBuilder(ctx, tokens).build()) {
            return Account.call(() -> client.identity().me());
        }
    }

    /** Every business of {@code me}, with the ids each API family needs. */
    public static List<BusinessContext> businesses(Identity me) {
        return Identities.businessesOf(me);
    }

    /**
     * The business to work in: {@code wanted} (from {@code --business}) when given, the only one,
     * a numbered choice at a terminal, else (when {@code allowDefault}) the only one owned.
     */
    public static BusinessContext choose(
            AppContext ctx, List<BusinessContext> all, Long wanted, Long current, boolean allowDefault) {
        if (all.isEmpty()) {
            throw new CliException.Failure(
                    "this FreshBooks login belongs to no business",
                    "create a business in FreshBooks, or ask its owner to invite you",
                    null);
        }
        if (wanted != null) {
            return all.stream()
                    .filter(b -> b.businessId() == wanted)
                    .findFirst()
                    .orElseThrow(() -> new CliException.Usage(
                            "business " + wanted + " is not one of this login's: " + list(all),
                            "pass one of those ids to --business"));
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        if (ctx.canPrompt()) {
            Prompter p = ctx.session().prompter();
            List<String> labels = new ArrayList<>();
            for (BusinessContext b : all) {
                labels.add(label(b) + (current != null && current == b.businessId() ? "  (current)" : ""));
            }
            return all.get(p.choose("Which business do you want to work in?", labels));
        }
        if (allowDefault) {
            List<BusinessContext> owned =
                    all.stream().filter(b -> "owner".equals(b.role())).toList();
            if (owned.size() == 1) {
                return owned.get(0);
            }
        }
        throw new CliException.Usage(
                "this login belongs to several businesses: " + list(all), "choose one with --business <id>");
    }

    /**
     * Remembers {@code b} in {@code config.json} (its id, account id and uuid) and, when it is not
     * the business the name cache was built for, drops that cache.
     */
    public static void remember(AppContext ctx, BusinessContext b, String profile) {
        String before = ConfigLoader.readFile(ctx.paths().configFile()).get(Credentials.BUSINESS_ID_KEY);
        set(ctx, Credentials.BUSINESS_ID_KEY, Long.toString(b.businessId()));
        set(ctx, Credentials.BUSINESS_ACCOUNT_KEY, b.accountId());
        set(ctx, Credentials.BUSINESS_UUID_KEY, b.businessUuid());
        if (!Objects.equals(before, Long.toString(b.businessId()))) {
            Path names = ctx.paths().cache().resolve(profile).resolve(NameCache.FILE);
            try {
                Files.deleteIfExists(names);
            } catch (IOException e) {
                ctx.err()
                        .println("warning: could not remove the names of the previous business (" + names
                                + "); run `fb sync`");
            }
        }
    }

    /** Sets (or with null, removes) one key of {@code config.json}. */
    static void set(AppContext ctx, String key, String value) {
        Path file = ctx.paths().configFile();
        try {
            ConfigLoader.set(file, key, value);
        } catch (IOException e) {
            throw new CliException.Failure("cannot write " + file + ": " + e.getMessage(), null, e);
        }
    }

    /**
     * Starts a new session after the login changed, so the next command (in the shell too) reads
     * the new config and login; the prompter (the shell's own, when it set one) and the line
     * runner carry over. The parser is not carried: the new session makes it again from the
     * settings (asking the old one for it could build an LLM parser for nothing).
     */
    public static void reopenSession(AppContext ctx) {
        Session old = ctx.session();
        Prompter prompter = old.prompter();
        Session.LineRunner runner = old.lineRunner();
        ctx.closeSession();
        Session fresh = ctx.session();
        fresh.usePrompter(prompter);
        fresh.useLineRunner(runner);
    }

    /** {@code Riley Morgan <riley@northwind.example>}. */
    static String who(Identity me) {
        String name = ((me.firstName() == null ? "" : me.firstName()) + " "
                        + (me.lastName() == null ? "" : me.lastName()))
                .strip();
        String email = me.email() == null || me.email().isBlank() ? "" : "<" + me.email() + ">";
        String s = (name + " " + email).strip();
        return s.isEmpty() ? "identity " + me.identityId() : s;
    }

    /** {@code Northwind Studio (id 770001, owner)}. */
    public static String label(BusinessContext b) {
        return (b.name() == null ? "business" : b.name()) + " (id " + b.businessId()
                + (b.role() == null ? "" : ", " + b.role()) + ")";
    }

    public static String list(List<BusinessContext> all) {
        return all.stream().map(Logins::label).collect(Collectors.joining(", "));
    }
}
