package fr.portailfamille.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.FrenchPublicHolidays;
import fr.portailfamille.billing.Tariffs;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of the back office, submitted as rendered — current values unchanged, empty fields of a new item
 * filled — is accepted: a redirect with a success notice, never a 500 nor an error. Each form acts on the test's own
 * throw-away family, activity, bracket, request or conversation (a fresh one per form), never on the demo data.
 */
@PortalTest
class BackOfficeFormsTests {

    /** Runs over every family's data; covered by InvoicingTest and DirectDebitTest instead. */
    private static final Set<String> GLOBAL_RUNS = Set.of("post /gestion/facturation/lancer",
            "post /gestion/facturation/prelevements");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Tariffs tariffs;
    @Autowired Requests requests;
    @Autowired Clock clock;
    @Autowired fr.portailfamille.agenda.BookingWindows bookingWindows;
    private TariffState tariffState;

    /** A page to open and the ids its forms may act on. */
    record Target(String page, Set<Long> own) {
    }

    @Test
    void everyBackOfficeFormSubmittedAsRenderedIsAccepted() throws Exception {
        tariffState = TariffState.of(tariffs);
        Map<String, Callable<Target>> pages = new LinkedHashMap<>();
        pages.put("activity", this::activityPage);
        pages.put("new activity", () -> new Target("/gestion/activites/nouvelle", Set.of()));
        pages.put("agent day", this::agentDayPage);
        pages.put("tariffs", this::tariffPage);
        pages.put("accounts", () -> {
            var family = fixtures.family("Comptes");
            return new Target("/gestion/comptes", FormWalker.ids(family.accountId()));
        });
        pages.put("family", () -> {
            var family = fixtures.family("Fiche");
            return new Target("/gestion/familles/" + family.householdId(),
                    FormWalker.ids(family.householdId(), family.accountId(), family.childId()));
        });
        pages.put("anonymisation", () -> {
            var family = fixtures.family("Anonymiser");
            return new Target("/gestion/familles/" + family.householdId() + "/anonymisation",
                    FormWalker.ids(family.householdId()));
        });
        pages.put("payment", () -> {
            var family = fixtures.family("Reglement");
            return new Target("/gestion/familles/" + family.householdId() + "/reglement",
                    FormWalker.ids(family.householdId()));
        });
        // every correction form the agent's family and child pages link to
        var probe = fixtures.family("Sonde");
        var admin = new FormWalker(mvc, logins.as("demo.admin"));
        Set<String> corrections = new LinkedHashSet<>();
        for (String page : List.of("/gestion/familles/" + probe.householdId() + "/dossier",
                "/gestion/familles/" + probe.householdId() + "/enfants/" + probe.childId())) {
            Jsoup.parse(admin.html(page)).select("a[href*=/corriger/]").forEach(a -> corrections.add(
                    a.attr("href").replace("/" + probe.householdId() + "/", "/{h}/")
                            .replace("/" + probe.childId() + "/", "/{c}/")));
        }
        assertThat(corrections).as("correction forms linked from the agent's pages").hasSizeGreaterThan(5);
        for (String correction : corrections) {
            pages.put("correction " + correction, () -> {
                var family = fixtures.family("Correction");
                fixtures.completeChildRecord(family, Fixtures.noHealthConcern(), Fixtures.guardiansOnly());
                // the guardian's own address and bank details, so that every section has its validated values
                correct(family, "responsable", Map.of("addressLine", "1 rue du Test", "postalCode", "44100",
                        "city", "Val-Fleuri"));
                correct(family, "coordonnees-bancaires", Map.of("bankHolder", "Alice Correction",
                        "iban", "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP"));
                return new Target(correction.replace("{h}", Long.toString(family.householdId()))
                        .replace("{c}", Long.toString(family.childId())),
                        FormWalker.ids(family.householdId(), family.childId()));
            });
        }
        pages.put("request", () -> {
            long id = pendingRequest();
            return new Target("/gestion/demandes/" + id, FormWalker.ids(id));
        });
        pages.put("request queue", () -> new Target("/gestion/demandes", FormWalker.ids(pendingRequest())));
        pages.put("conversation", this::conversationPage);
        pages.put("write to families", () -> {
            var family = fixtures.family("Ecrire");
            return new Target("/gestion/messages/nouveau?famille=" + family.householdId(),
                    FormWalker.ids(family.householdId()));
        });
        pages.put("invoicing", () -> new Target("/gestion/facturation", Set.of()));
        // booking windows (issue 12): a new one, a closed one to draw, one to edit, a household's priority
        pages.put("new booking window", () -> new Target("/gestion/tirages/nouveau?periode=" + lotteryPeriod()[1],
                Set.of()));
        pages.put("booking window", () -> {
            long id = lotteryWindow(-3, -2);
            return new Target("/gestion/tirages/" + id, FormWalker.ids(id));
        });
        pages.put("booking window edit", () -> {
            long id = lotteryWindow(1, 2);
            return new Target("/gestion/tirages/" + id + "/modifier", FormWalker.ids(id));
        });
        pages.put("lottery priorities", () -> {
            var family = fixtures.family("Priorites");
            return new Target("/gestion/tirages/familles/" + family.householdId(), FormWalker.ids(family.householdId()));
        });
        documentPages(pages);
        pages.put("town settings", () -> new Target("/gestion/parametres", Set.of()));

        try {
            walk(pages);
        } finally {
            tariffState.restore(); // brackets are shared by every family: the ones added here go
        }
    }

