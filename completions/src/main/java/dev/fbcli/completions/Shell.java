package dev.fbcli.completions;

/**
 * The shells {@code fb} writes completion scripts for. The constant names are what
 * {@code fb completion <shell>} takes (and completes).
 */
public enum Shell {
    bash,
    zsh,
    fish;

    /** The completion script for this shell, for the command tree in {@code model}. */
    public String script(CompletionModel model) {
        switch (this) {
            case bash:
                return ShellScripts.bash(model);
            case zsh:
                return ShellScripts.zsh(model);
            case fish:
                return ShellScripts.fish(model);
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * The file name the script is installed under, in the directory the shell loads completions
     * from ({@code share/bash-completion/completions/fb}, {@code share/zsh/site-functions/_fb},
     * {@code share/fish/vendor_completions.d/fb.fish}).
     */
    public String fileName(String command) {
        switch (this) {
            case bash:
                return command;
            case zsh:
                return "_" + command;
            case fish:
                return command + ".fish";
            default:
                throw new AssertionError(this);
        }
    }
}
