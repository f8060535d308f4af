package fr.portailfamille.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A session flagged at login reaches nothing but the change of password (and the log-out). */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/mot-de-passe", "/deconnexion", "/connexion", "/error",
                "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/mot-de-passe");
            return false;
        }
        return true;
    }

    static boolean mustChangePassword() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(ThrottlingAuthenticationProvider.PASSWORD_CHANGE_REQUIRED));
    }
}
