package fr.portailfamille.shared.upload;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart form before anything else does. A body over the servlet limits
 * ({@code spring.servlet.multipart.*}, far above the 5 MB a file may have, so that an 8 or 20 MB file still reaches
 * its form and gets the French message next to its field) or a malformed body would otherwise make the first
 * {@code getParameter} — Spring Security's CSRF check — throw, and Tomcat answer its bare English page with an
 * ERROR in the log. Here it gets the portal's French error page (413 or 400) and one INFO line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartBodyFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MultipartBodyFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        int status;
        try {
            request.getParameterMap(); // parses the body once; Tomcat keeps the result for everyone else
            chain.doFilter(request, response);
            return;
        } catch (InvalidParameterException e) {
            status = e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
            LOG.info("Multipart body refused with {} on {}: {}", status, request.getRequestURI(),
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        } catch (IllegalStateException e) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            LOG.info("Multipart body refused with 400 on {}: {}", request.getRequestURI(), e.getMessage());
        }
        var unread = new UnreadBody(request);
        unread.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        unread.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status);
        request.getRequestDispatcher("/error").forward(unread, response);
    }

    /** The refused request seen as a plain GET without parameters, so that the error page never reads the body. */
    private static final class UnreadBody extends HttpServletRequestWrapper {

        UnreadBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.emptyMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
