package dev.fbcli.freshbooks.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long list read four pages at a time from the real sandbox, through a 429 storm: every record
 * once, in the order a page-by-page read gives.
 */
class PagingIT {
    static final BusinessContext NWS =
            new BusinessContext(770001, "6f1c2d0e-7a53-4c1b-9e0f-2b8d4a1c9e77", "NWS77", "Northwind Studio", "owner");

    @TempDir
    Path dir;

    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) c.close();
    }

    private FreshBooksClient client(String faults, int readers, List<String> threads) throws Exception {
        SandboxServer s = SandboxFixture.start(dir, faults);
        open.add(s);
        FreshBooksClient c = SandboxFixture.client(s)
                .business(NWS)
                .maxRetries(12)
                .pageReaders(readers)
                .trace(call -> threads.add(Thread.currentThread().getName()))
                .build();
        open.add(c);
        return c;
    }

    @Test
    void should_read_every_page_once_in_order_through_a_429_storm() throws Exception {
        // given: 420 more clients (5 pages), and a sequential, fault-free reading of them
        List<String> ignored = Collections.synchronizedList(new ArrayList<>());
        FreshBooksClient plain = client(null, 1, ignored);
        for (int i = 0; i < 420; i++) {
            plain.clients().create(ClientDraft.empty().withOrganization("Paging " + i));
        }
        List<Long> expected = plain.clients().list(ClientQuery.empty()).stream()
                .map(ClientDto::id)
                .toList();
        assertThat(expected).hasSizeGreaterThan(400).doesNotHaveDuplicates();

        // when: read four pages at a time while half the GETs are refused with 429
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        FreshBooksClient stormy = client("429=0.5,retry-after=0,seed=17,methods=GET", 4, threads);
        List<Long> read = stormy.clients().list(ClientQuery.empty()).stream()
                .map(ClientDto::id)
                .toList();

        // then
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(threads).anyMatch(t -> t.startsWith("fb-page-reader"));
    }
}
