package dev.fbcli.freshbooks.resource;

import static dev.fbcli.freshbooks.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.ConfigurationException;
import dev.fbcli.freshbooks.model.*;
import dev.fbcli.freshbooks.testing.FakeRequestExecutor;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingAndIdentityTest {
    static final BusinessContext BIZ = new BusinessContext(7, "u", "ACC", "Biz", "owner");

    private static String clientsPage(int page, int pages, int from, int count) {
        String items = IntStream.range(from, from + count)
                .mapToObj(i -> "{\"id\":" + i + ",\"organization\":\"Org " + i + "\"}")
                .collect(Collectors.joining(","));
        return "{\"response\":{\"result\":{\"clients\":[" + items + "],\"page\":" + page + ",\"pages\":" + pages
                + ",\"per_page\":100,\"total\":250}}}";
    }

    @Test
    void should_fetch_pages_of_100_lazily_and_only_as_needed() {
        // given three pages of 100, 100, 50
        FakeRequestExecutor fake = new FakeRequestExecutor()
                .on(GET, "/accounting/account/ACC/users/clients", clientsPage(1, 3, 1, 100))
                .on(GET, "/accounting/account/ACC/users/clients", clientsPage(1, 3, 1, 100))
                .on(GET, "/accounting/account/ACC/users/clients", clientsPage(2, 3, 101, 100));
        Resources fb = new Resources(fake, () -> BIZ, Clock.systemUTC());
        // when
        Paged<ClientDto> all = fb.clients.list(ClientQuery.empty().withOrganizationLike("org"));
        // then: nothing fetched until iteration
        assertThat(fake.requests()).isEmpty();
        assertThat(all.first(5)).extracting(ClientDto::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(fake.requests()).hasSize(1);
        assertThat(fake.last().queryString()).isEqualTo("page=1&per_page=100&search%5Borganization_like%5D=org");
        assertThat(all.stream().skip(99).limit(2).map(ClientDto::id).collect(Collectors.toList()))
                .containsExactly(100L, 101L);
        assertThat(fake.requests()).hasSize(3); // page 1 again (a new iteration), then page 2
        assertThat(fake.last().queryString()).startsWith("page=2&per_page=100");
        fake.verify();
    }

    @Test
    void should_walk_every_page_and_apply_the_local_filter() {
        FakeRequestExecutor fake = new FakeRequestExecutor()
                .on(GET, "/accounting/account/ACC/users/clients", clientsPage(1, 3, 1, 100))
                .on(GET, "/accounting/account/ACC/users/clients", clientsPage(2, 3, 101, 100))
                .on(GET, "/accounting/account/ACC/users/clients", clientsPage(3, 3, 201, 50));
        Resources fb = new Resources(fake, () -> BIZ, Clock.systemUTC());
        List<ClientDto> matched =
                fb.clients.list(ClientQuery.empty().withNameContains("org 25")).toList();
        assertThat(matched).extracting(ClientDto::id).containsExactly(25L, 250L);
        fake.verify();
    }

    @Test
    void should_stop_when_a_page_is_empty_even_if_pages_says_more() {
        FakeRequestExecutor fake = new FakeRequestExecutor()
                .on(
                        GET,
                        "/accounting/account/ACC/users/clients",
                        "{\"response\":{\"result\":{\"clients\":[],\"page\":1,\"pages\":9,\"per_page\":100,\"total\":16}}}");
        assertThat(new Resources(fake, () -> BIZ, Clock.systemUTC())
                        .clients
                        .list(ClientQuery.empty())
                        .toList())
                .isEmpty();
    }

    private static Identity identity(List<BusinessMembership> ms, List<IdentityRole> roles) {
        return new Identity(1L, 1L, "u", "A", "B", "a@b.c", "en", ms, roles);
    }

    @Test
    void should_fall_back_to_roles_accountid_when_business_account_id_is_null() {
        Identity me = identity(
                List.of(new BusinessMembership(
                        9L, "owner", new Business(500L, "uuid-5", null, "Solo Studio", null, null))),
                List.of(
                        new IdentityRole(1L, "client", 2L, 3L, "OTHER1"),
                        new IdentityRole(2L, "admin", 4L, 1L, "SOLO9")));
        assertThat(Identities.businessesOf(me))
                .containsExactly(new BusinessContext(500, "uuid-5", "SOLO9", "Solo Studio", "owner"));
    }

    @Test
    void should_leave_account_id_null_when_no_role_can_supply_it() {
        Identity me = identity(
                List.of(new BusinessMembership(
                        9L, "owner", new Business(500L, "uuid-5", null, "No Books", null, null))),
                List.of(new IdentityRole(1L, "client", 2L, 3L, "OTHER1")));
        BusinessContext b = Identities.businessesOf(me).get(0);
        assertThat(b.accountId()).isNull();
        Resources fb = new Resources(new FakeRequestExecutor(), () -> b, Clock.systemUTC());
        assertThatThrownBy(() -> fb.clients.get(1))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No Books");
    }

    @Test
    void should_ask_to_choose_when_several_businesses_are_owned() {
        List<BusinessContext> two = List.of(
                new BusinessContext(1, "a", "A", "Alpha", "owner"), new BusinessContext(2, "b", "B", "Beta", "owner"));
        assertThatThrownBy(() -> Identities.pickDefault(two))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Alpha (1)")
                .hasMessageContaining("Beta (2)");
        List<BusinessContext> oneOwned = List.of(
                new BusinessContext(1, "a", "A", "Alpha", "business_employee"),
                new BusinessContext(2, "b", "B", "Beta", "owner"));
        assertThat(Identities.pickDefault(oneOwned).businessId()).isEqualTo(2);
    }
}
