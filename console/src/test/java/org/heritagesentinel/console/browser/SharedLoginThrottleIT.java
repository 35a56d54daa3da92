package org.heritagesentinel.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.heritagesentinel.console.Console;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two console instances on one broker, as behind a load balancer: the wrong passwords typed on either count on
 * both ({@code console.login-failures.v1}), so an account gets {@code console.login.max-failures} guesses in all.
 */
class SharedLoginThrottleIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static Console first;
    private static Console second;

    @BeforeAll
    static void twoInstances() throws Exception {
        ConsoleStack stack = ConsoleStack.get();
        first = stack.console;
        second = stack.secondInstance();
    }

    @Test
    void threeWrongPasswordsOnOneInstanceAndTwoOnTheOtherThrottleTheAccountOnBoth() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(signIn(first, "guessed.jo", "guess " + attempt).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(second, "guessed.jo", "guess 4").statusCode()).isEqualTo(401);
        HttpResponse<String> fifth = signIn(second, "Guessed.JO", "guess 5");
        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.body()).contains("throttled");

        for (Console either : new Console[] {first, second}) {
            HttpResponse<String> rightPassword = signIn(either, "guessed.jo", ConsoleStack.PASSWORD);
            assertThat(rightPassword.statusCode()).as("the right password on %s", either.uri()).isEqualTo(429);
            assertThat(rightPassword.body()).contains("throttled");
        }
        assertThat(signIn(second, "analyst.jo", ConsoleStack.PASSWORD).headers().firstValue("Location"))
            .as("other accounts still sign in").hasValue("/queue");
    }

    private static HttpResponse<String> signIn(Console console, String username, String password)
        throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(console.uri() + "login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
