package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.heritagesentinel.screening.party.LegalFormKinds.Difference;
import org.heritagesentinel.screening.party.LegalFormKinds.Kind;
import org.junit.jupiter.api.Test;

/** What two names' legal forms (canonical forms of legal-forms.tsv) say about the parties behind them. */
class LegalFormKindsSpec {

    private static final LegalFormKinds KINDS = new LegalFormKinds();

    @Test
    void shouldKnowTheKindOfEveryCanonicalLegalForm() {
        // Given every canonical form the legal-form table produces
        Set<String> canonical = new TreeSet<>();
        TsvResource.rows("legal-forms.tsv").forEach(row -> canonical.add(row[1]));
        // Then each has a kind of its own, "company" alone being the only unspecified one
        assertThat(canonical).filteredOn(form -> KINDS.kindOf(form) == Kind.UNSPECIFIED).containsExactly("co");
    }

    @Test
    void shouldSeeOneFormInTwoLanguagesAsNoDifference() {
        assertThat(KINDS.difference(Set.of("llc"), Set.of("sarl"))).isEqualTo(Difference.NONE);
        assertThat(KINDS.difference(Set.of("gmbh"), Set.of("ltd"))).isEqualTo(Difference.NONE);
        assertThat(KINDS.difference(Set.of("jsc"), Set.of("sa"))).isEqualTo(Difference.NONE);
    }

    @Test
    void shouldSeeNoDifferenceWhenAFormIsMissingOrUnspecified() {
        assertThat(KINDS.difference(Set.of(), Set.of("est"))).isEqualTo(Difference.NONE);
        assertThat(KINDS.difference(Set.of("co"), Set.of("est"))).isEqualTo(Difference.NONE);
        assertThat(KINDS.difference(Set.of("llc"), Set.of("llc", "est"))).isEqualTo(Difference.NONE);
    }

    @Test
    void shouldSeeTwoKindsOfCompanyAsAnotherCompanyForm() {
        assertThat(KINDS.difference(Set.of("llc"), Set.of("jsc"))).isEqualTo(Difference.OTHER_COMPANY_FORM);
        assertThat(KINDS.difference(Set.of("sal"), Set.of("sarl"))).isEqualTo(Difference.OTHER_COMPANY_FORM);
    }

    @Test
    void shouldSeeAnEstablishmentOrAPartnershipAndACompanyAsTwoLegalPersons() {
        assertThat(KINDS.difference(Set.of("est"), Set.of("llc"))).isEqualTo(Difference.OTHER_LEGAL_PERSON);
        assertThat(KINDS.difference(Set.of("kg"), Set.of("gmbh"))).isEqualTo(Difference.OTHER_LEGAL_PERSON);
        assertThat(KINDS.difference(Set.of("est"), Set.of("lp"))).isEqualTo(Difference.OTHER_LEGAL_PERSON);
    }
}
