package fr.portailfamille.shared;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter (query string, form fields, text parts of a multipart form) is read through
 * {@link ControlCharacters#strip}: the one place where NUL bytes and other control characters are removed before
 * any form, binder or controller sees them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ControlCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanParameters(request), response);
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return ControlCharacters.strip(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            return clean(super.getParameterValues(name));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> clean = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> clean.put(name, clean(values)));
            return Collections.unmodifiableMap(clean);
        }

        private static String[] clean(String[] values) {
            return values == null ? null : Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new);
        }
    }
}
