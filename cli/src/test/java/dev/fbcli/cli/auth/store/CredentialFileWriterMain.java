package dev.fbcli.cli.auth.store;

import java.nio.file.Path;

/** A separate process for FileCredentialStoreTest: stores N keys named {@code <prefix>/k<i>}. */
public final class CredentialFileWriterMain {
    private CredentialFileWriterMain() {}

    public static void main(String[] args) {
        FileCredentialStore store = new FileCredentialStore(Path.of(args[0]));
        String prefix = args[1];
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < n; i++) {
            store.put(prefix + "/k" + i, "secret-" + prefix + "-" + i);
        }
    }
}
