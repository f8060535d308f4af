package fr.portailfamille.web;

import java.sql.Connection;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.billing.Tariffs;
import fr.portailfamille.shared.ControlCharacters;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Control characters typed or pasted into any form — a family's or an agent's — never reach the database: every
 * form of the family's pages and of the back office is submitted with NUL, bell, escape and a C1 character inside
 * each typed value (empty fields filled), and afterwards no text column of any table holds one.
 */
@PortalTest
class ControlCharacterFormsTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Clock clock;
    @Autowired DataSource dataSource;
    @Autowired Tariffs tariffs;

    @Test
    void controlCharactersTypedInAnyFormAreNeverStored() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var family = fixtures.family("Controle");
        long activity = activities.create(TestActivities.settings("Controle", false));
        long period = activities.addPeriod(activity, "Période", today.plusDays(1), today.plusDays(30),
                EnumSet.allOf(DayOfWeek.class));
        String conversation = mvc.perform(multipart("/messages/nouveau").with(logins.as(family.login())).with(csrf())
                .param("subject", "Question").param("body", "Bonjour.")).andReturn().getResponse().getRedirectedUrl();
        long conversationId = Long.parseLong(conversation.replaceAll("^/messages/(\\d+).*$", "$1"));
        var tariffState = TariffState.of(tariffs);
        try {
            walk(family, activity, period, conversationId, tariffState.addBracket("Tranche controle"));
        } finally {
            tariffState.restore();
        }
        assertThat(columnsHoldingControlCharacters()).as("text columns holding control characters").isEmpty();
    }

    /** Submits every form; each acts only on the ids of this test (lists also show other families' items). */
    private void walk(Fixtures.TestFamily family, long activity, long period, long conversationId, long bracket)
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        Set<Long> familyOwn = FormWalker.ids(family.householdId(), family.childId(), conversationId);

        var familyWalker = new FormWalker(mvc, logins.as(family.login())).tainted();
        var adminWalker = new FormWalker(mvc, logins.as("demo.admin")).tainted();
        record Page(FormWalker walker, Set<Long> own) {
        }
        Map<String, Page> pages = new LinkedHashMap<>();
        for (String start : List.of("/compte", "/enfants/" + family.childId())) {
            pages.put(start, new Page(familyWalker, familyOwn));
            Jsoup.parse(familyWalker.html(start)).select("main a[href^=/compte/], main a[href^=/enfants/]")
                    .forEach(a -> pages.putIfAbsent(a.attr("href"), new Page(familyWalker, familyOwn)));
        }
        pages.put("/messages/nouveau", new Page(familyWalker, familyOwn));
        pages.put("/messages/" + conversationId, new Page(familyWalker, familyOwn));
        String agentFamily = "/gestion/familles/" + family.householdId();
        Set<Long> household = FormWalker.ids(family.householdId(), family.childId());
        for (String start : List.of(agentFamily + "/dossier", agentFamily + "/enfants/" + family.childId())) {
            Jsoup.parse(adminWalker.html(start)).select("a[href*=/corriger/]")
                    .forEach(a -> pages.putIfAbsent(a.attr("href"), new Page(adminWalker, household)));
        }
        pages.put("/gestion/activites/" + activity, new Page(adminWalker, FormWalker.ids(activity, period)));
        pages.put("/gestion/activites/nouvelle", new Page(adminWalker, Set.of()));
        pages.put("/gestion/tarifs", new Page(adminWalker, FormWalker.ids(bracket)));
        pages.put("/gestion/comptes", new Page(adminWalker, FormWalker.ids(family.accountId())));
        pages.put(agentFamily + "/reglement", new Page(adminWalker, household));
        pages.put("/gestion/messages/" + conversationId, new Page(adminWalker, FormWalker.ids(conversationId)));
        pages.put("/gestion/messages/nouveau?famille=" + family.householdId(), new Page(adminWalker, household));

        var fill = FormWalker.defaultFill(today);
        var softly = new SoftAssertions();
        int submitted = 0;
        for (var page : pages.entrySet()) {
            String path = page.getKey().replaceAll("#.*$", "");
            var walker = page.getValue().walker();
            var own = page.getValue().own();
            List<FormWalker.Form> forms;
            try {
                forms = walker.forms(path);
            } catch (AssertionError notAPage) {
                continue; // a download or a page that needs more than this family has
            }
            for (var form : forms) {
                if (!form.actsOnlyOn(own) || form.action().contains("suppr") || form.action().contains("deconnexion")) {
                    continue;
                }
                var result = walker.submit(form, own, FormWalker.emptyFields(form.element()), fill);
                submitted++;
                softly.assertThat(result.getResponse().getStatus()).as("%s on %s", form.shape(), path)
                        .isLessThan(500);
            }
        }
        softly.assertAll();
        assertThat(submitted).as("forms submitted").isGreaterThan(20);
    }

    /** Every table.column of character type whose value holds a control character, raw or JSON-escaped. */
    private List<String> columnsHoldingControlCharacters() throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            Set<String> columns = new LinkedHashSet<>();
            try (var rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR || type == Types.LONGNVARCHAR) {
                        columns.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
                    }
                }
            }
            for (String column : columns) {
                String[] parts = column.split("\\.");
                try (var statement = connection.createStatement();
                     var rs = statement.executeQuery("SELECT \"" + parts[1] + "\" FROM \"" + parts[0] + "\" WHERE \""
                             + parts[1] + "\" IS NOT NULL")) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (!value.equals(ControlCharacters.strip(value)) || value.contains("\\u0000")
                                || value.contains("\\u0007") || value.contains("\\u001b")) {
                            found.add(column);
                            break;
                        }
                    }
                }
            }
        }
        return found;
    }
}
