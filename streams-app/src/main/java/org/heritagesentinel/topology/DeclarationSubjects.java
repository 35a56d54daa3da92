package org.heritagesentinel.topology;

import org.heritagesentinel.alert.AlertSubject;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.screening.ScreeningResult;

/** A screened declaration as the subject of its alert (live or retro: the same subject, the same alert). */
final class DeclarationSubjects {
    private DeclarationSubjects() {
    }

    static AlertSubject of(String key, CustomsDeclaration declaration, ScreeningResult result, RecipientResolver recipients) {
        String route = declaration.getRoute().getExportCountry() + "→" + declaration.getRoute().getDestinationCountry();
        return new AlertSubject(SubjectType.DECLARATION, key, declaration.getVersion(), declaration.getAuthority(),
            declaration.getAcceptedAt(), recipients.recipients(declaration, result.hits()), declaration.getType() + " " + route);
    }
}
