package org.heritagesentinel.watchlist.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class EditionDiffSpec {
    private static final SourceEdition FIRST = new SourceEdition("opensanctions", LocalDate.of(2026, 12, 1), "JO", 80);
    private static final SourceEdition SECOND = FIRST.withPublished(LocalDate.of(2026, 12, 2));

    @Test
    void shouldFindOneRevisionOneNewEntryAndOneDelistingBetweenTwoEditions() throws Exception {
        Map<String, EditionDiff.Listed> listed = listing(read("entities.ftm.json", FIRST));

        EditionDiff diff = new EditionDiff(listed);
        List<WatchlistEntry> second = read("entities-v2.ftm.json", SECOND);
        second.forEach(diff::consider);

        assertThat(diff.counts()).hasToString("1 new, 1 revised, 2 unchanged, 1 delisted");
        assertThat(diff.counts().delistShare()).isEqualTo(0.25);
        assertThat(diff.delisted()).containsExactly("opensanctions:NK-3xampleYear");
        List<WatchlistEntry> published = second.stream().map(diff::toPublish).filter(e -> e != null).toList();
        assertThat(published).extracting(WatchlistEntry::getEntryId, WatchlistEntry::getRevision).containsExactly(
            org.assertj.core.groups.Tuple.tuple("opensanctions:NK-3xampleBabylon", 2L),
            org.assertj.core.groups.Tuple.tuple("opensanctions:NK-3xampleNineveh", 1L));
        assertThat(published.get(0).getProvenance().getEdition()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void shouldChangeNothingForTheSameEditionAgainEvenWithANewDate() throws Exception {
        EditionDiff diff = new EditionDiff(listing(read("entities.ftm.json", FIRST)));
        read("entities.ftm.json", SECOND).forEach(diff::consider);

        assertThat(diff.counts()).hasToString("0 new, 0 revised, 4 unchanged, 0 delisted");
    }

    @Test
    void shouldLeaveAPendingDelistingRequestAloneWhenTheSourceStillListsTheEntryUnchanged() throws Exception {
        List<WatchlistEntry> first = read("entities.ftm.json", FIRST);
        WatchlistEntry requested = WatchlistEntry.newBuilder(first.get(0)).setStatus(EntryStatus.DELISTING_REQUESTED)
            .setDelistingRequester("supervisor.jo").setDelistingReason("court order 2026/88").build();
        List<WatchlistEntry> held = new ArrayList<>(first);
        held.set(0, requested);
        EditionDiff diff = new EditionDiff(listing(held));
        read("entities.ftm.json", SECOND).forEach(diff::consider);

        assertThat(diff.counts()).hasToString("0 new, 0 revised, 4 unchanged, 0 delisted");
    }

    @Test
    void shouldKeepAnEntryTheNewEditionHasButValidationRefuses() throws Exception {
        EditionDiff diff = new EditionDiff(listing(read("entities.ftm.json", FIRST)));
        diff.keep("opensanctions:NK-3xampleYear");

        assertThat(diff.delisted()).doesNotContain("opensanctions:NK-3xampleYear");
        assertThat(diff.counts().delisted()).isEqualTo(3);
    }

    private static Map<String, EditionDiff.Listed> listing(List<WatchlistEntry> entries) {
        Map<String, EditionDiff.Listed> listed = new HashMap<>();
        entries.forEach(e -> listed.put(e.getEntryId(), new EditionDiff.Listed(e.getRevision(), EditionDiff.digest(e))));
        return listed;
    }

    private static List<WatchlistEntry> read(String fixture, SourceEdition edition) throws Exception {
        List<WatchlistEntry> entries = new ArrayList<>();
        Path file = ListEditionReaderSpec.fixture(fixture);
        new ListEditionReader(ListFormat.FTM, new EntryValidator(ConfigLoader.defaultsOnly().limits().entry()), 1000, line -> { }).read(file, edition, entries::add);
        return entries;
    }
}
