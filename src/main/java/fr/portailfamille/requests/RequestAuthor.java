package fr.portailfamille.requests;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who asks: the family account logged in on this request, whatever module submits (a household may have one
 * login per guardian). Read from the security context so that every way of submitting records it. An agent
 * acting at the desk, or a background job, leaves it empty.
 */
final class RequestAuthor {

    private static final int MAX = 200;

    private RequestAuthor() {
    }

    static String current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PortalUser user) || user.isAgent()) {
            return null;
        }
        String text = user.displayName() + " (" + user.login() + ")";
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }
}
