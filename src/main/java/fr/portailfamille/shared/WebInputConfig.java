package fr.portailfamille.shared;

import java.time.Clock;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every route gets at the edge: dates bound through {@link PlausibleDate}, and {@code /error} answered only
 * for a real error (opened directly it is a page that does not exist: 404, not a 500 without a cause).
 */
@Configuration(proxyBeanMethods = false)
class WebInputConfig implements WebMvcConfigurer {

    private final Clock clock;

    WebInputConfig(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new PlausibleDateFormatting(clock));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                if (request.getDispatcherType() == DispatcherType.REQUEST
                        && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/error");
    }
}
