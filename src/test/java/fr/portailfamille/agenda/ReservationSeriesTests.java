package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.billing.Ledger;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.shared.Money;
import fr.portailfamille.shared.Town;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.SessionCookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** « Réserver plusieurs jours »: preview, confirmation through the single-day entry point, outcomes; unpaid rule. */
@PortalTest
class ReservationSeriesTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired ReservationStore store;
    @Autowired Town town;
    @Autowired Ledger ledger;
    @Autowired ReservationSeries series;
    @Autowired java.time.Clock clock;
    @Autowired BookingWindows windows;

    AgendaTestSupport support() {
        return new AgendaTestSupport(activities, enrolments, fixtures);
    }

    /** The first Wednesday at least ten days ahead (clear of the J-2 deadline), plus {@code weeks}. */
    LocalDate wednesday(int weeks) {
        return fixtures.today().plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)).plusWeeks(weeks);
    }

    MockHttpServletRequestBuilder pattern(MockHttpServletRequestBuilder request, long activityId, String from,
                                          String to, String direction, DayOfWeek... days) {
        request.param("activite", "" + activityId).param("du", from).param("au", to).param("rythme", "EVERY_WEEK")
                .param("sens", direction);
        for (var d : days) {
            request.param("jours", d.name());
        }
        return request;
    }

    Document html(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePreviewSaysWhatWillHappenToEachDayThenOneConfirmationAsksThemAllThenCancelsThem() throws Exception {
        var setup = support().activity("Semaine type", 1, true);
        var family = support().enrolledFamily("SemaineType", setup);
        var other = support().enrolledFamily("SemaineAutre", setup);
        reservations.ask(other.householdId(), other.childId(), setup.activityId(), List.of(wednesday(0))); // full
        reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(wednesday(1)));
        activities.addClosingDay(setup.activityId(), wednesday(2), "Fermeture de test");
        LocalDate today = fixtures.today();
        String url = "/enfants/" + family.childId() + "/agenda/plusieurs-jours";
        String from = today.toString();
        String to = wednesday(3).toString();

        var preview = html(mvc.perform(pattern(get(url), setup.activityId(), from, to, "reserver",
                DayOfWeek.WEDNESDAY, today.getDayOfWeek()).param("apercu", "1").with(logins.as(family.login())))
                .andReturn());
        assertThat(dayText(preview, today)).contains("délai dépassé");
        assertThat(dayText(preview, wednesday(0))).contains("complet → liste d'attente");
        assertThat(dayText(preview, wednesday(1))).contains("déjà réservé");
        assertThat(dayText(preview, wednesday(2))).contains("fermé");
        assertThat(dayText(preview, wednesday(3))).contains("réservable");
        assertThat(preview.select("#bouton-confirmer").text()).startsWith("Confirmer : demander");
        assertThat(store.taken(setup.activityId(), wednesday(3))).isZero(); // a preview changes nothing

        var session = new SessionCookie(); // the outcomes travel in the flash
        var confirmed = session.perform(mvc, pattern(post(url), setup.activityId(), from, to, "reserver",
                DayOfWeek.WEDNESDAY, today.getDayOfWeek()).with(logins.as(family.login())).with(csrf()));
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
        String location = confirmed.getResponse().getRedirectedUrl();
        assertThat(location).contains("/plusieurs-jours/resultat");
        var outcomes = html(session.perform(mvc, get(location).with(logins.as(family.login()))));
        assertThat(dayText(outcomes, wednesday(3))).contains("demandée — place retenue");
        assertThat(dayText(outcomes, wednesday(0))).contains("liste d'attente, rang 1");
        assertThat(dayText(outcomes, wednesday(2))).contains("impossible : l'accueil est fermé");
        assertThat(dayText(outcomes, wednesday(1))).contains("impossible : une demande est déjà en cours");
        assertThat(store.taken(setup.activityId(), wednesday(3))).isEqualTo(1);
        assertThat(store.taken(setup.activityId(), wednesday(0))).isEqualTo(1); // never overbooked
        assertThat(store.find(family.childId(), setup.activityId(), wednesday(0)).orElseThrow().status())
                .isEqualTo(ReservationStatus.WAITING);

        var cancelPreview = html(mvc.perform(pattern(get(url), setup.activityId(), wednesday(0).toString(), to,
                "annuler", DayOfWeek.WEDNESDAY).param("apercu", "1").with(logins.as(family.login()))).andReturn());
        assertThat(dayText(cancelPreview, wednesday(3))).contains("sera annulé");
        assertThat(dayText(cancelPreview, wednesday(2))).contains("pas de réservation à annuler");
        var cancelled = session.perform(mvc, pattern(post(url), setup.activityId(), wednesday(0).toString(), to,
                "annuler", DayOfWeek.WEDNESDAY).with(logins.as(family.login())).with(csrf()));
        var cancelOutcomes = html(session.perform(mvc, get(cancelled.getResponse().getRedirectedUrl())
                .with(logins.as(family.login()))));
        assertThat(dayText(cancelOutcomes, wednesday(3))).contains("annulé");
        assertThat(store.taken(setup.activityId(), wednesday(3))).isZero();
        assertThat(store.taken(setup.activityId(), wednesday(1))).isZero();
    }

    @Test
    void inALotteryWindowTheSeriesPreviewsAndRecordsRequestsForTheDrawWithoutTakingAPlace() throws Exception {
        var setup = support().activity("Semaine tirage", 1, false);
        var family = support().enrolledFamily("SemaineTirage", setup);
        var now = java.time.LocalDateTime.now(clock);
        assertThat(windows.create(new WindowSettings(setup.activityId(), setup.periodId(), BookingMode.LOTTERY,
                now.minusHours(1), now.plusHours(1), now.plusHours(2), LotteryRules.DEFAULT))).isEmpty();
        String url = "/enfants/" + family.childId() + "/agenda/plusieurs-jours";
        String from = wednesday(0).toString();
        String to = wednesday(1).toString();

        var preview = html(mvc.perform(pattern(get(url), setup.activityId(), from, to, "reserver",
                DayOfWeek.WEDNESDAY).param("apercu", "1").with(logins.as(family.login()))).andReturn());
        assertThat(dayText(preview, wednesday(0))).contains("demandé pour le tirage au sort");
        assertThat(dayText(preview, wednesday(1))).contains("demandé pour le tirage au sort");

        var session = new SessionCookie();
        session.perform(mvc, pattern(post(url), setup.activityId(), from, to, "reserver", DayOfWeek.WEDNESDAY)
                .with(logins.as(family.login())).with(csrf()));
        assertThat(store.taken(setup.activityId(), wednesday(0))).isZero(); // nothing decided during the window
        var again = html(mvc.perform(pattern(get(url), setup.activityId(), from, to, "reserver",
                DayOfWeek.WEDNESDAY).param("apercu", "1").with(logins.as(family.login()))).andReturn());
        assertThat(dayText(again, wednesday(0))).contains("déjà réservé ou demandé");
    }

    @Test
    void absurdDatesAreRefusedNextToTheirFieldWithTheTypedValuesKept() throws Exception {
        var setup = support().activity("Semaine absurde", 3, false);
        var family = support().enrolledFamily("SemaineAbsurde", setup);
        String url = "/enfants/" + family.childId() + "/agenda/plusieurs-jours";
        var implausible = html(mvc.perform(pattern(get(url), setup.activityId(), "0001-01-01", "", "reserver",
                DayOfWeek.MONDAY).param("apercu", "1").with(logins.as(family.login()))).andReturn());
        assertThat(implausible.select("#du-erreur").text()).isNotBlank();
        assertThat(implausible.select("#du").attr("aria-describedby")).isEqualTo("du-erreur");
        assertThat(implausible.select("#du").val()).isEqualTo("0001-01-01");
        assertThat(implausible.select("#bouton-confirmer")).isEmpty();

        String later = wednesday(2).toString();
        String earlier = wednesday(0).toString();
        var reversed = mvc.perform(pattern(post(url), setup.activityId(), later, earlier, "reserver",
                DayOfWeek.MONDAY).with(logins.as(family.login())).with(csrf())).andReturn();
        assertThat(reversed.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(reversed).select("#au-erreur").text()).contains("La date de fin précède la date de début");
        assertThat(store.ofChild(family.childId(), fixtures.today(), fixtures.today().plusDays(60))).isEmpty();
    }

    @Test
    void anotherFamilysChildAnswers404() throws Exception {
        var setup = support().activity("Semaine voisine", 3, false);
        var owner = support().enrolledFamily("SemaineProprio", setup);
        var stranger = fixtures.family("SemaineIntrus");
        String url = "/enfants/" + owner.childId() + "/agenda/plusieurs-jours";
        assertThat(mvc.perform(get(url).with(logins.as(stranger.login()))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(pattern(post(url), setup.activityId(), "", "", "reserver", DayOfWeek.MONDAY)
                .with(logins.as(stranger.login())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(url + "/resultat").with(logins.as(stranger.login()))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(store.ofChild(owner.childId(), fixtures.today(), fixtures.today().plusDays(60))).isEmpty();
    }

    @Test
    void beyondTheTownsUnpaidLimitTheAgendaSaysSoAndNoDayIsBooked() throws Exception {
        var setup = support().activity("Semaine impayée", 3, false);
        var owing = support().enrolledFamily("SemaineDoit", setup);
        var clear = support().enrolledFamily("SemaineAJour", setup);
        LocalDate today = fixtures.today();
        ledger.issueInvoice(owing.householdId(), today.minusDays(45), today.minusDays(75), today.minusDays(46),
                today.minusDays(15), 100_000);
        var before = town.unpaidBookingLimit();
        try {
            town.saveUnpaidBookingLimit(Optional.of(Money.ofCents(40_000)));
            var agenda = html(mvc.perform(get("/enfants/" + owing.childId() + "/agenda?activite=" + setup.activityId())
                    .with(logins.as(owing.login()))).andReturn());
            assertThat(spaces(agenda.select("#impaye").text())).contains(spaces(Money.ofCents(100_000).format()))
                    .contains(spaces(Money.ofCents(40_000).format()));
            assertThat(agenda.select("#impaye a[href=/releve]")).isNotEmpty();

            LocalDate day = wednesday(0);
            var refused = reservations.ask(owing.householdId(), owing.childId(), setup.activityId(), List.of(day));
            assertThat(refused).extracting(AskResult::state).containsExactly(DayState.UNPAID);
            var preview = html(mvc.perform(pattern(get("/enfants/" + owing.childId() + "/agenda/plusieurs-jours"),
                    setup.activityId(), "", "", "reserver", DayOfWeek.WEDNESDAY).param("apercu", "1")
                    .with(logins.as(owing.login()))).andReturn());
            assertThat(dayText(preview, day)).contains("refusé : impayé");
            assertThat(preview.select("#bouton-confirmer")).isEmpty();
            var posted = mvc.perform(pattern(post("/enfants/" + owing.childId() + "/agenda/plusieurs-jours"),
                    setup.activityId(), "", "", "reserver", DayOfWeek.WEDNESDAY).with(logins.as(owing.login()))
                    .with(csrf())).andReturn();
            assertThat(posted.getResponse().getStatus()).isEqualTo(302);
            assertThat(store.taken(setup.activityId(), day)).isZero();

            // the rule is the household's: a family without overdue invoices books as usual
            var booked = reservations.ask(clear.householdId(), clear.childId(), setup.activityId(), List.of(day));
            assertThat(booked).extracting(AskResult::outcome).containsExactly(AskResult.Outcome.RESERVED);
        } finally {
            town.saveUnpaidBookingLimit(before);
        }
        var afterwards = reservations.ask(owing.householdId(), owing.childId(), setup.activityId(),
                List.of(wednesday(1)));
        assertThat(afterwards).extracting(AskResult::outcome).containsExactly(AskResult.Outcome.RESERVED);
    }

    @Test
    void seriesOfSeveralFamiliesAtOnceNeverOverbookADay() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(fr.portailfamille.support.TestDatabase.isPostgres(),
                "PostgreSQL only: H2 does not show real row-lock concurrency");
        int capacity = 2;
        var setup = support().activity("Semaine ruée", capacity, false);
        var families = new java.util.ArrayList<Fixtures.TestFamily>();
        for (int i = 0; i < 6; i++) {
            families.add(support().enrolledFamily("SemaineRuee" + i, setup));
        }
        var activity = activities.get(setup.activityId());
        var period = activity.period(setup.periodId()).orElseThrow();
        var form = new SeriesForm();
        form.setJours(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        var expansion = series.expand(activity, period, form);
        assertThat(expansion.days()).hasSizeGreaterThan(10);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(families.size());
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<AskResult>>>();
            for (var f : families) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return series.apply(f.householdId(), f.childId(), setup.activityId(), expansion, false);
                }));
            }
            start.countDown();
            for (var future : futures) {
                assertThat(future.get(2, java.util.concurrent.TimeUnit.MINUTES)).hasSize(expansion.days().size());
            }
        } finally {
            pool.shutdownNow();
        }
        for (var d : expansion.days()) {
            var rows = store.ofDay(setup.activityId(), d.day());
            long holding = rows.stream().filter(r -> r.status() == ReservationStatus.RESERVED).count();
            assertThat(store.taken(setup.activityId(), d.day())).as("counter of %s", d.day()).isLessThanOrEqualTo(capacity)
                    .isEqualTo((int) holding);
            if (d.open() && activity.bookingOpen(d.day(), java.time.LocalDateTime.now(clock))) {
                assertThat(holding).as("places of %s", d.day()).isEqualTo(capacity);
            }
        }
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String dayText(Document page, LocalDate day) {
        String label = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
        return page.select(".series-day").stream().filter(li -> li.text().contains(label))
                .map(org.jsoup.nodes.Element::text).findFirst().orElse("(no line for " + label + ")");
    }
}
