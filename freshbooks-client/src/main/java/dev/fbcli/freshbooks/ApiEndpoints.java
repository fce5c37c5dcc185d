package dev.fbcli.freshbooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The host rule: the bearer token (and the OAuth client secret) are only ever sent over HTTPS to
 * {@code api.freshbooks.com} or another {@code *.freshbooks.com} host, or to a loopback address
 * ({@code 127.0.0.1}, {@code ::1}, {@code localhost}, http or https) when the caller explicitly allows
 * it (the embedded sandbox). Everything else is refused before any request is made.
 */
public final class ApiEndpoints {
    /** Production API host. */
    public static final URI DEFAULT_API_BASE = URI.create("https://api.freshbooks.com");
    /** Production browser-authorization host. */
    public static final URI DEFAULT_AUTH_BASE = URI.create("https://auth.freshbooks.com");
    /** Environment variable the official SDKs honour to point at another API host. */
    public static final String API_URL_ENV = "FRESHBOOKS_API_URL";
    /** Environment variable for the authorization host. */
    public static final String AUTH_URL_ENV = "FRESHBOOKS_AUTH_URL";

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

    private ApiEndpoints() {}

    /**
     * Checks a base URL against the host rule and returns it normalised (no trailing slash).
     *
     * @throws ConfigurationException naming the URL and the rule when it is refused
     */
    public static URI requireSafe(String baseUrl, boolean allowLoopback) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new ConfigurationException("FreshBooks base URL is empty");
        }
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            throw new ConfigurationException("FreshBooks base URL is not a valid URL: " + safeEcho(baseUrl));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || host.isEmpty()) {
            throw new ConfigurationException(
                    "FreshBooks base URL must be an absolute URL such as https://api.freshbooks.com, got "
                            + safeEcho(baseUrl));
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigurationException(
                    "FreshBooks base URL must not contain user info, a query or a fragment: " + safeEcho(baseUrl));
        }
        boolean loopback = LOOPBACK.contains(host);
        if (loopback) {
            if (!allowLoopback) {
                throw new ConfigurationException("refusing to send the FreshBooks token to " + safeEcho(baseUrl)
                        + ": loopback addresses are only allowed for the local sandbox, which was not enabled");
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ConfigurationException("unsupported scheme in " + safeEcho(baseUrl));
            }
        } else {
            boolean freshbooksHost = host.equals("freshbooks.com") || host.endsWith(".freshbooks.com");
            if (!scheme.equals("https") || !freshbooksHost) {
                throw new ConfigurationException("refusing to send the FreshBooks token to " + safeEcho(baseUrl)
                        + ": it is only sent over https to api.freshbooks.com or another *.freshbooks.com host"
                        + (allowLoopback ? " (or to the local sandbox on 127.0.0.1/::1/localhost)" : ""));
            }
        }
        String s = uri.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return URI.create(s);
    }

    /**
     * The API base URL from {@code FRESHBOOKS_API_URL} in {@code env}, or {@link #DEFAULT_API_BASE}
     * when unset or blank; either way checked with {@link #requireSafe(String, boolean)}.
     */
    public static URI apiBaseFromEnv(Map<String, String> env, boolean allowLoopback) {
        String v = env.get(API_URL_ENV);
        return v == null || v.isBlank() ? DEFAULT_API_BASE : requireSafe(v, allowLoopback);
    }

    /** Like {@link #apiBaseFromEnv} for {@code FRESHBOOKS_AUTH_URL} / {@link #DEFAULT_AUTH_BASE}. */
    public static URI authBaseFromEnv(Map<String, String> env, boolean allowLoopback) {
        String v = env.get(AUTH_URL_ENV);
        return v == null || v.isBlank() ? DEFAULT_AUTH_BASE : requireSafe(v, allowLoopback);
    }

    private static String safeEcho(String url) {
        // A URL the user typed could carry credentials in user-info; never echo them.
        String s = url.trim().replaceAll("//[^/@]*@", "//***@");
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
