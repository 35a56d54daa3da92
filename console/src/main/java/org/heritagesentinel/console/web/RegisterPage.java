package org.heritagesentinel.console.web;

import org.heritagesentinel.console.register.RegisterQueries;

/**
 * The register search form and its answer.
 *
 * @param problem  message key of why there is no answer (empty when there is one or nothing was asked)
 */
public record RegisterPage(boolean available, String kind, String query, RegisterQueries.Answer answer, String problem) {

    public static final java.util.List<String> KINDS = java.util.Arrays.stream(RegisterQueries.Kind.values())
        .map(Enum::name).toList();
}
