package dev.fbcli.freshbooks.http;

/** Told about each write that dry-run mode refused, before {@code DryRunException} is thrown. */
@FunctionalInterface
public interface DryRunListener {
    void wouldSend(ApiRequest request);

    DryRunListener NONE = r -> {};
}
