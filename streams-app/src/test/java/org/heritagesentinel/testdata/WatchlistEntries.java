package org.heritagesentinel.testdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.Dimensions;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;

/** Watchlist entries for specifications. */
public final class WatchlistEntries {
    private WatchlistEntries() {
    }

    public static WatchlistEntry listedParty(String entryId, String name, String tin) {
        return base(entryId, EntryKind.PARTY)
            .setParty(ListedParty.newBuilder().setNames(List.of(name))
                .setIdentifiers(tin == null ? List.of()
                    : List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN).setValue(tin).build()))
                .build())
            .setReason("convicted of trafficking antiquities")
            .setRiskWeight(80)
            .build();
    }

    /** UNSC 2199-style profile: cultural HS headings from an embargoed origin. */
    public static WatchlistEntry embargoProfile(String entryId, List<String> hsPrefixes, List<String> countries) {
        return base(entryId, EntryKind.RISK_PROFILE)
            .setLegalBasis("UNSC 2199 §17")
            .setRiskWeight(70)
            .setProfile(RiskProfile.newBuilder().setRuleType(RuleType.EMBARGO_ORIGIN).setHsPrefixes(hsPrefixes)
                .setCountries(countries).setCountryRoles(List.of(CountryRole.ORIGIN, CountryRole.EXPORT)).build())
            .build();
    }

    /** A risk profile of any rule type, as risk-analysis centres publish them. */
    public static WatchlistEntry profile(String entryId, int weight, String legalBasis, RiskProfile.Builder profile) {
        return base(entryId, EntryKind.RISK_PROFILE).setRiskWeight(weight).setLegalBasis(legalBasis)
            .setProfile(profile.build()).build();
    }

    /** An INTERPOL-style stolen-object record described with Object ID fields. */
    public static WatchlistEntry stolenTablet(String entryId, String reference) {
        return base(entryId, EntryKind.OBJECT)
            .setSource(EntrySource.INTERPOL)
            .setRiskWeight(90)
            .setReason("stolen from the Iraq Museum")
            .setObject(ObjectDescription.newBuilder()
                .setObjectType("tablet")
                .setMaterials(List.of("clay"))
                .setInscriptions("cuneiform")
                .setPeriod("Old Babylonian")
                .setMeasurements(Dimensions.newBuilder().setHeightCm(8.2).setWidthCm(5.1).build())
                .setDescription("clay tablet with cuneiform inscription")
                .setReferenceNumbers(List.of(reference))
                .build())
            .build();
    }

    public static WatchlistEntry.Builder base(String entryId, EntryKind kind) {
        return WatchlistEntry.newBuilder()
            .setEntryId(entryId)
            .setRevision(1)
            .setKind(kind)
            .setSource(EntrySource.ANALYST)
            .setStatus(EntryStatus.ACTIVE)
            .setListingAuthority("JO")
            .setSharingScope(SharingScope.REGIONAL);
    }

    /** The largest party entry the validator accepts under {@code limits}: every list and text at its limit. */
    public static WatchlistEntry justUnderEveryLimit(String entryId, SentinelConfig.EntryLimits limits) {
        List<PartyIdentifier> identifiers = new ArrayList<>();
        for (int i = 0; i < limits.listSize(); i++) {
            identifiers.add(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN).setValue("JO-" + (100_000 + i))
                .build());
        }
        return base(entryId, EntryKind.PARTY).setReason("r".repeat(limits.textLength()))
            .setParty(ListedParty.newBuilder().setNames(names(limits.names(), limits.nameLength()))
                .setIdentifiers(identifiers).setCountries(Collections.nCopies(limits.listSize(), "JO")).build())
            .build();
    }

    /** {@code count} distinct names of {@code length} characters, of several parts as real names are. */
    public static List<String> names(int count, int length) {
        return names("Youssef Haddad", "Abd al Karim", count, length);
    }

    /** {@code count} distinct names of {@code length} characters: {@code given}, a number, then {@code filler} repeated. */
    public static List<String> names(String given, String filler, int count, int length) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add((given + " " + Integer.toString(i, 26) + " " + (filler + " ").repeat(length / (filler.length() + 1) + 1))
                .substring(0, length));
        }
        return names;
    }
}
