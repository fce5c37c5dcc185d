package dev.fbcli.sandbox;

/** Uploads family ({@code /uploads/...}, API.md §5.4). */
final class UploadsRouter {
    private UploadsRouter() {}

    static void register(Routes r) {
    }
}
