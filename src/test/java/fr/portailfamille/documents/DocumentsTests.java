package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.agenda.AskResult;
import fr.portailfamille.agenda.Reservations;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Pièces à fournir and autorisations parentales end to end through the pages, with the requirement hooks. */
@PortalTest
class DocumentsTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired Documents documents;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;
    @Autowired fr.portailfamille.family.Households households;

    private long activity(String name, boolean daily) {
        LocalDate today = fixtures.today();
        long id = activities.create(new ActivitySettings(name + " " + System.nanoTime() % 100_000,
                ActivityKind.ACCUEIL_LOISIRS, 4, 13, 12, BookingDeadline.calendarDays(2, LocalTime.NOON),
                BookingDeadline.calendarDays(2, LocalTime.NOON), daily, false));
        activities.addPeriod(id, "Période", today.minusDays(5), today.plusDays(60), EnumSet.allOf(DayOfWeek.class));
        return id;
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private Document page(String login, RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private int send(Fixtures.TestFamily family, long typeId, Long childId, byte[] content) throws Exception {
        var request = multipart("/pieces/envoi").file(new MockMultipartFile("fichier", "assurance.png", "image/png",
                content)).param("piece", Long.toString(typeId)).with(logins.as(family.login())).with(csrf());
        if (childId != null) {
            request.param("enfant", Long.toString(childId));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** The family's line of the type, asked or shown apart. */
    private DocumentLine line(Fixtures.TestFamily family, long typeId) {
        var sorted = documents.sorted(family.householdId(), null);
        return java.util.stream.Stream.concat(sorted.asked().stream(), sorted.optional().stream())
                .filter(l -> l.type().id() == typeId).findFirst().orElseThrow();
    }

    private long pendingRequest(Fixtures.TestFamily family, long typeId) {
        return java.util.Objects.requireNonNull(line(family, typeId).pendingRequestId());
    }

    private void answer(Fixtures.TestFamily family, long consentId, String answer) throws Exception {
        assertThat(mvc.perform(post("/enfants/" + family.childId() + "/consentements")
                .param("consentement", Long.toString(consentId)).param("reponse", answer)
                .with(logins.as(family.login())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private int enrol(Fixtures.TestFamily family, long activityId) throws Exception {
        long period = activities.get(activityId).periods().get(0).id();
        return mvc.perform(post("/enfants/" + family.childId() + "/inscriptions/nouvelle")
                .param("activite", Long.toString(activityId)).param("periode", Long.toString(period))
                .with(logins.as(family.login())).with(csrf())).andReturn().getResponse().getStatus();
    }

    @Test
    void aDocumentRefusedThenAcceptedUnblocksTheEnrolment() throws Exception {
        var family = fixtures.family("Pieces");
        fixtures.completeChildRecord(family, Fixtures.noHealthConcern(), Fixtures.guardiansOnly());
        long activityId = activity("Stage", false);
        String name = "Assurance " + System.nanoTime() % 100_000;
        long typeId = documents.createType(new DocumentTypeSettings(name, DocumentScope.CHILD,
                DocumentAudience.ACTIVITIES, Validity.SCHOOL_YEAR, null, false, Set.of(activityId)));
        documents.setMoment(activityId, DocumentMoment.ENROLMENT);
        String anchor = "piece-" + typeId + "-" + family.childId();

        // the enrolment is refused and says which document, with a link to provide it
        long period = activities.get(activityId).periods().get(0).id();
        var refused = page(family.login(), post("/enfants/" + family.childId() + "/inscriptions/nouvelle")
                .param("activite", Long.toString(activityId)).param("periode", Long.toString(period))
                .with(logins.as(family.login())).with(csrf()));
        assertThat(refused.select(".notice-error").text()).contains("Pièce à fournir : " + name);
        String link = "/pieces?piece=" + typeId + "&enfant=" + family.childId() + "#" + anchor;
        assertThat(refused.select(".notice-error a").attr("href")).isEqualTo(link);
        // not enrolled, the child is not asked the insurance: only the link lists it, among the documents asked
        assertThat(page(family.login(), get("/pieces").with(logins.as(family.login()))).getElementById(anchor))
                .isNull();
        var pieces = page(family.login(), get("/pieces").param("piece", Long.toString(typeId))
                .param("enfant", Long.toString(family.childId())).with(logins.as(family.login())));
        assertThat(pieces.getElementById(anchor).text()).contains(name, "À fournir");
        assertThat(pieces.select(".documents-optional").select("#" + anchor)).isEmpty();

        // an empty file is refused next to its field, nothing sent, the line still there with its message
        var empty = multipart("/pieces/envoi").file(new MockMultipartFile("fichier", "a.png", "image/png",
                new byte[0])).param("piece", Long.toString(typeId)).param("enfant", Long.toString(family.childId()))
                .with(logins.as(family.login())).with(csrf());
        assertThat(page(family.login(), empty).getElementById("fichier-" + anchor + "-erreur")).isNotNull();
        assertThat(documents.sorted(family.householdId(), new Documents.Requested(typeId, family.childId())).asked())
                .filteredOn(l -> l.type().id() == typeId).singleElement()
                .extracting(DocumentLine::state).isEqualTo(DocumentState.MISSING);

        assertThat(send(family, typeId, family.childId(), png())).isEqualTo(302);
        long first = pendingRequest(family, typeId);
        var decision = page("demo.agent", get("/gestion/pieces/demandes/" + first).with(logins.as("demo.agent")));
        assertThat(decision.select("h1").text()).isEqualTo(name);
        assertThat(decision.getElementById("finValidite").val()).isNotBlank();
        // a refusal needs a reason, told next to the field
        var noReason = page("demo.agent", post("/gestion/pieces/demandes/" + first + "/refus")
                .with(logins.as("demo.agent")).with(csrf()));
        assertThat(noReason.getElementById("motif-erreur")).isNotNull();
        mvc.perform(post("/gestion/pieces/demandes/" + first + "/refus").param("motif", "Attestation illisible")
                .with(logins.as("demo.agent")).with(csrf()));
        pieces = page(family.login(), get("/pieces").with(logins.as(family.login())));
        assertThat(pieces.select(".documents-optional #" + anchor).text()).as("shown apart, not claimed")
                .contains("Refusée", "Attestation illisible");
        assertThat(enrol(family, activityId)).as("still refused").isEqualTo(200);

        assertThat(send(family, typeId, family.childId(), png())).isEqualTo(302);
        long second = pendingRequest(family, typeId);
        // a validity end in the past is refused next to its field
        var past = page("demo.agent", post("/gestion/pieces/demandes/" + second + "/acceptation")
                .param("finValidite", fixtures.today().minusDays(1).toString())
                .with(logins.as("demo.agent")).with(csrf()));
        assertThat(past.getElementById("finValidite-erreur")).isNotNull();
        LocalDate end = fixtures.today().plusDays(200);
        assertThat(mvc.perform(post("/gestion/pieces/demandes/" + second + "/acceptation")
                .param("finValidite", end.toString()).with(logins.as("demo.agent")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        var line = line(family, typeId);
        assertThat(line.state()).isEqualTo(DocumentState.VALID);
        assertThat(line.validUntil()).isEqualTo(end);
        assertThat(documents.lines(family.householdId())).noneMatch(l -> l.type().id() == typeId);

        assertThat(enrol(family, activityId)).as("enrolment asked").isEqualTo(302);
        assertThat(documents.lines(family.householdId())).as("asked once the enrolment waits for an agent")
                .anyMatch(l -> l.type().id() == typeId && l.state() == DocumentState.VALID);
    }

    @Test
    void aChildIsAskedAnActivitysDocumentsOnlyOnceEnrolledAndNeverThoseToSendIfConcerned() throws Exception {
        var family = fixtures.family("Perimetre");
        long sister = households.addChild(family.householdId(), "Zoé", "Perimetre", fixtures.today().minusYears(6),
                "F", null, null);
        long activityId = activity("Club", true);
        long suffix = System.nanoTime() % 100_000;
        long insurance = documents.createType(new DocumentTypeSettings("Assurance club " + suffix,
                DocumentScope.CHILD, DocumentAudience.ACTIVITIES, Validity.SCHOOL_YEAR, null, false,
                Set.of(activityId)));
        long licence = documents.createType(new DocumentTypeSettings("Licence club " + suffix,
                DocumentScope.HOUSEHOLD, DocumentAudience.ACTIVITIES, Validity.SCHOOL_YEAR, null, false,
                Set.of(activityId)));
        long pai = documents.createType(new DocumentTypeSettings("PAI club " + suffix, DocumentScope.CHILD,
                DocumentAudience.IF_CONCERNED, Validity.SCHOOL_YEAR, null, true, Set.of()));
        long quotient = documents.createType(new DocumentTypeSettings("QF club " + suffix, DocumentScope.HOUSEHOLD,
                DocumentAudience.ALL, Validity.MONTHS, 12, false, Set.of()));

        // nobody enrolled: only what every family is asked
        assertThat(askedTypes(family)).contains(quotient).doesNotContain(insurance, licence, pai);
        var pieces = page(family.login(), get("/pieces").with(logins.as(family.login())));
        assertThat(pieces.getElementById("piece-" + insurance + "-" + family.childId())).isNull();
        assertThat(pieces.getElementById("piece-" + licence + "-foyer")).isNull();
        var optional = pieces.select(".documents-optional");
        assertThat(optional.select("h2").text()).isEqualTo("À fournir seulement si votre enfant est concerné");
        var paiItem = optional.select("li.document-item").stream().filter(li -> li.text().contains("PAI club"))
                .findFirst().orElseThrow();
        assertThat(paiItem.select("li.document-subitem")).as("named once, a line per child").hasSize(2);
        assertThat(paiItem.select("#piece-" + pai + "-" + sister).text()).contains("Pour Zoé", "Non envoyée")
                .doesNotContain("À fournir");
        assertThat(optional.select("#piece-" + pai + "-" + sister + " details").hasAttr("open")).isFalse();
        var home = page(family.login(), get("/").with(logins.as(family.login()))).select(".documents-summary").text();
        assertThat(home).contains("QF club").doesNotContain("Assurance club", "Licence club", "PAI club");

        // one child enrolled: asked of that child, the household's document too, never of the sister, never the PAI
        enrolments.enrolDirectly(family.householdId(), family.childId(), activityId,
                activities.get(activityId).periods().get(0).id());
        var asked = documents.lines(family.householdId());
        assertThat(asked).filteredOn(l -> l.type().id() == insurance).singleElement().satisfies(l -> {
            assertThat(l.childId()).isEqualTo(family.childId());
            assertThat(l.state()).isEqualTo(DocumentState.MISSING);
        });
        assertThat(asked).filteredOn(l -> l.type().id() == licence).singleElement()
                .satisfies(l -> assertThat(l.childId()).isNull());
        assertThat(askedTypes(family)).doesNotContain(pai);
        home = page(family.login(), get("/").with(logins.as(family.login()))).select(".documents-summary").text();
        assertThat(home).contains("Assurance club", "Licence club").doesNotContain("PAI club");
        var child = page(family.login(), get("/enfants/" + sister).with(logins.as(family.login())))
                .select(".documents-summary").text();
        assertThat(child).doesNotContain("Assurance club", "PAI club");

        // a PAI sent stays apart, waiting for an agent, never claimed
        assertThat(send(family, pai, sister, png())).isEqualTo(302);
        assertThat(askedTypes(family)).doesNotContain(pai);
        assertThat(page(family.login(), get("/pieces").with(logins.as(family.login())))
                .select(".documents-optional #piece-" + pai + "-" + sister).text()).contains("En cours de vérification");
    }

    @Test
    void theAgentChoosesWhomATypeIsAskedOfWithAMessageNextToTheFieldWhenItCannotBe() throws Exception {
        var form = page("demo.agent", get("/gestion/pieces/types/nouveau").with(logins.as("demo.agent")));
        assertThat(form.select("input[name=audience]")).extracting(e -> e.val())
                .containsExactly("ALL", "ACTIVITIES", "IF_CONCERNED");
        assertThat(form.select("input[name=audience][checked]").val()).isEqualTo("ALL");
        assertThat(form.getElementById("aide-audience-IF_CONCERNED").text()).contains("Jamais réclamée", "PAI");
        String name = "Contre-indication " + System.nanoTime() % 100_000;
        var noActivity = page("demo.agent", post("/gestion/pieces/types/nouveau").param("name", name)
                .param("scope", "CHILD").param("audience", "ACTIVITIES").param("validity", "SCHOOL_YEAR")
                .with(logins.as("demo.agent")).with(csrf()));
        assertThat(noActivity.getElementById("audience-erreur").text()).contains("cochez au moins une activité");
        assertThat(documents.types()).noneMatch(t -> t.name().equals(name));

        assertThat(mvc.perform(post("/gestion/pieces/types/nouveau").param("name", name).param("scope", "CHILD")
                .param("audience", "IF_CONCERNED").param("validity", "SCHOOL_YEAR").with(logins.as("demo.agent"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        var type = documents.types().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(type.audience()).isEqualTo(DocumentAudience.IF_CONCERNED);
        var edit = page("demo.agent", get("/gestion/pieces/types/" + type.id()).with(logins.as("demo.agent")));
        assertThat(edit.select("input[name=audience][checked]").val()).isEqualTo("IF_CONCERNED");
        assertThat(page("demo.agent", get("/gestion/pieces").with(logins.as("demo.agent"))).select("#titre-types ~ ul li")
                .stream().filter(li -> li.text().contains(name)).findFirst().orElseThrow().text())
                .contains("seulement si concerné");
    }

    private java.util.List<Long> askedTypes(Fixtures.TestFamily family) {
        return documents.lines(family.householdId()).stream().map(l -> l.type().id()).toList();
    }

    @Test
    void aHealthDocumentsNameNeverReachesTheAuditTrail() throws Exception {
        var family = fixtures.family("Sante");
        String name = "PAI secret " + System.nanoTime() % 100_000;
        long typeId = documents.createType(new DocumentTypeSettings(name, DocumentScope.CHILD, DocumentAudience.ALL,
                Validity.NONE, null, true, Set.of()));
        assertThat(send(family, typeId, family.childId(), png())).isEqualTo(302);
        long request = pendingRequest(family, typeId);
        documents.accept(request, "Agent Test", null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE household_id = :h AND (subject LIKE :n OR detail LIKE :n)")
                .param("h", family.householdId()).param("n", "%" + name + "%").query(Long.class).single()).isZero();
        assertThat(line(family, typeId).state()).as("without end").isEqualTo(DocumentState.VALID);
    }

    @Test
    void aHouseholdDocumentIsSentOnceForTheWholeFamily() throws Exception {
        var family = fixtures.family("Foyer");
        long typeId = documents.createType(new DocumentTypeSettings("QF " + System.nanoTime() % 100_000,
                DocumentScope.HOUSEHOLD, DocumentAudience.ALL, Validity.MONTHS, 12, false, Set.of()));
        assertThat(send(family, typeId, null, png())).isEqualTo(302);
        var line = documents.lines(family.householdId()).stream().filter(l -> l.type().id() == typeId).toList();
        assertThat(line).singleElement().satisfies(l -> {
            assertThat(l.childId()).isNull();
            assertThat(l.state()).isEqualTo(DocumentState.PENDING);
        });
        documents.accept(line.get(0).pendingRequestId(), "Agent Test", fixtures.today().plusDays(10));
        var home = page(family.login(), get("/").with(logins.as(family.login())));
        assertThat(home.getElementById("titre-pieces")).isNotNull();
        assertThat(home.select(".documents-summary").text()).contains("Expire le");
    }

    @Test
    void aRequiredConsentBlocksBookingUntilGivenAndAgainOnceWithdrawnWithItsHistoryKept() throws Exception {
        var family = fixtures.family("Consentement");
        long activityId = activity("Sorties", true);
        var period = activities.get(activityId).periods().get(0);
        enrolments.enrolDirectly(family.householdId(), family.childId(), activityId, period.id());
        String name = "Sorties " + System.nanoTime() % 100_000;
        long consentId = consents.createType(new ConsentTypeSettings(name, ConsentCategory.OUTING, null,
                Set.of(activityId)));
        LocalDate day = fixtures.today().plusDays(10);

        var agenda = page(family.login(), get("/enfants/" + family.childId() + "/agenda")
                .param("activite", Long.toString(activityId)).with(logins.as(family.login())));
        assertThat(agenda.select("#agenda-pieces").text()).contains("Autorisation à donner : " + name);
        assertThat(agenda.select("#agenda-pieces a").attr("href"))
                .isEqualTo("/enfants/" + family.childId() + "/consentements#consentement-" + consentId);
        assertThat(reservations.ask(family.householdId(), family.childId(), activityId, List.of(day)))
                .singleElement().satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(AskResult.Outcome.REFUSED);
                    assertThat(r.state().name()).isEqualTo("REQUIREMENTS_MISSING");
                });

        answer(family, consentId, "GIVEN");
        assertThat(reservations.ask(family.householdId(), family.childId(), activityId, List.of(day)))
                .singleElement().extracting(AskResult::outcome).isEqualTo(AskResult.Outcome.RESERVED);

        answer(family, consentId, "WITHDRAWN");
        assertThat(reservations.ask(family.householdId(), family.childId(), activityId, List.of(day.plusDays(1))))
                .singleElement().extracting(AskResult::outcome).isEqualTo(AskResult.Outcome.REFUSED);
        var page = page(family.login(), get("/enfants/" + family.childId() + "/consentements")
                .with(logins.as(family.login())));
        var item = page.getElementById("consentement-" + consentId);
        assertThat(item.select(".consent-history li")).hasSize(2);
        assertThat(item.select(".consent-history").text()).contains("Autorisé", "Autorisation retirée", "Alice");
        // withdrawing what is not given records nothing
        answer(family, consentId, "WITHDRAWN");
        assertThat(consents.ofChild(family.householdId(), family.childId()).stream()
                .filter(l -> l.type().id() == consentId).findFirst().orElseThrow().history()).hasSize(2);
    }

    @Test
    void aDocumentRequiredBeforeBookingCountsOnEachDayItIsValid() {
        var family = fixtures.family("Reservation");
        long activityId = activity("Piscine", true);
        enrolments.enrolDirectly(family.householdId(), family.childId(), activityId,
                activities.get(activityId).periods().get(0).id());
        long typeId = documents.createType(new DocumentTypeSettings("Certificat " + System.nanoTime() % 100_000,
                DocumentScope.CHILD, DocumentAudience.ACTIVITIES, Validity.MONTHS, 1, true, Set.of(activityId)));
        documents.setMoment(activityId, DocumentMoment.BOOKING);
        LocalDate end = fixtures.today().plusDays(12);
        long request = documents.submit(family.householdId(), family.childId(), typeId,
                new fr.portailfamille.shared.upload.UploadedFile("c.pdf", "application/pdf", "%PDF-1.4".getBytes()),
                "Alice");
        documents.accept(request, "Agent Test", end);
        var results = reservations.ask(family.householdId(), family.childId(), activityId,
                List.of(end, end.plusDays(1)));
        assertThat(results).extracting(AskResult::outcome)
                .containsExactly(AskResult.Outcome.RESERVED, AskResult.Outcome.REFUSED);
    }

    @Test
    void aWithdrawnDocumentIsNoLongerAskedNorRequiredAndAPendingOneIsStillDecided() throws Exception {
        var family = fixtures.family("Retrait");
        long activityId = activity("Escalade", true);
        enrolments.enrolDirectly(family.householdId(), family.childId(), activityId,
                activities.get(activityId).periods().get(0).id());
        long typeId = documents.createType(new DocumentTypeSettings("Brevet " + System.nanoTime() % 100_000,
                DocumentScope.CHILD, DocumentAudience.ACTIVITIES, Validity.NONE, null, false, Set.of(activityId)));
        documents.setMoment(activityId, DocumentMoment.BOOKING);
        LocalDate day = fixtures.today().plusDays(10);
        assertThat(send(family, typeId, family.childId(), png())).isEqualTo(302);
        long pending = pendingRequest(family, typeId);
        assertThat(reservations.ask(family.householdId(), family.childId(), activityId, List.of(day)))
                .extracting(AskResult::state).containsExactly(fr.portailfamille.agenda.DayState.REQUIREMENTS_MISSING);

        var withdrawn = mvc.perform(post("/gestion/pieces/types/" + typeId + "/retrait")
                .with(logins.as("demo.agent")).with(csrf())).andReturn();
        assertThat(withdrawn.getResponse().getRedirectedUrl()).isEqualTo("/gestion/pieces");
        assertThat(withdrawn.getFlashMap().get("notice")).isEqualTo("documents.type.withdrawn");
        var overview = page("demo.agent", get("/gestion/pieces").with(logins.as("demo.agent")));
        assertThat(overview.select(".withdrawn-type").text()).contains("Brevet");
        assertThat(overview.select("#titre-types + p + ul").text()).doesNotContain("Brevet");

        // the family no longer sees it nor can send it; the activity no longer requires it
        assertThat(documents.lines(family.householdId())).noneMatch(l -> l.type().id() == typeId);
        assertThat(page(family.login(), get("/pieces").with(logins.as(family.login())))
                .getElementById("piece-" + typeId + "-" + family.childId())).isNull();
        assertThat(send(family, typeId, family.childId(), png())).isEqualTo(404);
        assertThat(reservations.ask(family.householdId(), family.childId(), activityId, List.of(day.plusDays(1))))
                .extracting(AskResult::outcome).containsExactly(AskResult.Outcome.RESERVED);

        // the document sent before is still decided by the agents
        assertThat(documents.pending()).anyMatch(d -> d.request().id() == pending);
        documents.accept(pending, "Agent Test", null);

        // asked again, as it was: listed, and valid since it was accepted meanwhile
        var restored = mvc.perform(post("/gestion/pieces/types/" + typeId + "/retour")
                .with(logins.as("demo.agent")).with(csrf())).andReturn();
        assertThat(restored.getFlashMap().get("notice")).isEqualTo("documents.type.restored");
        assertThat(line(family, typeId).state()).isEqualTo(DocumentState.VALID);
        var again = mvc.perform(post("/gestion/pieces/types/" + typeId + "/retour")
                .with(logins.as("demo.agent")).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("notice")).isEqualTo("documents.type.unchanged");
        assertThat(mvc.perform(post("/gestion/pieces/types/" + typeId + "/retrait")
                .with(logins.as(family.login())).with(csrf())).andReturn().getResponse().getStatus())
                .as("a family cannot withdraw a document").isEqualTo(403);
        assertThat(mvc.perform(post("/gestion/pieces/types/999999999/retrait")
                .with(logins.as("demo.agent")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAttendanceListAndTheCheckInShowTheImageRightsAnswer() throws Exception {
        var given = fixtures.family("ImageOui");
        var refused = fixtures.family("ImageNon");
        long activityId = activity("Photos", true);
        LocalDate day = fixtures.today().plusDays(3);
        consents.createType(new ConsentTypeSettings("Photos test " + System.nanoTime() % 100_000,
                ConsentCategory.IMAGE, null, Set.of()));
        for (var type : consents.types()) {
            if (type.category() == ConsentCategory.IMAGE) {
                consents.answer(given.householdId(), given.childId(), type.id(), ConsentAnswer.GIVEN, "Alice");
                consents.answer(refused.householdId(), refused.childId(), type.id(), ConsentAnswer.REFUSED, "Alice");
            }
        }
        reservations.recordAttended(given.householdId(), given.childId(), activityId, List.of(day));
        reservations.recordAttended(refused.householdId(), refused.childId(), activityId, List.of(day));

        var list = page("demo.agent", get("/gestion/activites/" + activityId + "/jours/" + day + "/presences")
                .with(logins.as("demo.agent")));
        var rows = list.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.stream().filter(r -> r.text().contains("ImageNon")).findFirst().orElseThrow().text())
                .contains("Droit à l'image refusé");
        assertThat(rows.stream().filter(r -> r.text().contains("ImageOui")).findFirst().orElseThrow().text())
                .contains("Droit à l'image accordé").doesNotContain("refusé");

        var checkIn = page("demo.agent", get("/gestion/pointage").param("activite", Long.toString(activityId))
                .param("jour", day.toString()).with(logins.as("demo.agent")));
        assertThat(checkIn.select(".checkin-card").stream().filter(c -> c.text().contains("ImageNon")).findFirst()
                .orElseThrow().select(".image-flag").text()).contains("Droit à l'image refusé");
    }

    @Test
    void aFamilyReachesOnlyItsOwnChildrensDocumentsAndConsents() throws Exception {
        var owner = fixtures.family("Proprio");
        var intruder = fixtures.family("Curieux");
        long typeId = documents.createType(new DocumentTypeSettings("Vaccins " + System.nanoTime() % 100_000,
                DocumentScope.CHILD, DocumentAudience.ALL, Validity.NONE, null, true, Set.of()));
        var upload = multipart("/pieces/envoi").file(new MockMultipartFile("fichier", "v.png", "image/png", png()))
                .param("piece", Long.toString(typeId)).param("enfant", Long.toString(owner.childId()))
                .with(logins.as(intruder.login())).with(csrf());
        assertThat(mvc.perform(upload).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(line(owner, typeId).state()).isEqualTo(DocumentState.MISSING);
        // nor lists another family's child through a requirement's link
        assertThat(mvc.perform(get("/pieces").param("piece", Long.toString(typeId))
                .param("enfant", Long.toString(owner.childId())).with(logins.as(intruder.login()))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        // a link with an unknown document or a mangled number: not found, bad request, never a 500
        assertThat(mvc.perform(get("/pieces").param("piece", "999999999").with(logins.as(intruder.login())))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/pieces").param("piece", "abc").with(logins.as(intruder.login())))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/enfants/" + owner.childId() + "/consentements").with(logins.as(intruder.login())))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        // a per-child document sent without a child is not anybody's
        var noChild = multipart("/pieces/envoi").file(new MockMultipartFile("fichier", "v.png", "image/png", png()))
                .param("piece", Long.toString(typeId)).with(logins.as(intruder.login())).with(csrf());
        assertThat(mvc.perform(noChild).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/gestion/pieces").with(logins.as(owner.login()))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