    private void walk(Map<String, Callable<Target>> pages) throws Exception {
        var walker = new FormWalker(mvc, logins.as("demo.admin"));
        var fill = FormWalker.defaultFill(LocalDate.now(clock));
        var softly = new SoftAssertions();
        Set<String> submitted = new LinkedHashSet<>();
        for (var page : pages.entrySet()) {
            Target first = page.getValue().call();
            Set<String> shapes = new LinkedHashSet<>();
            for (var form : walker.forms(first.page())) {
                if (form.actsOnlyOn(first.own()) && !GLOBAL_RUNS.contains(form.shape()) && !form.needsAFile()) {
                    shapes.add(form.shape());
                }
            }
            softly.assertThat(shapes).as("forms of %s (%s)", page.getKey(), first.page()).isNotEmpty();
            for (String shape : shapes) {
                Target target = page.getValue().call(); // a fresh item for each form: a deletion leaves no trace
                var form = walker.forms(target.page()).stream()
                        .filter(f -> f.shape().equals(shape) && f.actsOnlyOn(target.own())).findFirst();
                if (form.isEmpty()) {
                    softly.fail("%s: no form %s on a fresh %s", page.getKey(), shape, target.page());
                    continue;
                }
                String what = page.getKey() + ": " + shape;
                submitted.add(what);
                // as rendered; then, if the portal asks for them, the fields the page left empty are filled
                var result = walker.submit(form.get(), target.own(), Set.of(), fill);
                boolean refusedByRedirect = result.getResponse().getStatus() == 302 && result.getFlashMap().keySet()
                        .stream().anyMatch(k -> k.toLowerCase().contains("error"));
                if (refusedByRedirect) { // a refusal told in a flash: the fields the page left empty are needed
                    result = walker.submit(form.get(), target.own(), FormWalker.emptyFields(form.get().element()),
                            fill);
                } else if (form.get().method().equals("post")) {
                    // a field may become required by another one (the CAF number once the fund is chosen)
                    Set<String> empty = FormWalker.emptyFields(form.get().element());
                    Set<String> refill = new LinkedHashSet<>();
                    for (int pass = 0; pass < 3 && result.getResponse().getStatus() == 200; pass++) {
                        Set<String> wrong = FormWalker.fieldsInError(result.getResponse().getContentAsString());
                        softly.assertThat(wrong).as(what + ": fields refused although the page filled them")
                                .allMatch(empty::contains);
                        if (wrong.isEmpty() || !empty.containsAll(wrong) || refill.containsAll(wrong)) {
                            break;
                        }
                        refill.addAll(wrong);
                        result = walker.submit(form.get(), target.own(), refill, fill);
                    }
                }
                var response = result.getResponse();
                if (form.get().method().equals("get")) {
                    softly.assertThat(response.getStatus()).as(what).isEqualTo(200);
                    continue;
                }
                softly.assertThat(response.getStatus()).as(what + " status (page: %s)",
                        response.getStatus() == 200 ? errorsOf(response.getContentAsString()) : "")
                        .isEqualTo(302);
                if (response.getStatus() != 302) {
                    continue;
                }
                var flash = result.getFlashMap();
                softly.assertThat(flash.keySet()).as(what + " flash").noneMatch(k -> k.toLowerCase().contains("error"));
                String location = response.getRedirectedUrl();
                softly.assertThat(location).as(what + " redirect").doesNotContain("connexion");
                var next = mvc.perform(get(location).with(logins.as("demo.admin")).with(fr.portailfamille.support.SessionCookie.flash(flash))).andReturn()
                        .getResponse();
                softly.assertThat(next.getStatus()).as(what + " then GET " + location).isEqualTo(200);
                var html = Jsoup.parse(next.getContentAsString());
                softly.assertThat(html.select(".field-error, .notice-error").eachText()).as(what + " errors shown")
                        .isEmpty();
                softly.assertThat(html.select(".notice:not(.notice-error), [role=status]")).as(what + " success shown")
                        .isNotEmpty();
            }
        }
        softly.assertAll();
        // the update of an activity (a 500 before) is among them
        assertThat(submitted).contains("activity: post /gestion/activites/{id}");
    }

