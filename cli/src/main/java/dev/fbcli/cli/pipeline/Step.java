package dev.fbcli.cli.pipeline;

/**
 * What an intent becomes once its names are resolved: a {@link View} (a read, shown at once) or a
 * {@link Plan} (a write, shown as a card and confirmed before it runs). Sealed, so the pipeline
 * handles both and nothing else.
 */
public sealed interface Step permits View, Plan {}
