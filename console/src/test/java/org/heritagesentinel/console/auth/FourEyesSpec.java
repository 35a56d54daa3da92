package org.heritagesentinel.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Set;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.WatchlistEntry;
import org.junit.jupiter.api.Test;

class FourEyesSpec {
    private final WatchlistEntry draft = WatchlistEntry.newBuilder().setEntryId("PTY-9").setKind(EntryKind.PARTY)
        .setStatus(EntryStatus.DRAFT).setListingAuthority("JO").setAuthor("supervisor.jo").build();

    private static Account user(String name, String authority, Role... roles) {
        return new Account(name, "", authority, Set.of(roles), "en", ZoneId.of("UTC"));
    }

    @Test
    void aSecondSupervisorOfTheListingAuthorityApproves() {
        assertThat(FourEyes.refusal(user("second.jo", "JO", Role.SUPERVISOR), draft)).isEmpty();
    }

    @Test
    void theAuthorAnAnalystAnotherAuthorityAndAnActiveEntryAreRefused() {
        assertThat(FourEyes.refusal(user("supervisor.jo", "JO", Role.SUPERVISOR), draft)).get().asString()
            .contains("author");
        assertThat(FourEyes.refusal(user("analyst.jo", "JO", Role.ANALYST), draft)).get().asString().contains("supervisor");
        assertThat(FourEyes.refusal(user("chef.ma", "MA", Role.SUPERVISOR), draft)).get().asString()
            .contains("another authority");
        WatchlistEntry active = WatchlistEntry.newBuilder(draft).setStatus(EntryStatus.ACTIVE).build();
        assertThat(FourEyes.refusal(user("second.jo", "JO", Role.SUPERVISOR), active)).get().asString()
            .contains("is not a draft");
    }

    @Test
    void aSecondSupervisorApprovesADelistingTheRequesterInAnyCaseCannot() {
        WatchlistEntry requested = WatchlistEntry.newBuilder(draft).setStatus(EntryStatus.DELISTING_REQUESTED)
            .setApprover("head.rac.jo").setDelistingRequester("supervisor.jo").setDelistingReason("court order 2026/88")
            .build();

        assertThat(FourEyes.refusal(user("second.jo", "JO", Role.SUPERVISOR), requested)).isEmpty();
        assertThat(FourEyes.refusal(user("Supervisor.JO", "JO", Role.SUPERVISOR), requested)).get().asString()
            .contains("requested a delisting cannot approve it");
        assertThat(FourEyes.refusal(user("chef.ma", "MA", Role.SUPERVISOR), requested)).get().asString()
            .contains("another authority");
        assertThat(FourEyes.refusal(user("analyst.jo", "JO", Role.ANALYST), requested)).get().asString()
            .contains("only a supervisor");
    }

    @Test
    void onlyASupervisorOfTheListingAuthorityRequestsTheDelistingOfAnActiveEntry() {
        WatchlistEntry active = WatchlistEntry.newBuilder(draft).setStatus(EntryStatus.ACTIVE).build();

        assertThat(FourEyes.delistingRefusal(user("supervisor.jo", "JO", Role.SUPERVISOR), active)).isEmpty();
        assertThat(FourEyes.delistingRefusal(user("analyst.jo", "JO", Role.ANALYST), active)).get().asString()
            .contains("only a supervisor");
        assertThat(FourEyes.delistingRefusal(user("chef.ma", "MA", Role.SUPERVISOR), active)).get().asString()
            .contains("another authority");
        assertThat(FourEyes.delistingRefusal(user("supervisor.jo", "JO", Role.SUPERVISOR), draft)).get().asString()
            .contains("is not active");
    }
}
