package dev.fbcli.cli.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameResolverTest {
    static final List<Candidate> CLIENTS = List.of(
            new Candidate("101", "Acme Corp", "Rita Acosta", true),
            new Candidate("102", "Globex Inc", "Hank Scorpio", true),
            new Candidate("103", "Initech", "Bill Lumbergh", true),
            new Candidate("104", "Umbrella Corp", "Albert Wesker", true),
            new Candidate("105", "Umbrella Health", "Ada Wong", true),
            new Candidate("106", "Stark Industries", "Pepper Potts", true),
            new Candidate("107", "Wayne Enterprises", "Lucius Fox", true),
            new Candidate("108", "Tyrell Corporation", "Eldon Tyrell", true));

    static final List<Candidate> PROJECTS = List.of(
            Candidate.of("201", "Website Redesign"),
            Candidate.of("202", "Apollo"),
            Candidate.of("203", "Mobile App"),
            Candidate.of("204", "Data Migration"),
            Candidate.of("205", "Admin"),
            new Candidate("206", "Security Review", null, false));

    static final List<Candidate> CATEGORIES = List.of(
            Candidate.of("407", "Meals and Entertainment"),
            Candidate.of("409", "Office Supplies"),
            Candidate.of("412", "Software"),
            Candidate.of("414", "Travel"),
            Candidate.of("415", "Airfare"),
            Candidate.of("416", "Hotel/Lodging"),
            Candidate.of("417", "Taxi & Parking"));

    private static String resolved(String said, List<Candidate> in) {
        Resolution r = NameResolver.resolve(said, in);
        return r instanceof Resolution.Match m
                ? m.candidate().name()
                : r.getClass().getSimpleName();
    }

    @ParameterizedTest
    @CsvSource({
        "Acme Corp, Acme Corp",
        "acme corp, Acme Corp",
        "Acme, Acme Corp",
        "ACME's, Acme Corp",
        "the Acme Corp client, Acme Corp",
        "Globex, Globex Inc",
        "Globex Corporation, Globex Inc",
        "initech, Initech",
        "Stark, Stark Industries",
        "Tyrell Corp, Tyrell Corporation",
        "Wayne, Wayne Enterprises",
        "Initec, Initech",
        "Stark Industires, Stark Industries",
        "Rita Acosta, Acme Corp",
        "101, Acme Corp",
        "#104, Umbrella Corp",
    })
    void should_resolve_a_client_when_the_name_clearly_means_one(String said, String expected) {
        assertThat(resolved(said, CLIENTS)).isEqualTo(expected);
    }

    @Test
    void should_be_ambiguous_when_two_clients_fit_equally() {
        Resolution r = NameResolver.resolve("Umbrella", CLIENTS);

        assertThat(r).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(((Resolution.Ambiguous) r).candidates())
                .extracting(Candidate::name)
                .containsExactly("Umbrella Corp", "Umbrella Health");
    }

    @Test
    void should_not_guess_when_nothing_is_close() {
        Resolution r = NameResolver.resolve("Cyberdyne", CLIENTS);

        assertThat(r).isInstanceOf(Resolution.NotFound.class);
    }

    @Test
    void should_suggest_close_names_when_not_sure() {
        Resolution r = NameResolver.resolve("Umbrela", CLIENTS);

        assertThat(r).isInstanceOfAny(Resolution.Ambiguous.class, Resolution.NotFound.class);
    }

    @ParameterizedTest
    @CsvSource({
        "Website Redesign, Website Redesign",
        "website, Website Redesign",
        "the Apollo project, Apollo",
        "apolo, Apollo",
        "mobile, Mobile App",
        "Security Review, Security Review",
    })
    void should_resolve_projects(String said, String expected) {
        assertThat(resolved(said, PROJECTS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "office supplies, Office Supplies",
        "software subscription, Software",
        "travel, Travel",
        "coffee, Meals and Entertainment",
        "lunch, Meals and Entertainment",
        "hotel, Hotel/Lodging",
        "uber, Taxi & Parking",
        "flight to Denver, Airfare",
    })
    void should_resolve_categories_by_name_or_meaning(String said, String expected) {
        Resolution r = CategoryMeanings.resolve(said, null, CATEGORIES);

        assertThat(r).isInstanceOf(Resolution.Match.class);
        assertThat(((Resolution.Match) r).candidate().name()).isEqualTo(expected);
    }

    @Test
    void should_use_the_vendor_when_the_category_is_not_said() {
        Resolution r = CategoryMeanings.resolve(null, "Starbucks", CATEGORIES);

        assertThat(((Resolution.Match) r).candidate().name()).isEqualTo("Meals and Entertainment");
    }

    @Test
    void should_score_similarity_sensibly() {
        assertThat(NameResolver.jaroWinkler("martha", "marhta")).isBetween(0.96, 0.97);
        assertThat(NameResolver.jaroWinkler("abc", "xyz")).isZero();
        assertThat(NameResolver.tokenSetSimilarity("acme corp", "corp acme")).isEqualTo(1.0);
    }
}
