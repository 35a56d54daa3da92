package org.heritagesentinel.testkit;

/** Sample values as Prometheus writes them, in the text format and in API answers. */
final class PrometheusNumbers {

    private PrometheusNumbers() {
    }

    static double parse(String text) {
        switch (text) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(text);
        }
    }
}
