package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.ConfigurationException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.Business;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.BusinessMembership;
import dev.fbcli.freshbooks.model.Identity;
import dev.fbcli.freshbooks.model.IdentityRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /auth/api/v1/users/me}, and turning it into the ids every other family needs
 * (API.md §3): {@code business.id}, {@code business.business_uuid}, {@code business.account_id} with
 * the {@code roles[].accountid} fallback when it is null.
 */
public final class Identities {
    private final RequestExecutor executor;

    public Identities(RequestExecutor executor) {
        this.executor = executor;
    }

    /** The identity behind the token. */
    public Identity me() {
        return executor.execute(ApiRequest.get("/auth/api/v1/users/me")).read("/response", Identity.class);
    }

    /** Every business the identity belongs to, with resolved ids, in FreshBooks' order. */
    public List<BusinessContext> businesses() {
        return businessesOf(me());
    }

    /** The business with id {@code businessId}. */
    public BusinessContext business(long businessId) {
        List<BusinessContext> all = businesses();
        return all.stream()
                .filter(b -> b.businessId() == businessId)
                .findFirst()
                .orElseThrow(() -> new ConfigurationException(
                        "business " + businessId + " is not one of yours; available: " + describe(all)));
    }

    /**
     * The business to use when none was chosen: the only one, else the only one the identity owns.
     *
     * @throws ConfigurationException listing the choices when that is ambiguous or there is none
     */
    public BusinessContext defaultBusiness() {
        return pickDefault(businesses());
    }

    /** Pure: resolves the ids of each membership (exposed for tests and the CLI's cached identity). */
    public static List<BusinessContext> businessesOf(Identity me) {
        List<BusinessContext> out = new ArrayList<>();
        Set<String> claimed = me.businessMemberships().stream()
                .map(BusinessMembership::business)
                .filter(Objects::nonNull)
                .map(Business::accountId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // roles[].accountid candidates for a business whose account_id is null: accounts no other
        // business claims, where the identity is not a mere client (API.md §3, step 3)
        List<String> fallback = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IdentityRole r : me.roles()) {
            if (r.accountId() == null || claimed.contains(r.accountId()) || "client".equals(r.role())) continue;
            if (seen.add(r.accountId())) fallback.add(r.accountId());
        }
        long nullAccounts = me.businessMemberships().stream()
                .filter(m -> m.business() != null && m.business().accountId() == null)
                .count();
        int next = 0;
        for (BusinessMembership m : me.businessMemberships()) {
            Business b = m.business();
            if (b == null || b.id() == null) continue;
            String account = b.accountId();
            if (account == null && nullAccounts == 1 && !fallback.isEmpty()) {
                account = fallback.get(0);
            } else if (account == null && next < fallback.size() && fallback.size() == nullAccounts) {
                account = fallback.get(next++);
            }
            out.add(new BusinessContext(b.id(), b.businessUuid(), account, b.name(), m.role()));
        }
        return out;
    }

    /** Pure: the default choice among {@code all}. */
    public static BusinessContext pickDefault(List<BusinessContext> all) {
        if (all.isEmpty()) {
            throw new ConfigurationException("this FreshBooks login belongs to no business");
        }
        if (all.size() == 1) return all.get(0);
        List<BusinessContext> owned =
                all.stream().filter(b -> "owner".equals(b.role())).collect(Collectors.toList());
        if (owned.size() == 1) return owned.get(0);
        throw new ConfigurationException("this login belongs to several businesses; choose one of: " + describe(all));
    }

    private static String describe(List<BusinessContext> all) {
        return all.stream().map(b -> b.name() + " (" + b.businessId() + ")").collect(Collectors.joining(", "));
    }
}
