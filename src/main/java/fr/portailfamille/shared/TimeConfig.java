package fr.portailfamille.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The town's clock: every "today" of the portal is a day in Europe/Paris. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${portail.zone:Europe/Paris}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
