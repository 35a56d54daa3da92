package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores an alignment: the weight of aligned parts (scaled by how well they agree) against the weight of
 * parts that conflict (a different name where the other side has one) and parts that are simply extra.
 *
 * <p>A missing middle name costs little ({@code extraPartCost}), a different family name costs a lot
 * ({@code conflictPartCost}), and common parts (Mohammed, Trading) weigh less than rare ones either way.
 */
final class AlignmentScore {

    private final NameMatchingConfig config;
    private final PartyScoringTable table;
    // the table's numbers read for every aligned or extra part, as fields of their own (the hot path of matching)
    private final double fullAgreement;
    private final double conflictWeightFloor;
    private final double commonExtraPartFloor;
    private final LegalFormKinds legalForms;

    AlignmentScore(NameMatchingConfig config, LegalFormKinds legalForms) {
        this.config = config;
        this.table = config.scoring();
        this.fullAgreement = table.fullAgreement();
        this.conflictWeightFloor = table.conflictWeightFloor();
        this.commonExtraPartFloor = table.commonExtraPartFloor();
        this.legalForms = legalForms;
    }

    /**
     * The score of an alignment and the noise rules that lowered it, in words for the explanation.
     *
     * @param score 0..1 before clamping
     * @param rules the rules applied, e.g. "one distinctive word only ×0.85"
     */
    record Scored(double score, List<String> rules) {
    }

    Scored score(Alignment alignment, ParsedName declared, ParsedName listed) {
        boolean organisation = declared.organisation() || listed.organisation();
        double agreed = 0;
        double total = 0;
        boolean rareAgreement = false;
        for (AlignedPair pair : alignment.pairs()) {
            rareAgreement |= pair.rareAgreement(fullAgreement);
            double weight = (pair.declared().weight() + pair.listed().weight()) / 2;
            double agreement = agreement(pair.comparison().similarity());
            agreed += weight * agreement;
            double conflictWeight = (conflictWeight(pair.declared()) + conflictWeight(pair.listed())) / 2;
            total += weight * agreement + conflictWeight * config.conflictPartCost() * (1 - agreement);
        }
        double leftDeclared = extraWeight(alignment.unmatchedDeclared(), rareAgreement);
        double leftListed = extraWeight(alignment.unmatchedListed(), rareAgreement);
        total += config.conflictPartCost() * Math.min(conflictWeight(alignment.unmatchedDeclared()),
                conflictWeight(alignment.unmatchedListed()))
                + (organisation || !rareAgreement ? table.organisationExtraPartCost() : config.extraPartCost())
                * Math.abs(leftDeclared - leftListed);
        if (total <= 0) {
            return new Scored(0, List.of());
        }
        double score = agreed / total;
        List<String> rules = new ArrayList<>();
        if (organisation && restsOnOneDistinctiveWord(alignment)) {
            score *= table.oneDistinctiveWordFactor();
            rules.add("one distinctive word only ×" + table.oneDistinctiveWordFactor());
        }
        if (givenNameAloneAgainstLonger(alignment)) {
            score *= table.givenNameAloneFactor();
            rules.add("a given name alone ×" + table.givenNameAloneFactor());
        }
        if (NasabChild.applies(declared.parts(), listed.parts(), alignment)) {
            score *= table.nasabChildFactor();
            rules.add("a given name before the other's whole name: a child of that person ×" + table.nasabChildFactor());
        } else if (FathersNameShift.applies(declared.parts(), listed.parts(), alignment)) {
            score *= table.fathersNameShiftFactor();
            rules.add("own given name missing, father's name in its place ×" + table.fathersNameShiftFactor());
        }
        switch (legalForms.difference(declared.legalForms(), listed.legalForms())) {
            case OTHER_COMPANY_FORM -> {
                score *= config.legalFormMismatchFactor();
                rules.add("another company form ×" + config.legalFormMismatchFactor());
            }
            case OTHER_LEGAL_PERSON -> {
                score *= table.otherLegalPersonFactor();
                rules.add("establishment, partnership or company: another legal person ×" + table.otherLegalPersonFactor());
            }
            case NONE -> {
            }
        }
        return new Scored(score, List.copyOf(rules));
    }

    double agreement(double similarity) {
        if (similarity >= fullAgreement) {
            return similarity;
        }
        double floor = config.minPartSimilarity();
        return Math.max(0, (similarity - floor) / (fullAgreement - floor)) * fullAgreement;
    }

    /** One side has a word the other lacks, and only one aligned pair of non-generic words agrees. */
    private boolean restsOnOneDistinctiveWord(Alignment alignment) {
        if (alignment.unmatchedDeclared().isEmpty() && alignment.unmatchedListed().isEmpty()) {
            return false;
        }
        int distinctive = 0;
        for (AlignedPair pair : alignment.pairs()) {
            if (!pair.declared().generic() && !pair.listed().generic()
                    && pair.comparison().similarity() >= fullAgreement) {
                distinctive++;
            }
        }
        return distinctive == 1;
    }

    /** One side is a single given name, aligned, and the other side has parts that side lacks. */
    private static boolean givenNameAloneAgainstLonger(Alignment alignment) {
        if (alignment.pairs().size() != 1) {
            return false;
        }
        AlignedPair pair = alignment.pairs().get(0);
        boolean declaredAlone = alignment.unmatchedDeclared().isEmpty() && pair.declared().givenName()
                && !alignment.unmatchedListed().isEmpty();
        boolean listedAlone = alignment.unmatchedListed().isEmpty() && pair.listed().givenName()
                && !alignment.unmatchedDeclared().isEmpty();
        return declaredAlone || listedAlone;
    }

    /**
     * Parts on one side only. When no rare part agrees, a missing word counts at least as a common part:
     * "Karim Saleh" and "Karim Ali Saleh" agree on nothing that identifies anybody (Karim and Saleh are
     * common), and a missing "Ali", itself common, is no evidence for them being one person.
     */
    private double extraWeight(List<NamePart> parts, boolean rareAgreement) {
        double sum = 0;
        for (NamePart part : parts) {
            boolean floored = !rareAgreement && part.kind() == PartKind.WORD;
            sum += floored ? Math.max(part.weight(), commonExtraPartFloor) : part.weight();
        }
        return sum;
    }

    /** Numbers keep their own weight (series of funds are listed as one party); differing patronymics are different fathers. */
    private double conflictWeight(List<NamePart> parts) {
        double sum = 0;
        for (NamePart part : parts) {
            sum += conflictWeight(part);
        }
        return sum;
    }

    private double conflictWeight(NamePart part) {
        if (part.kind() == PartKind.NUMBER) {
            return part.weight();
        }
        return part.role() == PartRole.PATRONYMIC ? 1.0 : Math.max(part.weight(), conflictWeightFloor);
    }
}
