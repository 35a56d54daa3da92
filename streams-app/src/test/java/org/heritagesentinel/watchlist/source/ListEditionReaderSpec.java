package org.heritagesentinel.watchlist.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListEditionReaderSpec {
    private static final SourceEdition EDITION = new SourceEdition("test-list", LocalDate.of(2026, 12, 1), "JO", 80);

    @TempDir
    Path dir;

    @Test
    void shouldMapFollowTheMoneyEntitiesAndSkipOtherSchemasAndNonTargets() throws Exception {
        List<WatchlistEntry> entries = new ArrayList<>();
        ListEditionReader.Pass pass = reader(ListFormat.FTM).read(fixture("entities.ftm.json"), EDITION, entries::add);

        assertThat(pass.read()).isEqualTo(4);
        assertThat(pass.skipped()).isEqualTo(2); // the Sanction, and the organisation that is not a target
        assertThat(pass.published()).isNull();
        Map<String, WatchlistEntry> byId = byId(entries);
        WatchlistEntry haddad = byId.get("test-list:NK-3xampleHaddad");
        assertThat(haddad.getKind()).isEqualTo(EntryKind.PARTY);
        assertThat(haddad.getSource()).isEqualTo(EntrySource.SANCTIONS_LIST);
        assertThat(haddad.getListingAuthority()).isEqualTo("JO");
        assertThat(haddad.getParty().getNames()).containsExactly("Samir Youssef Haddad", "سمير يوسف حداد", "Samir Haddad");
        assertThat(haddad.getParty().getWeakAliases()).containsExactly("Abu Youssef");
        assertThat(haddad.getParty().getKind()).isEqualTo(PartyKind.PERSON);
        assertThat(haddad.getParty().getDatesOfBirth()).containsExactly("1971-04");
        assertThat(haddad.getParty().getDateOfBirth()).as("no day is invented").isNull();
        assertThat(haddad.getParty().getNationalities()).containsExactly("SY");
        assertThat(haddad.getParty().getCountries()).containsExactly("SY", "LB");
        assertThat(haddad.getParty().getIdentifiers()).extracting(PartyIdentifier::getScheme, PartyIdentifier::getValue)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(IdentifierScheme.PASSPORT, "N0123456"),
                org.assertj.core.groups.Tuple.tuple(IdentifierScheme.NATIONAL_ID, "SY-88123"));
        assertThat(haddad.getProvenance().getSource()).isEqualTo("test-list");
        assertThat(haddad.getProvenance().getSourceId()).isEqualTo("NK-3xampleHaddad");
        assertThat(haddad.getProvenance().getEdition()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(haddad.getProvenance().getProgrammes()).containsExactly("ANTIQ-1");
        assertThat(haddad.getReason()).isEqualTo("Trafficking of cultural property from Syria");

        WatchlistEntry company = byId.get("test-list:NK-3xampleBabylon");
        assertThat(company.getParty().getKind()).isEqualTo(PartyKind.ORGANISATION);
        assertThat(company.getParty().getIdentifiers()).extracting(PartyIdentifier::getScheme)
            .containsExactly(IdentifierScheme.TIN, IdentifierScheme.COMPANY_REGISTRATION);
        WatchlistEntry vessel = byId.get("test-list:NK-3xampleVessel");
        assertThat(vessel.getKind()).isEqualTo(EntryKind.CONVEYANCE);
        assertThat(vessel.getConveyance().getMode()).isEqualTo(TransportMode.SEA);
        assertThat(vessel.getConveyance().getMeansIds()).containsExactly("IMO9187629", "352001234", "9187629");
        assertThat(vessel.getReason()).startsWith("MARE NOSTRUM");
        assertThat(byId.get("test-list:NK-3xampleYear").getParty().getDatesOfBirth()).containsExactly("1958");
    }

    @Test
    void shouldMapTheUnConsolidatedList() throws Exception {
        List<WatchlistEntry> entries = new ArrayList<>();
        ListEditionReader.Pass pass = reader(ListFormat.UN).read(fixture("consolidated.xml"), EDITION, entries::add);

        assertThat(pass.published()).isEqualTo(LocalDate.of(2026, 11, 28));
        Map<String, WatchlistEntry> byId = byId(entries);
        assertThat(byId).containsOnlyKeys("test-list:IQi.901", "test-list:QDi.902", "test-list:QDe.950");
        WatchlistEntry jubouri = byId.get("test-list:IQi.901");
        assertThat(jubouri.getParty().getNames()).containsExactly("ABDUL RAHMAN IBRAHIM AL-JUBOURI", "عبد الرحمن إبراهيم الجبوري",
            "Abdulrahman al-Jubouri");
        assertThat(jubouri.getParty().getWeakAliases()).containsExactly("Abu Bakr al-Athari");
        assertThat(jubouri.getParty().getDatesOfBirth()).containsExactly("1968");
        assertThat(jubouri.getParty().getNationalities()).containsExactly("IQ");
        assertThat(jubouri.getParty().getIdentifiers()).singleElement().satisfies(id -> {
            assertThat(id.getScheme()).isEqualTo(IdentifierScheme.PASSPORT);
            assertThat(id.getIssuingCountry()).isEqualTo("IQ");
        });
        assertThat(jubouri.getLegalBasis()).isEqualTo("test-list: Iraq");
        assertThat(jubouri.getParty().getAddresses()).containsExactly("Mosul, Iraq");
        WatchlistEntry shammari = byId.get("test-list:QDi.902");
        assertThat(shammari.getParty().getDatesOfBirth()).containsExactly("1975-03-14", "1973", "1974");
        assertThat(shammari.getParty().getDateOfBirth()).as("one of several dates is not the date of birth").isNull();
        assertThat(shammari.getParty().getNationalities()).containsExactly("SY");
        assertThat(byId.get("test-list:QDe.950").getParty().getKind()).isEqualTo(PartyKind.ORGANISATION);
    }

    @Test
    void shouldMapTheOfacSdnXml() throws Exception {
        List<WatchlistEntry> entries = new ArrayList<>();
        ListEditionReader.Pass pass = reader(ListFormat.OFAC).read(fixture("sdn.xml"), EDITION, entries::add);

        assertThat(pass.published()).isEqualTo(LocalDate.of(2026, 11, 27));
        Map<String, WatchlistEntry> byId = byId(entries);
        WatchlistEntry kassab = byId.get("test-list:990001");
        assertThat(kassab.getParty().getNames()).containsExactly("Tarek Mahmoud KASSAB", "Tariq QASSAB");
        assertThat(kassab.getParty().getWeakAliases()).containsExactly("ABU MAHMOUD");
        assertThat(kassab.getParty().getDatesOfBirth()).containsExactly("1969-03");
        assertThat(kassab.getParty().getIdentifiers()).extracting(PartyIdentifier::getScheme)
            .containsExactly(IdentifierScheme.PASSPORT, IdentifierScheme.NATIONAL_ID);
        assertThat(kassab.getProvenance().getProgrammes()).containsExactly("SYRIA", "SDGT");
        assertThat(byId.get("test-list:990002").getParty().getIdentifiers()).singleElement()
            .satisfies(id -> assertThat(id.getScheme()).isEqualTo(IdentifierScheme.COMPANY_REGISTRATION));
        WatchlistEntry vessel = byId.get("test-list:990003");
        assertThat(vessel.getConveyance().getMeansIds()).containsExactly("IMO 9301234", "3EXY7", "9301234");
    }

    @Test
    void shouldMapTheOfacDelimitedFilesWithTheirAliasesAndAddresses() throws Exception {
        List<WatchlistEntry> entries = new ArrayList<>();
        reader(ListFormat.OFAC_CSV).read(fixture("ofac-csv/sdn.csv"), EDITION, entries::add);

        Map<String, WatchlistEntry> byId = byId(entries);
        assertThat(byId).containsOnlyKeys("test-list:990101", "test-list:990102", "test-list:990103");
        WatchlistEntry durri = byId.get("test-list:990101");
        assertThat(durri.getParty().getNames()).containsExactly("Nadim Salim AL-DURRI", "Nadeem AL-DURI");
        assertThat(durri.getParty().getWeakAliases()).containsExactly("ABU SALIM");
        assertThat(durri.getParty().getDatesOfBirth()).containsExactly("1972-06-05");
        assertThat(durri.getParty().getDateOfBirth()).isEqualTo(LocalDate.of(1972, 6, 5));
        assertThat(durri.getParty().getNationalities()).containsExactly("SY");
        assertThat(durri.getParty().getIdentifiers()).singleElement().satisfies(id -> {
            assertThat(id.getValue()).isEqualTo("N1122334");
            assertThat(id.getIssuingCountry()).isEqualTo("SY");
        });
        assertThat(durri.getProvenance().getProgrammes()).containsExactly("SYRIA", "SDGT");
        WatchlistEntry zenobia = byId.get("test-list:990102");
        assertThat(zenobia.getParty().getNames()).containsExactly("ZENOBIA ANTIQUES TRADING L.L.C.", "ZENOBIA TRADING");
        assertThat(zenobia.getParty().getCountries()).containsExactly("AE");
        assertThat(byId.get("test-list:990103").getConveyance().getMeansIds()).containsExactly("YKA-21", "IMO 9012345", "9012345");
    }

    @Test
    void shouldNameTheLineAndReasonOfAMalformedEdition() throws Exception {
        Path ftm = dir.resolve("broken.ftm.json");
        Files.writeString(ftm, Files.readString(fixture("entities.ftm.json")) + "{\"id\": \"NK-x\", \"schema\": \n");
        assertThatThrownBy(() -> reader(ListFormat.FTM).read(ftm, EDITION, e -> { }))
            .isInstanceOf(MalformedListException.class).hasMessageStartingWith("line 7: not a JSON object");

        Path un = dir.resolve("truncated.xml");
        String full = Files.readString(fixture("consolidated.xml"));
        Files.writeString(un, full.substring(0, full.indexOf("</INDIVIDUALS>")));
        assertThatThrownBy(() -> reader(ListFormat.UN).read(un, EDITION, e -> { }))
            .isInstanceOf(MalformedListException.class).hasMessageContaining("malformed XML");

        Path ofac = dir.resolve("sdn.xml");
        Files.writeString(ofac, Files.readString(fixture("sdn.xml")).replace("Mar 1969", "the spring of sixty-nine"));
        assertThatThrownBy(() -> reader(ListFormat.OFAC).read(ofac, EDITION, e -> { }))
            .isInstanceOf(MalformedListException.class)
            .hasMessage("line 7 <sdnEntry>: dateOfBirth 'the spring of sixty-nine' is not a date");

        assertThatThrownBy(() -> reader(ListFormat.UN).read(fixture("sdn.xml"), EDITION, e -> { }))
            .hasMessageContaining("not a UN consolidated list: the root element is <sdnList>");

        Path csv = dir.resolve("sdn.csv");
        Files.writeString(csv, "990101,\"AL-DURRI, Nadim\",\"individual\"\n");
        assertThatThrownBy(() -> reader(ListFormat.OFAC_CSV).read(csv, EDITION, e -> { }))
            .hasMessage("sdn.csv line 1: expected 12 columns, found 3");
    }

    @Test
    void shouldRefuseAnEntryValidationRefusesAndReadTheRest() throws Exception {
        Path ftm = dir.resolve("nameless.ftm.json");
        Files.writeString(ftm, """
            {"id":"NK-a","schema":"Person","properties":{"name":["Nabil Haddad"]}}
            {"id":"NK-b","schema":"Vessel","properties":{"name":["NO NUMBER"]}}
            """);
        List<String> refusedIds = new ArrayList<>();
        ListEditionReader.Pass pass = reader(ListFormat.FTM).read(ftm, EDITION, e -> { }, refusedIds::add);

        assertThat(pass.accepted()).isEqualTo(1);
        assertThat(refusedIds).containsExactly("test-list:NK-b");
        assertThat(pass.refused()).singleElement().hasToString(
            "line 2 (test-list:NK-b): CONVEYANCE entry needs a container number or a means id");
    }

    private static ListEditionReader reader(ListFormat format) {
        return new ListEditionReader(format, new EntryValidator(ConfigLoader.defaultsOnly().limits().entry()), 1000, line -> { });
    }

    private static Map<String, WatchlistEntry> byId(List<WatchlistEntry> entries) {
        return entries.stream().collect(Collectors.toMap(WatchlistEntry::getEntryId, Function.identity()));
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ListEditionReaderSpec.class.getResource("/sources/" + name).toURI());
    }
}
