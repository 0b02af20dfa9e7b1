package org.sepakat.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sepakat.it.support.DemoUsers;
import org.sepakat.it.support.DeployedEar;
import org.sepakat.it.support.FormSignIn;

/** the header's language switch, sent as the page's AJAX request with a Referer of another site. */
class LanguageSwitchIT extends DeployedEar {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces refuses an AJAX request without the page's CSP nonce (primefaces.CSP). */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @Test
    @DisplayName(
            "X-5: switching the language goes back only to a page of this application, never to the Referer's site")
    void languageSwitchNeverLeavesTheSite() {
        FormSignIn.Session session = FormSignIn.signIn(baseUrl(), null, DemoUsers.SUPMAN, DemoUsers.PASSWORD);
        String page = baseUrl() + "customers/list.xhtml";
        String html = session.get(page).body();
        Matcher viewState = VIEW_STATE.matcher(html);
        Matcher nonce = NONCE.matcher(html);
        assertThat(viewState.find()).as("the page carries its view state").isTrue();
        assertThat(nonce.find()).as("the page carries its script nonce").isTrue();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "language:choice");
        fields.put("jakarta.faces.partial.execute", "language:choice");
        fields.put("jakarta.faces.behavior.event", "valueChange");
        fields.put("jakarta.faces.partial.event", "change");
        fields.put("language", "language");
        fields.put("language:choice_input", "en");
        fields.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        fields.put("primefaces.nonce", nonce.group(1));
        HttpResponse<String> switched = session.post(
                page, fields, "Faces-Request", "partial/ajax", "Referer", "https://evil.example/customers/list.xhtml");

        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.body())
                .as("the partial response redirects")
                .contains("<redirect url=\"")
                .doesNotContain("evil.example");
        Matcher target = Pattern.compile("<redirect url=\"([^\"]*)\"").matcher(switched.body());
        assertThat(target.find()).isTrue();
        assertThat(target.group(1))
                .as("a path of this application")
                .startsWith("/")
                .doesNotStartWith("//");
    }
}
