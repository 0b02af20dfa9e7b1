package org.sepakat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sepakat.it.support.RawHttp.Answer;

/** The login page as a browser uses it over plain HTTP: show the form, post it with its token. */
public final class LoginForm {

    /** The single sign-on cookie a successful sign-in sets. */
    public static final String SSO = "SEPAKATSSO";

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private LoginForm() {}

    /** Opens the login page and returns the form's anti-forgery token. */
    public static String show(RawHttp browser) {
        Answer page = browser.get("login.xhtml");
        assertThat(page.status()).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("the login form carries a token").isTrue();
        return m.group(1);
    }

    /** Submits the form as the browser does after showing it (a null token: the page is shown first). */
    public static Answer signIn(RawHttp browser, String user, String password, String token) {
        String shown = token == null ? show(browser) : token;
        return browser.postForm("sign-in", fields(user, password, shown), "Sec-Fetch-Site", "same-origin");
    }

    /** The form's fields, encoded. */
    public static String fields(String user, String password, String token) {
        return "j_username=" + enc(user) + "&j_password=" + enc(password) + "&token=" + enc(token);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
