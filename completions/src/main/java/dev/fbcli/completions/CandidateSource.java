package dev.fbcli.completions;

import java.util.List;
import java.util.Locale;

/**
 * Completion candidates for one kind of word, from local data only: never the network (a TAB press
 * must answer at once, and offline).
 */
@FunctionalInterface
public interface CandidateSource {

    /** Candidates for {@code kind} that start with {@code prefix} (case-insensitive), in display order. */
    List<String> candidates(NameCache.Kind kind, String prefix);

    /** Candidates from a cache directory; empty lists when there is no cache yet. */
    static CandidateSource fromCache(java.nio.file.Path dir) {
        return (kind, prefix) -> NameCache.read(dir)
                .map(c -> matching(
                        c.entries(kind).stream()
                                .filter(NameCache.Entry::isActive)
                                .map(NameCache.Entry::name)
                                .toList(),
                        prefix))
                .orElse(List.of());
    }

    /** The names among {@code names} that start with {@code prefix}, ignoring case; all of them for an empty prefix. */
    static List<String> matching(List<String> names, String prefix) {
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p))
                .toList();
    }
}
