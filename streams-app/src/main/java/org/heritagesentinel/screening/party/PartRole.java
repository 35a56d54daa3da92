package org.heritagesentinel.screening.party;

/** The place a part holds in a name, where the name itself tells it. */
enum PartRole {
    /** A given name, family name or company word. */
    NAME,
    /** The name after a patronymic link ("Salman" in "Muhammad bin Salman"): the father's name, not the person's. */
    AFTER_LINK,
    /** A patronymic by its suffix ("Viktorovich", "Oleksandrovych", "Ivanovna"). */
    PATRONYMIC;

    /**
     * Whether two parts in these roles may stand for each other. A patronymic never stands for a given name
     * ("Oleksandr" is not "Oleksandrovych"); a father's name only conflicts with an own name when both names
     * spell out their patronymic links ("X bin Y" is not "Y bin X").
     */
    static boolean compatible(PartRole a, PartRole b, boolean bothLinked) {
        if (a == b) {
            return true;
        }
        if (a == PATRONYMIC || b == PATRONYMIC) {
            return a != NAME && b != NAME;
        }
        return !bothLinked;
    }
}