    @Autowired fr.portailfamille.documents.Documents documents;
    @Autowired fr.portailfamille.documents.Consents consents;

    /** Pièces et autorisations: the overview's moment per activity, types and consents, a document's decision. */
    private void documentPages(Map<String, Callable<Target>> pages) {
        pages.put("documents", () -> {
            long activity = activities.create(TestActivities.settings("Pieces", false));
            return new Target("/gestion/pieces", FormWalker.ids(activity));
        });
        pages.put("new document type", () -> new Target("/gestion/pieces/types/nouveau", Set.of()));
        pages.put("document type", () -> {
            long id = documents.createType(new fr.portailfamille.documents.DocumentTypeSettings("Pièce essai",
                    fr.portailfamille.documents.DocumentScope.CHILD, fr.portailfamille.documents.DocumentAudience.ALL,
                    fr.portailfamille.documents.Validity.MONTHS, 6, false, Set.of()));
            return new Target("/gestion/pieces/types/" + id, FormWalker.ids(id));
        });
        pages.put("new consent", () -> new Target("/gestion/pieces/consentements/nouveau", Set.of()));
        pages.put("consent", () -> {
            long id = consents.createType(new fr.portailfamille.documents.ConsentTypeSettings("Sorties essai",
                    fr.portailfamille.documents.ConsentCategory.OUTING, null, Set.of()));
            return new Target("/gestion/pieces/consentements/" + id, FormWalker.ids(id));
        });
        pages.put("document decision", () -> {
            var family = fixtures.family("Piece");
            long type = documents.createType(new fr.portailfamille.documents.DocumentTypeSettings("Assurance essai",
                    fr.portailfamille.documents.DocumentScope.CHILD, fr.portailfamille.documents.DocumentAudience.ALL,
                    fr.portailfamille.documents.Validity.SCHOOL_YEAR, null, false, Set.of()));
            long id = documents.submit(family.householdId(), family.childId(), type,
                    new fr.portailfamille.shared.upload.UploadedFile("a.pdf", "application/pdf", "%PDF-1.4".getBytes()),
                    "Alice");
            return new Target("/gestion/pieces/demandes/" + id, FormWalker.ids(id));
        });
    }

