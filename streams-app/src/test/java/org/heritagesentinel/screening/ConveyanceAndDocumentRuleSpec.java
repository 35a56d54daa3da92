package org.heritagesentinel.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.screening.RuleBench.document;
import static org.heritagesentinel.screening.RuleBench.hits;
import static org.heritagesentinel.screening.RuleBench.methods;
import static org.heritagesentinel.testdata.Declarations.declaration;
import static org.heritagesentinel.testdata.WatchlistEntries.base;

import java.time.Instant;
import java.util.List;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedDocument;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.testdata.Declarations;
import org.junit.jupiter.api.Test;

/** CONVEYANCE_WATCHLIST and DOCUMENT_WATCHLIST: a listed container, vehicle or document reference, exactly. */
class ConveyanceAndDocumentRuleSpec {

    private final RuleBench bench = new RuleBench();
    private final ConveyanceAndDocumentRule rule = new ConveyanceAndDocumentRule(bench.index);

    @Test
    void shouldFlagAListedContainer() {
        bench.list(container("CNV-1", "MSCU1234565"));

        assertThat(hits(rule, declaration("D-1").container("MSCU1234565").build())).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.CONVEYANCE_WATCHLIST);
            assertThat(hit.getEntryId()).isEqualTo("CNV-1");
            assertThat(hit.getScore()).isEqualTo(60);
            assertThat(methods(hit)).containsExactly("reference-exact");
        });
    }

    @Test
    void shouldNotFireOnAContainerThatDiffersInItsCheckDigit() {
        bench.list(container("CNV-1", "MSCU1234565"));

        assertThat(hits(rule, declaration("D-2").container("MSCU1234566").build())).isEmpty();
    }

    @Test
    void shouldFlagAListedVehicleWrittenWithOtherSpacingAndCase() {
        bench.list(base("CNV-2", EntryKind.CONVEYANCE).setRiskWeight(50)
            .setConveyance(ListedConveyance.newBuilder().setMeansIds(List.of("12-34567")).build()).build());

        assertThat(hits(rule, declaration("D-3").vehicle("12 34567").build())).hasSize(1);
    }

    @Test
    void shouldFlagAListedDocumentReferredToByAnItem() {
        bench.list(listedDocument("DOC-1", "IQ-EL-2019-0042"));
        CustomsDeclaration d = declaration("D-4").item("970510", "coins", "IQ").build();
        d.getItems().get(0).setDocuments(List.of(document(DocumentType.EXPORT_LICENCE, "IQ-EL-2019-0042")));

        assertThat(hits(rule, d)).singleElement().satisfies(hit -> {
            assertThat(hit.getRuleType()).isEqualTo(RuleType.DOCUMENT_WATCHLIST);
            assertThat(hit.getExplanation()).contains("document IQ-EL-2019-0042 is listed");
        });
    }

    @Test
    void shouldNotFireOnAnotherLicenceOfTheSameSeries() {
        bench.list(listedDocument("DOC-1", "IQ-EL-2019-0042"));
        CustomsDeclaration d = declaration("D-5").build();
        d.setDocuments(List.of(document(DocumentType.EXPORT_LICENCE, "IQ-EL-2019-0043")));

        assertThat(hits(rule, d)).isEmpty();
    }

    @Test
    void shouldNotFireOnAnEntryNotYetValidWhenTheDeclarationWasAccepted() {
        WatchlistEntry future = container("CNV-3", "MSCU1234565");
        future.setValidFrom(Declarations.ACCEPTED.plusSeconds(3600));
        WatchlistEntry current = container("CNV-4", "TGHU7654321");
        current.setValidFrom(Instant.parse("2026-01-01T00:00:00Z"));
        bench.list(future, current);

        assertThat(hits(rule, declaration("D-6").container("MSCU1234565").build())).isEmpty();
        assertThat(hits(rule, declaration("D-7").container("TGHU7654321").build())).hasSize(1);
    }

    private static WatchlistEntry container(String id, String number) {
        return base(id, EntryKind.CONVEYANCE).setRiskWeight(60).setReason("used for a seized shipment")
            .setConveyance(ListedConveyance.newBuilder().setContainers(List.of(number)).build()).build();
    }

    private static WatchlistEntry listedDocument(String id, String reference) {
        return base(id, EntryKind.DOCUMENT).setRiskWeight(70).setReason("forged licence")
            .setDocument(ListedDocument.newBuilder().setType(DocumentType.EXPORT_LICENCE).setReference(reference).build()).build();
    }
}
