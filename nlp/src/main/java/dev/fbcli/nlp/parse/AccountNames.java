package dev.fbcli.nlp.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The account's names an LLM tier may show the model (from the CLI's local name cache): clients,
 * projects, services and expense categories, and the vendors its expenses were paid to (read by the
 * parser to spell a vendor typed with a slip; not shown to a model). Plain data: the {@code nlp} module knows nothing of
 * where they come from. Each list is cleaned and bounded when made ({@link #MAX_PER_KIND} names of
 * at most {@link #MAX_NAME} characters, no control characters, no duplicates), so a huge or
 * hostile cache cannot flood a prompt.
 */
public record AccountNames(
        List<String> clients,
        List<String> projects,
        List<String> services,
        List<String> categories,
        List<String> vendors) {
    public static final int MAX_PER_KIND = 200;
    public static final int MAX_NAME = 80;

    public AccountNames {
        clients = clean(clients);
        projects = clean(projects);
        services = clean(services);
        categories = clean(categories);
        vendors = clean(vendors);
    }

    /**
     * The names without vendors (who the account's expenses were paid to): a vendor typed with a slip is
     * then kept as typed.
     */
    public AccountNames(List<String> clients, List<String> projects, List<String> services, List<String> categories) {
        this(clients, projects, services, categories, List.of());
    }

    /** No names: the prompt then says the account's names are not known. */
    public static AccountNames none() {
        return new AccountNames(List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return clients.isEmpty() && projects.isEmpty() && services.isEmpty() && categories.isEmpty();
    }

    /** Every name, all kinds together. */
    public List<String> all() {
        List<String> out = new ArrayList<>(clients);
        out.addAll(projects);
        out.addAll(services);
        out.addAll(categories);
        return out;
    }

    private static List<String> clean(List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (out.size() >= MAX_PER_KIND) {
                break;
            }
            if (n == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder(Math.min(n.length(), MAX_NAME));
            for (int i = 0; i < n.length() && sb.length() < MAX_NAME; i++) {
                char c = n.charAt(i);
                sb.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
            }
            String s = sb.toString().strip().replaceAll(" {2,}", " ");
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
