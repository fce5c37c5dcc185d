package dev.fbcli.freshbooks;

/**
 * The client was configured in a way it refuses to run with: an unsafe base URL (the bearer token
 * would leave FreshBooks' HTTPS hosts), no business chosen when several exist, no account id, ...
 */
public final class ConfigurationException extends FreshBooksException {
    public ConfigurationException(String message) {
        super(message);
    }
}
