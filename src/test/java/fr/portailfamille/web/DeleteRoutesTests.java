package fr.portailfamille.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every deletion route, asked to delete something that does not exist (under an owner that does), answers 404
 * instead of reporting a deletion.
 */
@PortalTest
class DeleteRoutesTests {

    private static final Pattern DELETION = Pattern.compile(".*/(supprimer|suppression)$");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void deletingWhatDoesNotExistAnswers404OnEveryDeletionRoute() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var family = fixtures.family("Suppression"); // no second guardian
        long activity = activities.create(TestActivities.settings("Suppression", false));
        activities.addPeriod(activity, "Période", today.plusDays(1), today.plusDays(30), EnumSet.allOf(DayOfWeek.class));

        var routes = new TreeMap<String, Integer>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!DELETION.matcher(pattern).matches()) {
                    continue;
                }
                Matcher m = VARIABLE.matcher(pattern);
                var path = new StringBuilder();
                while (m.find()) {
                    String value = switch (m.group(1)) {
                        case "activityId" -> Long.toString(activity);
                        case "householdId" -> Long.toString(family.householdId());
                        case "childId" -> Long.toString(family.childId());
                        case "day" -> today.plusDays(40).toString(); // no closing day there
                        default -> "0";
                    };
                    m.appendReplacement(path, value);
                }
                m.appendTail(path);
                var user = pattern.startsWith("/gestion") ? logins.as("demo.admin") : logins.as(family.login());
                routes.put(pattern + " → " + path, mvc.perform(post(path.toString()).with(user).with(csrf()))
                        .andReturn().getResponse().getStatus());
            }
        }
        assertThat(routes.keySet()).as("deletion routes").anyMatch(r -> r.startsWith("/gestion/tarifs/tranches/"))
                .anyMatch(r -> r.contains("/periodes/")).anyMatch(r -> r.contains("/fermetures/"));
        var softly = new SoftAssertions();
        routes.forEach((route, status) -> softly.assertThat(status).as(route).isEqualTo(404));
        softly.assertAll();
    }
}
