package dev.fbcli.cli.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStoreException;
import dev.fbcli.cli.auth.store.CredentialStores;
import dev.fbcli.cli.config.Config;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.Identity;
import dev.fbcli.freshbooks.resource.Identities;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code fb auth status}: the login this run would use (and where it comes from), checked with
 * FreshBooks. What is known locally is printed even when FreshBooks cannot be reached.
 */
public final class AuthStatus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AppContext ctx;
    private final PrintWriter out;

    public AuthStatus(AppContext ctx) {
        this.ctx = ctx;
        this.out = ctx.out();
    }

    /** The business id {@code config.json} (or {@code FB_BUSINESS_ID}) chose, if any and valid. */
    public static Long currentBusinessId(Config config) {
        try {
            return config.get(Credentials.BUSINESS_ID_KEY)
                    .map(s -> Long.parseLong(s.strip()))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public int run() {
        if (ctx.options().sandbox) {
            if (ctx.options().json) {
                ObjectNode o = JSON.createObjectNode();
                o.put("logged_in", false);
                o.put("sandbox", true);
                o.put("business", "Northwind Studio");
                o.put("note", "the sandbox needs no login: it works on the demo account");
                out.println(o.toPrettyString());
            } else {
                out.println("The sandbox (--sandbox) needs no login: it works on the demo account (Northwind Studio).");
            }
            out.flush();
            return 0;
        }
        Config config = ctx.session().config();
        String profile = Credentials.profile(config);
        Login login;
        try {
            login = Login.open(ctx, config);
        } catch (CliException.AuthRequired e) {
            // the report is the answer: it says "not logged in" once, with why and what to do
            notLoggedIn(profile, e);
            return e.exitCode().code();
        }
        try (login) {
            Identity me;
            try {
                me = Logins.identity(ctx, login.provider());
            } catch (CliException e) {
                print(login, config, null, tokens(login));
                throw e;
            }
            print(login, config, me, tokens(login));
            return 0;
        }
    }

    /** The token set as it is now: from the store (after a refresh, the new one), or read from FRESHBOOKS_TOKEN. */
    private TokenSet tokens(Login login) {
        if (login.source() == Login.Source.ENVIRONMENT) {
            return TokenSets.pasted(ctx.env(Credentials.TOKEN_ENV).strip());
        }
        try {
            return login.storedNow().orElse(login.stored().orElse(null));
        } catch (RuntimeException e) {
            return login.stored().orElse(null);
        }
    }

    private void print(Login login, Config config, Identity me, TokenSet t) {
        List<BusinessContext> all = me == null ? List.of() : Logins.businesses(me);
        Long configured = currentBusinessId(config);
        BusinessContext current = current(all, configured);
        String source = login.source() == Login.Source.ENVIRONMENT
                ? Credentials.TOKEN_ENV + " (the environment; never stored, never renewed)"
                : "the credential store: "
                        + login.store().map(CredentialStore::describe).orElse("?");
        String clientId = config.get(Credentials.CLIENT_ID_KEY).orElse(null);
        if (ctx.options().json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("logged_in", me != null);
            o.put("profile", login.profile());
            o.put("source", login.source() == Login.Source.ENVIRONMENT ? Credentials.TOKEN_ENV : "store");
            o.put("store", login.store().map(CredentialStore::describe).orElse(null));
            if (me != null) {
                ObjectNode user = o.putObject("user");
                user.put("identity_id", me.identityId());
                user.put("name", Logins.who(me).replaceAll("\\s*<.*>$", ""));
                user.put("email", me.email());
            }
            if (current != null) {
                o.set("business", business(current));
            }
            ArrayNode list = o.putArray("businesses");
            all.forEach(b -> list.add(business(b)));
            ArrayNode scopes = o.putArray("scopes");
            if (t != null) {
                new java.util.TreeSet<>(t.scopes()).forEach(scopes::add);
            }
            o.put(
                    "expires_at",
                    t == null || t.expiresAt() == null ? null : t.expiresAt().toString());
            o.put("renewable", login.renewable());
            o.put("client_id", login.source() == Login.Source.STORE ? clientId : null);
            out.println(o.toPrettyString());
            out.flush();
            return;
        }
        out.println(
                me == null
                        ? "FreshBooks login (not checked: see the error below)"
                        : "Logged in to FreshBooks as " + dev.fbcli.cli.render.Safe.text(Logins.who(me)));
        if (!Credentials.DEFAULT_PROFILE.equals(login.profile())) {
            out.println("  profile:    " + login.profile());
        }
        if (me != null) {
            if (current != null) {
                out.println("  business:   " + dev.fbcli.cli.render.Safe.text(Logins.label(current)));
            } else if (configured != null) {
                out.println("  business:   " + configured
                        + " (from config.json) is not one of this login's; run `fb auth switch`");
            } else {
                out.println("  business:   not chosen; run `fb auth switch`");
            }
            List<BusinessContext> others = all.stream()
                    .filter(b -> current == null || b.businessId() != current.businessId())
                    .toList();
            if (!others.isEmpty()) {
                out.println("  also:       " + dev.fbcli.cli.render.Safe.text(Logins.list(others))
                        + "; `fb auth switch` to change");
            }
        }
        out.println("  scopes:     "
                + (t == null || t.scopes().isEmpty()
                        ? "unknown (the token does not list them)"
                        : String.join(" ", new java.util.TreeSet<>(t.scopes()))));
        out.println("  expires:    " + expiry(t, login.renewable()));
        out.println("  token from: " + source);
        if (login.source() == Login.Source.STORE && clientId != null && login.renewable()) {
            out.println("  app:        client id " + clientId + " (its secret is in the same store)");
        }
        if (login.source() == Login.Source.ENVIRONMENT) {
            out.println("  stored:     " + storedElsewhere(login.profile()));
        }
        out.flush();
    }

    private static BusinessContext current(List<BusinessContext> all, Long configured) {
        if (all.isEmpty()) {
            return null;
        }
        if (configured != null) {
            return all.stream()
                    .filter(b -> b.businessId() == configured)
                    .findFirst()
                    .orElse(null);
        }
        try {
            return Identities.pickDefault(all);
        } catch (FreshBooksException e) {
            return null; // several, none chosen
        }
    }

    private ObjectNode business(BusinessContext b) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", b.businessId());
        n.put("name", b.name());
        n.put("account_id", b.accountId());
        n.put("role", b.role());
        return n;
    }

    private String expiry(TokenSet t, boolean renewable) {
        if (t == null || t.expiresAt() == null) {
            return "unknown" + (renewable ? "; renewed automatically" : "");
        }
        Instant now = ctx.clock().instant();
        Duration left = Duration.between(now, t.expiresAt());
        String rel = left.isNegative() ? "expired " + span(left.negated()) + " ago" : "in " + span(left);
        return TokenSets.when(t.expiresAt(), ctx.clock()) + " (" + rel + ")"
                + (renewable ? "; renewed automatically" : "; not renewable: log in again then");
    }

    private static String span(Duration d) {
        long m = d.toMinutes();
        if (m < 1) {
            return "less than a minute";
        }
        if (m < 60) {
            return m + "m";
        }
        long h = m / 60;
        return h < 48 ? h + "h " + (m % 60) + "m" : (h / 24) + " days";
    }

    /** With FRESHBOOKS_TOKEN in use: is there a stored login too? Best effort, never fails. */
    private String storedElsewhere(String profile) {
        try (CredentialStore s = CredentialStores.open(ctx.env(), ctx.paths())) {
            return s.get(Credentials.tokenKey(profile)).isPresent()
                    ? "a login is also stored in " + s.describe() + " (used once " + Credentials.TOKEN_ENV
                            + " is unset)"
                    : "no login stored in " + s.describe();
        } catch (CredentialStoreException | CliException e) {
            return "the credential store cannot be read (" + e.getMessage() + ")";
        }
    }

    private void notLoggedIn(String profile, CliException.AuthRequired e) {
        String where;
        try (CredentialStore s = CredentialStores.open(ctx.env(), ctx.paths())) {
            where = s.describe();
        } catch (CredentialStoreException | CliException x) {
            where = x.getMessage();
        }
        if (ctx.options().json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("logged_in", false);
            o.put("profile", profile);
            o.putNull("source");
            o.put("store", where);
            o.put("reason", e.getMessage());
            o.put("hint", e.hint());
            out.println(o.toPrettyString());
        } else {
            out.println("Not logged in to FreshBooks"
                    + (Credentials.DEFAULT_PROFILE.equals(profile) ? "" : " (profile " + profile + ")"));
            out.println("  looked in:  " + where);
            out.println("  " + Credentials.TOKEN_ENV + ": not set");
            if (!e.getMessage().startsWith("you are not logged in")
                    && !e.getMessage().contains(where)) {
                out.println("  why:        " + e.getMessage());
            }
            if (e.hint() != null) {
                out.println("  next:       " + e.hint());
            }
        }
        out.flush();
    }

    static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
