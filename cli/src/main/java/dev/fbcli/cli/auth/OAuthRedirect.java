package dev.fbcli.cli.auth;

import dev.fbcli.cli.CliException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two ends of the browser step of the authorization-code flow (docs/freshbooks-api.md, OAuth): a random
 * {@code state} for the authorize URL, and what the user pastes back, the address the browser was
 * sent to ({@code https://localhost/callback?code=...&state=...}) or the code alone. Pure.
 */
public final class OAuthRedirect {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern BARE_CODE = Pattern.compile("[A-Za-z0-9\\-._~+/=]{8,2048}");

    private OAuthRedirect() {}

    /** 192 random bits, base64url: unguessable, and safe in a URL. */
    static String newState() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * The authorization code in what the user pasted. An address must carry {@code state} equal to
     * {@code expectedState}; a bare code is taken as it is (there is nothing to check it against:
     * the user copied it from their own browser). FreshBooks' {@code error} answer becomes
     * {@link CliException.Cancelled} for {@code access_denied}, {@link CliException.AuthRequired}
     * otherwise. Messages never repeat the code.
     */
    static String code(String pasted, String expectedState) {
        String s = pasted == null ? "" : pasted.strip();
        if (s.isEmpty()) {
            throw new CliException.Usage(
                    "nothing was pasted",
                    "paste the whole address your browser landed on (it contains code=...), or just the code");
        }
        boolean address = s.contains("://") || s.startsWith("?") || s.contains("code=") || s.contains("error=");
        if (!address) {
            if (!BARE_CODE.matcher(s).matches()) {
                throw new CliException.Usage(
                        "that is neither the address your browser landed on nor a code",
                        "paste the whole address from the browser's address bar (it contains code=...)");
            }
            return s;
        }
        Map<String, String> q = query(s);
        String error = q.get("error");
        if (error != null) {
            String why = q.getOrDefault("error_description", "");
            String what = "FreshBooks did not authorize fb: " + error + (why.isBlank() ? "" : " (" + why + ")");
            if (error.equals("access_denied")) {
                throw new CliException.Cancelled(what);
            }
            throw new CliException.AuthRequired(what, "run `fb auth login` again", null);
        }
        String code = q.get("code");
        if (code == null || code.isBlank()) {
            throw new CliException.Usage(
                    "the address has no code=... in it",
                    "paste the address your browser landed on after you allowed access, as it is");
        }
        String state = q.get("state");
        if (state == null) {
            throw new CliException.AuthRequired(
                    "the address has no state=..., so fb cannot tell that it answers this login; nothing was stored",
                    "paste the whole address, or run `fb auth login` again",
                    null);
        }
        if (!MessageDigest.isEqual(
                state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8))) {
            throw new CliException.AuthRequired(
                    "the address answers another login attempt (its state does not match this one); nothing was stored",
                    "use the address printed by this `fb auth login`, or run it again",
                    null);
        }
        return code;
    }

    /** The query parameters of an address (the part after {@code ?}, without a {@code #fragment}). */
    public static Map<String, String> query(String address) {
        String s = address;
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int q = s.indexOf('?');
        String query = q >= 0 ? s.substring(q + 1) : s;
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(
                        URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new CliException.Usage(
                        "the pasted address is not a valid URL (a broken %-escape)",
                        "copy it again from the browser's address bar");
            }
        }
        return out;
    }
}
