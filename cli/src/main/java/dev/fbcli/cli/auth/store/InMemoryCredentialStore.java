package dev.fbcli.cli.auth.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keeps secrets in this process only: for tests and the embedded sandbox. Nothing is saved. */
public final class InMemoryCredentialStore implements CredentialStore {
    private final ConcurrentMap<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(secrets.get(CredentialKeys.requireValidKey(key)));
    }

    @Override
    public void put(String key, String secret) {
        CredentialKeys.requireValidKey(key);
        secrets.put(key, CredentialKeys.requireSecret(key, secret));
    }

    @Override
    public void delete(String key) {
        secrets.remove(CredentialKeys.requireValidKey(key));
    }

    @Override
    public String describe() {
        return "memory (nothing is saved when fb exits)";
    }

    @Override
    public String kind() {
        return MEMORY;
    }

    @Override
    public String toString() {
        return "InMemoryCredentialStore[" + secrets.size() + " keys]";
    }
}
