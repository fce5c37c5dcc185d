package dev.fbcli.cli.resolve;

/** A project or a client, as a time entry or an expense is "on" it; a project brings its client along. */
public record Target(Candidate project, Candidate client) {
    /** "Website Redesign (Acme Corp)", or the one name there is. */
    public String label() {
        if (project != null && client != null) {
            return project.name() + " (" + client.name() + ")";
        }
        return project != null ? project.name() : client.name();
    }
}
