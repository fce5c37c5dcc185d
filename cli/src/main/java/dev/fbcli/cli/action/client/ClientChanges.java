package dev.fbcli.cli.action.client;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.action.Results;
import dev.fbcli.cli.once.Findable;
import dev.fbcli.cli.pipeline.Applied;
import dev.fbcli.cli.pipeline.Plan;
import dev.fbcli.cli.render.Cmd;
import dev.fbcli.cli.resolve.Candidate;
import dev.fbcli.cli.resolve.Names;
import dev.fbcli.cli.session.Account;
import dev.fbcli.cli.undo.Undo;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.nlp.intent.Address;
import dev.fbcli.nlp.intent.Intent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * client.create (with a warning for a name that exists) and client.update (undoable: the previous
 * values are journaled), both with the billing address ({@code p_street}, {@code p_city},
 * {@code p_province}, {@code p_code}, {@code p_country}) and a note.
 */
public final class ClientChanges {
    private final Account account;
    private final Names names;

    public ClientChanges(Account account, Names names) {
        this.account = account;
        this.names = names;
    }

    public Plan create(Intent.CreateClient c) {
        String display = c.organization() != null ? c.organization() : c.firstName() + " " + c.lastName();
        List<String> warnings = new ArrayList<>();
        // asked of FreshBooks, not the name cache (which misses a client made a moment ago):
        // the organization or the contact's name, whatever the case and spacing
        String said = sameName(display);
        for (ClientDto e : Account.call(() -> account.client()
                .clients()
                .list(dev.fbcli.freshbooks.model.ClientQuery.empty())
                .toList())) {
            String contact = ((e.fname() == null ? "" : e.fname()) + " " + (e.lname() == null ? "" : e.lname()));
            boolean org = e.organization() != null && sameName(e.organization()).equals(said);
            if (org || (!sameName(contact).isEmpty() && sameName(contact).equals(said))) {
                String which =
                        "(client " + e.id() + (e.email() == null || e.email().isBlank() ? "" : ", " + e.email()) + ")";
                warnings.add(
                        org
                                ? "a client named " + e.organization() + " already exists " + which
                                : contact.strip() + " is already the contact of " + e.displayName() + " " + which);
            }
        }
        ClientDraft draft = ClientDraft.empty()
                .withOrganization(c.organization())
                .withFname(c.firstName())
                .withLname(c.lastName())
                .withEmail(c.email())
                .withBusPhone(c.phone())
                .withCurrencyCode(c.currency())
                .withNote(c.note());
        Address a = c.address();
        if (a != null) {
            draft = draft.withStreet(a.street())
                    .withCity(a.city())
                    .withProvince(a.province())
                    .withPostalCode(a.postalCode())
                    .withCountry(a.country());
        }
        List<String> details = new ArrayList<>();
        if (c.organization() != null && (c.firstName() != null || c.lastName() != null)) {
            details.add("contact: "
                    + (String.valueOf(c.firstName()) + " " + String.valueOf(c.lastName()))
                            .replace("null", "")
                            .strip());
        }
        if (c.email() != null) {
            details.add("email: " + c.email());
        }
        if (c.phone() != null) {
            details.add("phone: " + c.phone());
        }
        if (c.currency() != null) {
            details.add("billed in " + c.currency());
        }
        if (a != null) {
            details.add("address: " + address(a.street(), a.city(), a.province(), a.postalCode(), a.country()));
        }
        if (c.note() != null) {
            details.add("note: " + c.note());
        }
        Cmd cmd = Cmd.of("client", "create")
                .opt("--organization", c.organization())
                .opt("--first-name", c.firstName())
                .opt("--last-name", c.lastName())
                .opt("--email", c.email())
                .opt("--phone", c.phone())
                .opt("--currency", c.currency());
        addressOptions(cmd, a);
        cmd.opt("--note", c.note());
        ClientDraft create = draft;
        return new Plan("Add the client " + display, details, warnings, cmd.toString(), null, () -> {
                    ClientDto created = account.client().clients().create(create);
                    String id = String.valueOf(created.id());
                    return new Applied(
                            "Added the client " + created.displayName() + " (client " + id + ")",
                            "client",
                            id,
                            account.link("client", id),
                            Results.json("client", id, created),
                            List.of(new Undo.Delete("client", id, "the client " + created.displayName())));
                })
                .finding(Findable.of("client", "the client " + display)
                        .withText("organization", c.organization())
                        .withText("fname", c.firstName())
                        .withText("lname", c.lastName())
                        .withText("email", c.email()));
    }

