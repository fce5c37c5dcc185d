package dev.fbcli.cli.auth;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.config.AppPaths;
import dev.fbcli.cli.config.Config;
import dev.fbcli.freshbooks.model.BusinessContext;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a login is kept: the names of its secrets in the credential store ({@code freshbooks/<profile>},
 * {@code freshbooks-app/<profile>}), its settings in {@code config.json} (profile, OAuth app, the
 * chosen business), the variable CI sets ({@value #TOKEN_ENV}), and the lock that serialises
 * refreshes. {@link Login} opens the login of a run from these.
 */
public final class Credentials {

    /** The environment variable that supplies an access token for CI. */
    public static final String TOKEN_ENV = "FRESHBOOKS_TOKEN";
    /** {@code config.json}: the profile whose login is used (default {@value #DEFAULT_PROFILE}). */
    public static final String PROFILE_KEY = "profile";

    public static final String DEFAULT_PROFILE = "default";
    /** {@code config.json}: the OAuth app's client id (not a secret). */
    public static final String CLIENT_ID_KEY = "oauth.client_id";
    /** {@code config.json}: the OAuth app's redirect URI, sent again on every refresh. */
    public static final String REDIRECT_URI_KEY = "oauth.redirect_uri";
    /** The redirect URI when none is given: nothing needs to listen there (docs/freshbooks-api.md, OAuth). */
    public static final String DEFAULT_REDIRECT_URI = "https://localhost/callback";
    /** {@code config.json}: the chosen business ({@code business.id} of {@code /users/me}). */
    public static final String BUSINESS_ID_KEY = "business_id";
    /** {@code config.json}: the chosen business' account id, remembered to skip a {@code /users/me}. */
    public static final String BUSINESS_ACCOUNT_KEY = "business_account_id";
    /** {@code config.json}: the chosen business' uuid, remembered with the account id. */
    public static final String BUSINESS_UUID_KEY = "business_uuid";

    private Credentials() {}

    /** The profile {@code config} points at. */
    public static String profile(Config config) {
        return config.get(PROFILE_KEY, DEFAULT_PROFILE);
    }

    /** The credential-store key of a profile's token set. */
    public static String tokenKey(String profile) {
        return "freshbooks/" + profile;
    }

    /** The credential-store key of the OAuth app's client secret. */
    public static String appSecretKey(String profile) {
        return "freshbooks-app/" + profile;
    }

    /** The lock that serialises refreshes of a profile's tokens across {@code fb} processes. */
    public static Path refreshLock(AppPaths paths, String profile) {
        return paths.state().resolve("refresh-" + profile + ".lock");
    }

    /**
     * The business {@code config.json} chose, complete enough to skip {@code /users/me}: only when
     * its id comes from the file (not an {@code FB_BUSINESS_ID} override) together with the
     * account id and uuid {@code fb auth login}/{@code switch} remembered.
     */
    public static Optional<BusinessContext> rememberedBusiness(Config config) {
        String id = config.fileValues().get(BUSINESS_ID_KEY);
        String effective = config.get(BUSINESS_ID_KEY).orElse(null);
        String account = config.fileValues().get(BUSINESS_ACCOUNT_KEY);
        String uuid = config.fileValues().get(BUSINESS_UUID_KEY);
        if (id == null
                || !id.strip().equals(effective)
                || account == null
                || account.isBlank()
                || uuid == null
                || uuid.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new BusinessContext(businessId(id), uuid, account, null, null));
    }

    /** The configured business id, if any. */
    public static Optional<Long> configuredBusinessId(Config config) {
        return config.get(BUSINESS_ID_KEY).map(Credentials::businessId);
    }

    private static long businessId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new CliException.Usage(
                    BUSINESS_ID_KEY + " in config.json is not a number: " + id,
                    "run `fb auth switch` to choose the business again");
        }
    }
}
