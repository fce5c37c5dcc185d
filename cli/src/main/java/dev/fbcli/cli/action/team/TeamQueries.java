package dev.fbcli.cli.action.team;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.pipeline.View;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.render.Json;
import dev.fbcli.cli.render.Table;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache.Kind;
import dev.fbcli.freshbooks.model.TeamMemberDto;
import java.util.List;

/** {@code fb team list}: the business' team members, with their email and role. */
public final class TeamQueries {
    private final Account account;
    private final Names names;

    public TeamQueries(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public View list() {
        Table t = new Table("NAME", "EMAIL", "ROLE");
        ObjectNode doc = Json.MAPPER.createObjectNode();
        ArrayNode rows = doc.putArray("team");
        List<TeamMemberDto> all =
                Account.call(() -> account.client().teamMembers().list(true).toList());
        // the whole team, as a refresh reads it: the name cache gets it for free
        names.listed(Kind.TEAM_MEMBER, all.stream().map(Names::entry).toList());
        for (TeamMemberDto m : all) {
            String name = ((m.firstName() == null ? "" : m.firstName()) + " "
                            + (m.lastName() == null ? "" : m.lastName()))
                    .strip();
            t.row(name, m.email() == null ? "" : m.email(), m.businessRoleName() == null ? "" : m.businessRoleName());
            rows.addObject()
                    .put("uuid", m.uuid())
                    .put("name", name)
                    .put("email", m.email())
                    .put("role", m.businessRoleName());
        }
        return new View(
                t, doc, List.of(), "No team members.", Cmd.of("team", "list").toString());
    }
}