    public Plan update(Intent.UpdateClient u) {
        Candidate who = names.client(u.client());
        ClientDto before = Account.call(() -> account.client().clients().get(Long.parseLong(who.id())));
        ClientDraft patch = ClientDraft.empty();
        Map<String, Object> previous = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        if (u.organization() != null) {
            patch = patch.withOrganization(u.organization());
            change(changes, previous, "organization", "name", before.organization(), u.organization());
        }
        if (u.firstName() != null) {
            patch = patch.withFname(u.firstName());
            change(changes, previous, "fname", "first name", before.fname(), u.firstName());
        }
        if (u.lastName() != null) {
            patch = patch.withLname(u.lastName());
            change(changes, previous, "lname", "last name", before.lname(), u.lastName());
        }
        if (u.email() != null) {
            patch = patch.withEmail(u.email());
            change(changes, previous, "email", "email", before.email(), u.email());
        }
        if (u.phone() != null) {
            patch = patch.withBusPhone(u.phone());
            change(changes, previous, "bus_phone", "phone", before.busPhone(), u.phone());
        }
        Address a = u.address();
        if (a != null) {
            if (a.street() != null) {
                patch = patch.withStreet(a.street());
                change(changes, previous, "p_street", "street", before.street(), a.street());
            }
            if (a.city() != null) {
                patch = patch.withCity(a.city());
                change(changes, previous, "p_city", "city", before.city(), a.city());
            }
            if (a.province() != null) {
                patch = patch.withProvince(a.province());
                change(changes, previous, "p_province", "province/state", before.province(), a.province());
            }
            if (a.postalCode() != null) {
                patch = patch.withPostalCode(a.postalCode());
                change(changes, previous, "p_code", "postal code", before.postalCode(), a.postalCode());
            }
            if (a.country() != null) {
                patch = patch.withCountry(a.country());
                change(changes, previous, "p_country", "country", before.country(), a.country());
            }
        }
        if (u.note() != null) {
            patch = patch.withNote(u.note());
            change(changes, previous, "note", "note", before.note(), u.note());
        }
        if (previous.isEmpty()) {
            throw new CliException.Usage(before.displayName() + " already has those values: nothing to change");
        }
        ClientDraft change = patch;
        Cmd cmd = Cmd.of("client", "update")
                .arg(before.displayName())
                .opt("--organization", u.organization())
                .opt("--first-name", u.firstName())
                .opt("--last-name", u.lastName())
                .opt("--email", u.email())
                .opt("--phone", u.phone());
        addressOptions(cmd, a);
        cmd.opt("--note", u.note());
        return new Plan(
                "Update the client " + before.displayName() + " (client " + who.id() + ")",
                changes,
                List.of(),
                cmd.toString(),
                null,
                () -> {
                    ClientDto after = account.client().clients().update(before.id(), change);
                    String id = String.valueOf(after.id());
                    return new Applied(
                            "Updated " + after.displayName() + ": " + String.join("; ", changes),
                            "client",
                            id,
                            account.link("client", id),
                            Results.json("client", id, after),
                            List.of(new Undo.Restore("client", id, "the client " + before.displayName(), previous)));
                });
    }

    /** "1 Main St, Springfield, IL 62701, US": the parts there are, in postal order. */
    static String address(String street, String city, String province, String postalCode, String country) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {street, city}) {
            if (p != null && !p.isBlank()) {
                parts.add(p);
            }
        }
        String region = ((province == null ? "" : province) + " " + (postalCode == null ? "" : postalCode)).strip();
        if (!region.isEmpty()) {
            parts.add(region);
        }
        if (country != null && !country.isBlank()) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }

    private static void addressOptions(Cmd cmd, Address a) {
        if (a != null) {
            cmd.opt("--street", a.street())
                    .opt("--city", a.city())
                    .opt("--province", a.province())
                    .opt("--postal-code", a.postalCode())
                    .opt("--country", a.country());
        }
    }

    private static void change(
            List<String> changes, Map<String, Object> previous, String wire, String label, String was, String now) {
        if (now.equals(was)) {
            return;
        }
        previous.put(wire, was == null ? "" : was);
        changes.add(label + ": " + (was == null || was.isBlank() ? "(none)" : was) + " → " + now);
    }

    /** A name as compared for duplicates: case and runs of spaces ignored. */
    private static String sameName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
