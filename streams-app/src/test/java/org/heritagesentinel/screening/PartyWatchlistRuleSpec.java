package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.CONFIG;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.subject;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.listedParty;

import java.util.ArrayList;
import java.util.List;
import org.heritagesentinel.avro.Candidate;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.testdata.Declarations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PARTY_WATCHLIST: a party of the declaration is a listed party, by name in any script or by identifier. */
class PartyWatchlistRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final PartyWatchlistRule rule = new PartyWatchlistRule(bench.index,
        new MultilingualPartyMatcher(new PartyNameMatcher(NameMatchingConfig.defaults()), CONFIG.partyMatchThreshold()),
        CONFIG.partyCandidates(), CONFIG.limits().nameComparisons());

    @BeforeEach
    void listTrafficker() {
        bench.list(listedParty("PTY-1", "Mohamed El Ouazzani", "MA-778899"));
    }

    @Test
    void shouldFlagTheListedExporterByName() {
        assertThat(hits(rule, declaration("D-1").exporter("Mohamed El Ouazzani").build())).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.PARTY_WATCHLIST);
            assertThat(hit.getEntryId()).isEqualTo("PTY-1");
            assertThat(hit.getScore()).isEqualTo((int) Math.round(80 * hit.getConfidence()));
            assertThat(hit.getExplanation()).startsWith("EXPORTER");
        });
    }

    @Test
    void shouldFlagTheSamePartyWrittenInArabicScript() {
        assertThat(hits(rule, declaration("D-2").exporter("محمد الوزاني").build())).singleElement()
            .satisfies(hit -> assertThat(hit.getEvidence().get(0).getMethod()).isEqualTo("name-multilingual"));
    }

    @Test
    void shouldFlagAPartyDeclaredUnderAWeakAliasOfTheListingButBelowItsFullName() {
        WatchlistEntry listed = listedParty("PTY-W", "Abdul Karim Al-Tikriti", null);
        listed.getParty().setWeakAliases(List.of("Abu Hamza Al-Tikriti"));
        bench.list(listed);

        Hit byAlias = hits(rule, declaration("D-W1").exporter("Abu Hamza Al-Tikriti").build()).get(0);
        Hit byName = hits(rule, declaration("D-W2").exporter("Abdul Karim Al-Tikriti").build()).get(0);

        assertThat(byAlias.getEntryId()).isEqualTo("PTY-W");
        assertThat(byAlias.getExplanation()).contains("weak alias");
        assertThat(byAlias.getConfidence()).isLessThan(byName.getConfidence());
    }

    @Test
    void shouldNotFlagALooseSpellingOfAWeakAliasAloneThoughItWouldFlagTheSameSpellingOfAFullName() {
        WatchlistEntry weak = listedParty("PTY-W", "Abdul Karim Al-Tikriti", null);
        weak.getParty().setWeakAliases(List.of("Abu Hamzah Al-Masri"));
        bench.list(weak);
        bench.list(listedParty("PTY-S", "Abu Hamzah Al-Masri", null));

        assertThat(hits(rule, declaration("D-W3").exporter("Abou Hamza Al-Masri").build()))
            .extracting(Hit::getEntryId).containsExactly("PTY-S");
    }

    @Test
    void shouldFlagAListedTaxNumberWhateverTheName() {
        assertThat(hits(rule, declaration("D-3").importer("Unknown Trading", "ma 778-899").build())).singleElement()
            .satisfies(hit -> assertThat(hit.getEvidence().get(0).getMethod()).isEqualTo("identifier-exact"));
    }

    @Test
    void shouldNotFlagANamesakeWhoseTaxNumberDiffers() {
        assertThat(hits(rule, declaration("D-4").importer("Mohamed El Ouazzani", "MA-112233").build())).isEmpty();
    }

    @Test
    void shouldNotFlagANamesakeSharingOnlyACommonGivenNameButKeepTheClosestAsACandidate() {
        bench.list(listedParty("PTY-2", "Karim Haddad", null));
        List<Hit> hits = new ArrayList<>();
        List<Candidate> nearMisses = new ArrayList<>();

        rule.evaluate(subject(declaration("D-5").exporter("Mohamed Haddad").build()), hits, nearMisses);

        assertThat(hits).isEmpty();
        assertThat(nearMisses).isNotEmpty()
            .allSatisfy(c -> assertThat(c.getConfidence()).isLessThan(CONFIG.partyMatchThreshold()));
    }

    @Test
    void shouldNotFlagAnEntryWhoseListingEndedBeforeTheDeclarationButOneThatEndsAfter() {
        WatchlistEntry expired = listedParty("PTY-3", "Karim Haddad", null);
        expired.setValidTo(Declarations.ACCEPTED.minusSeconds(86_400));
        WatchlistEntry current = listedParty("PTY-4", "Youssef Khoury", null);
        current.setValidTo(Declarations.ACCEPTED.plusSeconds(86_400));
        bench.list(expired, current);

        assertThat(hits(rule, declaration("D-6").exporter("Karim Haddad").build())).isEmpty();
        assertThat(hits(rule, declaration("D-7").exporter("Youssef Khoury").build())).extracting(Hit::getEntryId)
            .containsExactly("PTY-4");
    }
}
