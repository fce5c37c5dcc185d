package dev.fbcli.cli.resolve;

import dev.fbcli.cli.session.Account;
import dev.fbcli.completions.NameCache;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.freshbooks.model.ExpenseCategoryDto;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.ServiceDto;
import dev.fbcli.freshbooks.model.TeamMemberDto;
import java.time.Instant;

/**
 * Reads every name of the account from FreshBooks into a {@link NameCache}: active clients, projects
 * (with their client and whether they are active), services (with whether they are billable),
 * expense categories (with their parent), and the team.
 */
final class NameFetch {
    private NameFetch() {}

    static NameCache fetch(Account account) {
        FreshBooksClient c = account.client();
        BusinessContext b = account.business();
        return Account.call(() -> new NameCache(
                NameCache.VERSION,
                b.businessId(),
                b.accountId(),
                b.name(),
                Instant.now(account.context().clock()).toString(),
                c.clients().list(ClientQuery.empty().withVisState(0)).stream()
                        .map(NameFetch::entry)
                        .toList(),
                c.projects().list(ProjectQuery.empty()).stream()
                        .map(NameFetch::entry)
                        .toList(),
                c.services().list().stream()
                        .filter(s -> s.visState() == null || s.visState() == 0)
                        .map(NameFetch::entry)
                        .toList(),
                c.expenseCategories().list().stream()
                        .filter(s -> s.visState() == null || s.visState() == 0)
                        .map(NameFetch::entry)
                        .toList(),
                c.teamMembers().list(true).stream().map(NameFetch::entry).toList()));
    }

    static Entry entry(ClientDto c) {
        String contact = ((c.fname() == null ? "" : c.fname()) + " " + (c.lname() == null ? "" : c.lname())).strip();
        return new Entry(String.valueOf(c.id()), c.displayName(), null, contact.isEmpty() ? c.email() : contact, null);
    }

    static Entry entry(ProjectDto p) {
        boolean active = !Boolean.TRUE.equals(p.complete()) && !Boolean.FALSE.equals(p.active());
        return new Entry(
                String.valueOf(p.id()),
                p.title(),
                p.clientId() == null ? null : String.valueOf(p.clientId()),
                null,
                active);
    }

    static Entry entry(ServiceDto s) {
        return new Entry(String.valueOf(s.id()), s.name(), null, null, s.billable());
    }

    static Entry entry(ExpenseCategoryDto c) {
        return new Entry(
                String.valueOf(c.id()),
                c.category(),
                c.parentId() == null ? null : String.valueOf(c.parentId()),
                null,
                null);
    }

    static Entry entry(TeamMemberDto m) {
        String name = ((m.firstName() == null ? "" : m.firstName()) + " " + (m.lastName() == null ? "" : m.lastName()))
                .strip();
        return new Entry(
                m.uuid(),
                name.isEmpty() ? m.email() : name,
                m.identityId() == null ? null : String.valueOf(m.identityId()),
                m.email(),
                null);
    }
}
