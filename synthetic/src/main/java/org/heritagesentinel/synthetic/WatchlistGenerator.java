package org.heritagesentinel.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedDocument;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * A synthetic watchlist of any size, entry by entry: entry {@code i} depends only on the seed and
 * {@code i}, so the traffic generator can refer to listed names and containers without holding the
 * list. Mix per 100 entries: 80 parties (persons and companies, with aliases and identifiers),
 * 12 objects, 4 conveyances, 3 documents and, among the first 2,000 entries, one risk profile
 * (profiles are rules, not names: real centres publish tens, not thousands).
 */
public final class WatchlistGenerator {
    static final String[] AUTHORITIES = {"JO", "LB", "EG", "MA", "TN", "AE", "QA", "SA", "IQ", "DZ"};
    static final String[] EMBARGOED = {"SY", "IQ", "YE", "LY"};
    static final String[][] CULTURAL_HS = {{"9705", "9706", "9703"}, {"9706", "4906", "7118"}, {"9701", "9702", "9705"}};
    private static final int MAX_PROFILE_INDEX = 2_000;
    private static final String[] OBJECT_TYPES = {"coin", "statue", "manuscript", "icon", "mosaic", "cylinder seal",
        "cuneiform tablet", "funerary stele", "oil lamp", "amphora", "relief fragment", "painting"};
    private static final String[] PERIODS = {"Roman", "Byzantine", "Ottoman", "Abbasid", "Umayyad", "Hellenistic",
        "Neo-Assyrian", "Pharaonic", "Nabataean", "Phoenician"};

    private final long seed;
    private final NamePool names;

    public WatchlistGenerator(long seed) {
        this(seed, NamePool.bundled());
    }

    public WatchlistGenerator(long seed, NamePool names) {
        this.seed = seed;
        this.names = names;
    }

    public static String entryId(int index) {
        return String.format(Locale.ROOT, "SIM-%07d", index);
    }

    public static EntryKind kindOf(int index) {
        int slot = index % 100;
        if (slot < 80) {
            return EntryKind.PARTY;
        }
        if (slot < 92) {
            return EntryKind.OBJECT;
        }
        if (slot < 96) {
            return EntryKind.CONVEYANCE;
        }
        if (slot == 99 && index < MAX_PROFILE_INDEX) {
            return EntryKind.RISK_PROFILE;
        }
        return EntryKind.DOCUMENT;
    }

    public WatchlistEntry entry(int index) {
        SplittableRandom random = randomFor(index);
        String authority = AUTHORITIES[random.nextInt(AUTHORITIES.length)];
        WatchlistEntry.Builder entry = WatchlistEntry.newBuilder()
            .setEntryId(entryId(index))
            .setRevision(1)
            .setKind(kindOf(index))
            .setSource(random.nextInt(4) == 0 ? EntrySource.SANCTIONS_LIST : EntrySource.ANALYST)
            .setStatus(EntryStatus.ACTIVE)
            .setListingAuthority(authority)
            .setAuthor("simulate.analyst")
            .setApprover("simulate.supervisor")
            .setSharingScope(SharingScope.REGIONAL)
            .setRiskWeight(40 + random.nextInt(60));
        switch (kindOf(index)) {
            case PARTY -> entry.setReason("simulated listing").setParty(party(random, authority));
            case OBJECT -> entry.setReason("simulated stolen object").setObject(object(random, index));
            case CONVEYANCE -> entry.setReason("simulated seizure conveyance").setConveyance(ListedConveyance.newBuilder()
                .setContainers(List.of(container(index))).setMode(TransportMode.SEA).build());
            case RISK_PROFILE -> entry.setListingAuthority("UNSC").setLegalBasis("simulated embargo profile")
                .setProfile(profile(random));
            default -> entry.setReason("simulated forged document").setDocument(ListedDocument.newBuilder()
                .setType(DocumentType.EXPORT_LICENCE).setReference(document(index)).setIssuingCountry(authority).build());
        }
        return entry.build();
    }

    /**
     * Entries 0..size-1 as suspicious traffic draws them: parties, conveyances and documents as listed;
     * an object or profile slot stands for one of the first 20 profiles (generated objects are not
     * declared), or for a party of its hundred when the list has no profile.
     */
    public ListedEntries first(int size) {
        return random -> {
            int index = random.nextInt(Math.max(1, size));
            EntryKind kind = kindOf(index);
            if (kind == EntryKind.OBJECT || kind == EntryKind.RISK_PROFILE) {
                int profiles = Math.min(20, size / 100);
                index = profiles == 0 ? index - index % 100 : 99 + 100 * random.nextInt(profiles);
            }
            return entry(index);
        };
    }

    /** The container number listed by a CONVEYANCE entry. */
    public static String container(int index) {
        StringBuilder owner = new StringBuilder();
        int n = index;
        for (int i = 0; i < 3; i++) {
            owner.append((char) ('A' + n % 26));
            n /= 26;
        }
        return owner + "U" + String.format(Locale.ROOT, "%07d", index % 10_000_000);
    }

    /** The licence reference listed by a DOCUMENT entry. */
    public static String document(int index) {
        return String.format(Locale.ROOT, "EL/%d/%06d", 2020 + index % 6, index);
    }

    private SplittableRandom randomFor(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    private ListedParty party(SplittableRandom random, String authority) {
        boolean company = random.nextInt(10) < 3;
        String primary = company ? names.company(random) : names.person(random);
        List<String> all = new ArrayList<>();
        all.add(primary);
        int aliases = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
        for (int a = 0; a < aliases; a++) {
            String alias = random.nextBoolean() ? NamePool.variant(primary, random) : (company ? names.company(random) : names.person(random));
            if (!all.contains(alias)) {
                all.add(alias);
            }
        }
        List<PartyIdentifier> ids = new ArrayList<>();
        if (random.nextInt(10) < 6) {
            ids.add(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN)
                .setValue(authority + "-" + (10_000_000 + random.nextInt(89_999_999))).setIssuingCountry(authority).build());
        }
        return ListedParty.newBuilder()
            .setNames(all)
            .setKind(company ? PartyKind.ORGANISATION : PartyKind.PERSON)
            .setIdentifiers(ids)
            .setCountries(List.of(authority))
            .build();
    }

    private static ObjectDescription object(SplittableRandom random, int index) {
        String type = OBJECT_TYPES[random.nextInt(OBJECT_TYPES.length)];
        String period = PERIODS[random.nextInt(PERIODS.length)];
        return ObjectDescription.newBuilder()
            .setObjectType(type)
            .setPeriod(period)
            .setMaterials(List.of(random.nextBoolean() ? "bronze" : "limestone"))
            .setDescription(period + " " + type + ", " + (5 + random.nextInt(80)) + " cm")
            .setReferenceNumbers(List.of(String.format(Locale.ROOT, "INTERPOL-%d/%06d", 2010 + index % 15, index)))
            .build();
    }

    private static RiskProfile profile(SplittableRandom random) {
        return RiskProfile.newBuilder()
            .setRuleType(RuleType.EMBARGO_ORIGIN)
            .setHsPrefixes(List.of(CULTURAL_HS[random.nextInt(CULTURAL_HS.length)]))
            .setCountries(List.of(EMBARGOED[random.nextInt(EMBARGOED.length)]))
            .setCountryRoles(List.of(CountryRole.ORIGIN, CountryRole.EXPORT))
            .build();
    }
}
