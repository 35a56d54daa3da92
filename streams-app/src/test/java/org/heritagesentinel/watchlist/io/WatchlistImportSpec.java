package org.heritagesentinel.watchlist.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.watchlist.EntryValidator;
import org.junit.jupiter.api.Test;

class WatchlistImportSpec {
    private final List<WatchlistEntry> imported = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();
    private final WatchlistImport importer = new WatchlistImport(new EntryValidator(ConfigLoader.defaultsOnly().limits().entry()), 2, progress::add);

    @Test
    void shouldImportGoodCsvRowsAndReportBadOnesByLine() throws IOException {
        String csv = """
            entryId,kind,listingAuthority,names,identifiers,countries,ruleType,hsPrefixes,minAgeYears,minValue,requiredDocument,jurisdiction,status,author,approver,legalBasis
            PTY-1,PARTY,JO,Karim Haddad|كريم حداد,TIN:JO-1000001,JO,,,,,,,ACTIVE,analyst.17,head.rac,
            PRF-EU-200,RISK_PROFILE,EU,,,,AGE_VALUE_THRESHOLD,97,201,18000 EUR,IMPORTER_STATEMENT,EU,DRAFT,analyst.3,,EU 2019/880 art. 5
            PTY-2,PARTY,JO,,,,,,,,,,,,,
            PRF-X,RISK_PROFILE,JO,,,,NO_SUCH_RULE,97,,,,,,,,
            PRF-Y,RISK_PROFILE,JO,,,,AGE_VALUE_THRESHOLD,97,250,lots,,,,,,
            """;

        WatchlistImport.Summary summary = importer.run(new StringReader(csv), WatchlistImport.Format.CSV, imported::add);

        assertThat(summary.rows()).isEqualTo(5);
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.problems()).extracting(WatchlistImport.Problem::where).containsExactly("line 4", "line 5", "line 6");
        assertThat(summary.problems().get(0).message()).contains("PARTY entry needs a name or an identifier");
        assertThat(summary.problems().get(1).message()).contains("ruleType", "NO_SUCH_RULE");
        assertThat(summary.problems().get(2).message()).contains("minValue 'lots'");
        assertThat(summary.toString()).isEqualTo("5 rows read, 2 entries imported, 3 refused");
        assertThat(progress).hasSize(2);

        WatchlistEntry party = imported.get(0);
        assertThat(party.getParty().getNames()).containsExactly("Karim Haddad", "كريم حداد");
        assertThat(party.getParty().getIdentifiers().get(0).getScheme()).isEqualTo(IdentifierScheme.TIN);
        assertThat(party.getAuthor()).isEqualTo("analyst.17");
        WatchlistEntry profile = imported.get(1);
        assertThat(profile.getKind()).isEqualTo(EntryKind.RISK_PROFILE);
        assertThat(profile.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(profile.getProfile().getRuleType()).isEqualTo(RuleType.AGE_VALUE_THRESHOLD);
        assertThat(profile.getProfile().getMinValue().getAmount()).isEqualByComparingTo(new BigDecimal("18000"));
        assertThat(profile.getProfile().getRequiredDocument()).isEqualTo(DocumentType.IMPORTER_STATEMENT);
        assertThat(profile.getLegalBasis()).isEqualTo("EU 2019/880 art. 5");
    }

    @Test
    void shouldImportJsonLinesWithArraysAndObjects() throws IOException {
        String jsonl = """
            {"entryId":"PRF-VAL","kind":"RISK_PROFILE","listingAuthority":"JO","ruleType":"VALUE_ANOMALY","hsPrefixes":["6907"],"minValue":"500 USD","parameters":{"per":"item","ratio":"0.1"}}
            not json
            {"entryId":"CNT-1","kind":"CONVEYANCE","listingAuthority":"LB","containers":["MSCU1234565"],"colour":"red"}
            """;

        WatchlistImport.Summary summary = importer.run(new StringReader(jsonl), WatchlistImport.Format.JSON, imported::add);

        assertThat(imported).extracting(WatchlistEntry::getEntryId).containsExactly("PRF-VAL");
        assertThat(imported.get(0).getProfile().getParameters()).containsEntry("ratio", "0.1");
        assertThat(summary.problems()).extracting(Object::toString)
            .satisfiesExactly(p -> assertThat(p).startsWith("line 2: not a JSON object"),
                p -> assertThat(p).isEqualTo("line 3: unknown column 'colour'"));
    }

    @Test
    void shouldNumberTheElementsOfAJsonArray() throws IOException {
        String json = """
            [ {"entryId":"DOC-1","kind":"DOCUMENT","listingAuthority":"IQ","documentType":"EXPORT_LICENCE","documentReference":"IQ-EL-1"},
              {"entryId":"DOC-2","kind":"DOCUMENT","listingAuthority":"IQ"} ]
            """;

        WatchlistImport.Summary summary = importer.run(new StringReader(json), WatchlistImport.Format.JSON, imported::add);

        assertThat(imported).hasSize(1);
        assertThat(summary.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("element 2");
            assertThat(p.message()).contains("documentReference is required");
        });
    }

    @Test
    void shouldReportEveryProblemOfARowAndListTheValidKinds() throws IOException {
        String csv = """
            entryId,kind,listingAuthority,names,countries,riskWeight
            PTY-1,PERSONN,JO,Karim Haddad,JO,60
            PTY-2,PARTY,,Karim Haddad,JOR,lots
            """;

        WatchlistImport.Summary summary = importer.run(new StringReader(csv), WatchlistImport.Format.CSV, imported::add);

        assertThat(imported).isEmpty();
        assertThat(summary.problems()).extracting(WatchlistImport.Problem::message).containsExactly(
            "kind 'PERSONN' is not valid: expected one of PARTY, OBJECT, RISK_PROFILE, CONVEYANCE, DOCUMENT",
            "listingAuthority is required; riskWeight 'lots' is not valid: For input string: \"lots\"; "
                + "countries 'JOR' is not an ISO 3166-1 alpha-2 country code (e.g. JO, IQ, DE)");
    }

    @Test
    void shouldSayADryRunWouldImportRatherThanImported() throws IOException {
        String csv = """
            entryId,kind,listingAuthority,names
            PTY-1,PARTY,JO,Karim Haddad
            """;

        WatchlistImport.Summary summary = importer.run(new StringReader(csv), WatchlistImport.Format.CSV, entry -> { });

        assertThat(summary.asDryRun()).isEqualTo("dry run: 1 rows read, 1 entries would be imported, 0 refused; nothing was submitted");
    }
}
