package org.heritagesentinel.alert;

/** Why an authority receives an alert; the sharing policy decides per role what it may see. */
public enum RecipientRole {
    /** The authority that received the declaration or made the seizure. */
    SCREENING,
    ORIGIN,
    EXPORT,
    TRANSIT,
    DESTINATION,
    /** An authority that listed an entry that fired. */
    LISTING
}
