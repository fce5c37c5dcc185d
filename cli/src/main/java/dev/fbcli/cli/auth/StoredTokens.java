package dev.fbcli.cli.auth;

import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStoreException;
import dev.fbcli.freshbooks.auth.TokenSet;
import dev.fbcli.freshbooks.auth.TokenStore;
import java.util.Optional;

/** The token set of a profile in the credential store, as the {@link TokenStore} the refresher uses. */
public final class StoredTokens implements TokenStore {
    private final CredentialStore store;
    private final String key;

    public StoredTokens(CredentialStore store, String key) {
        this.store = store;
        this.key = key;
    }

    @Override
    public Optional<TokenSet> load() {
        return store.get(key).map(TokenSets::parse);
    }

    @Override
    public void save(TokenSet tokens) {
        try {
            store.put(key, TokenSets.format(tokens));
        } catch (CredentialStoreException e) {
            throw new CredentialStoreException(
                    "FreshBooks renewed your login, but " + store.describe() + " could not keep it: " + e.getMessage(),
                    "the previous refresh token is used up: run `fb auth login` again",
                    e);
        }
    }

    @Override
    public String toString() {
        return "StoredTokens[" + key + " in " + store.describe() + "]";
    }
}