    /** Corrects a section as an agent would, the other fields as the form shows them. */
    private void correct(Fixtures.TestFamily family, String section, Map<String, String> values) throws Exception {
        String page = "/gestion/familles/" + family.householdId() + "/corriger/" + section;
        var walker = new FormWalker(mvc, logins.as("demo.admin"));
        var form = walker.forms(page).get(0);
        var request = post(page).with(logins.as("demo.admin")).with(csrf());
        Map<String, String> fields = new LinkedHashMap<>();
        FormWalker.values(form.element(), Set.of(), Set.of(), f -> "").forEach(e -> fields.put(e.getKey(), e.getValue()));
        fields.putAll(values);
        fields.forEach(request::param);
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("correction of %s: %s", section, errorsOf(response.getContentAsString()))
                .isEqualTo(302);
    }

    private static String errorsOf(String html) {
        return String.join(" | ", Jsoup.parse(html).select(".field-error, .notice-error").eachText());
    }

    /** A throw-away activity and period: {activity, period}. */
    private long[] lotteryPeriod() {
        LocalDate today = LocalDate.now(clock);
        long id = activities.create(TestActivities.settings("Tirage", false));
        long period = activities.addPeriod(id, "Vacances", today.plusDays(10), today.plusDays(20),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        return new long[] {id, period};
    }

    /** A lottery window over a throw-away period, opening and closing so many hours from now. */
    private long lotteryWindow(int opensIn, int closesIn) {
        var ids = lotteryPeriod();
        var now = java.time.LocalDateTime.now(clock);
        bookingWindows.create(new fr.portailfamille.agenda.WindowSettings(ids[0], ids[1],
                fr.portailfamille.agenda.BookingMode.LOTTERY, now.plusHours(opensIn), now.plusHours(closesIn),
                now.plusHours(closesIn), fr.portailfamille.agenda.LotteryRules.DEFAULT));
        return bookingWindows.idOf(ids[0], ids[1]);
    }

    private Target activityPage() {
        LocalDate today = LocalDate.now(clock);
        long id = activities.create(TestActivities.settings("Formulaires", false));
        long period = activities.addPeriod(id, "Période", today.plusDays(1), today.plusDays(30),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        activities.addClosingDay(id, today.plusDays(8), "Pont");
        return new Target("/gestion/activites/" + id, FormWalker.ids(id, period));
    }

    /** An activity open every day with one family's reservation request waiting for a decision. */
    private Target agentDayPage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = activities.create(TestActivities.settings("Jour", true));
        long period = activities.addPeriod(id, "Période", today.minusDays(5), today.plusDays(60),
                EnumSet.allOf(DayOfWeek.class));
        var family = fixtures.family("Jour", today.minusYears(8));
        enrolments.enrolDirectly(family.householdId(), family.childId(), id, period);
        var day = today.plusDays(10);
        while (new FrenchPublicHolidays().isHoliday(day)) {
            day = day.plusDays(1);
        }
        mvc.perform(post("/enfants/" + family.childId() + "/agenda").with(logins.as(family.login())).with(csrf())
                .param("activite", Long.toString(id)).param("jours", day.toString())).andReturn();
        var queued = requests.ofHousehold(family.householdId(), fr.portailfamille.requests.RequestStatus.PENDING);
        Set<Long> own = new LinkedHashSet<>(FormWalker.ids(id));
        queued.forEach(r -> own.add(r.id()));
        return new Target("/gestion/activites/" + id + "/jours/" + day, own);
    }

    private Target tariffPage() {
        return new Target("/gestion/tarifs", FormWalker.ids(tariffState.addBracket("Tranche essai")));
    }

    private long pendingRequest() {
        var family = fixtures.family("Demande");
        return requests.submit(new NewRequest(family.householdId(), "family.child-complementary", family.childId(),
                "test", new LinkedHashMap<>(Map.of("insurer", "MAIF", "policyNumber", "123")), Map.of()));
    }

    private Target conversationPage() throws Exception {
        var family = fixtures.family("Conversation");
        var result = mvc.perform(multipart("/messages/nouveau").with(logins.as(family.login())).with(csrf())
                .param("subject", "Question").param("body", "Bonjour, une question.")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/messages/");
        long id = Long.parseLong(location.substring("/messages/".length()).replaceAll("[^0-9].*$", ""));
        return new Target("/gestion/messages/" + id, FormWalker.ids(id));
    }
}
