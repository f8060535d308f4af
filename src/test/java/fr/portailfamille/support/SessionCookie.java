package fr.portailfamille.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The session of a MockMvc "browser". Sessions live in the database (Spring Session JDBC) and are found by their
 * cookie, as in production, so a test keeps the cookie between requests instead of a {@code MockHttpSession}.
 */
public final class SessionCookie {

    public static final String NAME = "PFSESSION";

    private Cookie cookie;

    public MvcResult perform(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (cookie != null) {
            request.cookie(cookie);
        }
        var result = mvc.perform(request).andReturn();
        var set = result.getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : set;
        }
        return result;
    }

    /** The session's cookie value (null before the first session, or after one was ended). */
    public String value() {
        return cookie == null ? null : cookie.getValue();
    }

    public Cookie cookie() {
        return cookie;
    }

    /**
     * The flash attributes of a redirect as the next page receives them. MockMvc's {@code flashAttrs} puts them in
     * a mock session that the application, whose sessions live in the database, never reads.
     */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor flash(
            java.util.Map<String, ?> attributes) {
        return request -> {
            var flash = new org.springframework.web.servlet.FlashMap();
            flash.putAll(attributes);
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
            return request;
        };
    }
}
