package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests for family sections through the real pages: nothing changes until an agent accepts. */
@PortalTest
class FamilyChangeRequestTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired SectionStore sections;
    @Autowired Households households;
    @Autowired AuditTrail audit;

    static final String AGENT = "demo.agent";

    private String page(String login, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(login))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(String login, String url, Map<String, String> fields) {
        var builder = post(url).with(logins.as(login)).with(csrf());
        fields.forEach(builder::param);
        return builder;
    }

    static Map<String, String> health(String food) {
        return Map.of("foodAllergies", food, "allergyActions", "Pas d'arachide, trousse PAI", "pai", "true",
                "diet", "NO_ALLERGEN", "dtpDate", "2024-05-02");
    }

    @Test
    void healthRecordChangesOnlyWhenAnAgentAcceptsIt() throws Exception {
        var family = fixtures.family("Sante");
        String url = "/enfants/" + family.childId() + "/donnees-sanitaires";
        mvc.perform(form(family.login(), url, health("Arachide")))
                .andExpect(status().is3xxRedirection());

        assertThat(sections.read(Section.HEALTH, family.householdId(), family.childId()).get("foodAllergies")).isEmpty();
        String childPage = page(family.login(), "/enfants/" + family.childId());
        assertThat(childPage).contains("Modification en attente de validation").contains("Arachide");

        var pending = requests.pending(family.householdId(), "family.child-health", family.childId()).orElseThrow();
        mvc.perform(post("/gestion/demandes/" + pending.id() + "/acceptation").with(logins.as(AGENT)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var now = sections.read(Section.HEALTH, family.householdId(), family.childId());
        assertThat(now.get("foodAllergies")).isEqualTo("Arachide");
        assertThat(now.get("pai")).isEqualTo("true");
        assertThat(now.get("dtpDate")).isEqualTo("2024-05-02");
        assertThat(page(family.login(), "/demandes")).contains("Acceptée").contains("Données sanitaires");
        assertThat(page(family.login(), "/enfants/" + family.childId())).doesNotContain("Modification en attente");
        assertThat(audit.recent(family.householdId(), "REQUEST_ACCEPTED", 10)).hasSize(1)
                .allSatisfy(e -> assertThat(e.detail()).contains("foodAllergies").doesNotContain("Arachide"));
    }

    @Test
    void aNewEditReplacesThePendingOneAndTheFamilyCanWithdraw() throws Exception {
        var family = fixtures.family("Remplace");
        String url = "/enfants/" + family.childId() + "/donnees-sanitaires";
        mvc.perform(form(family.login(), url, health("Lait"))).andExpect(status().is3xxRedirection());
        long first = requests.pending(family.householdId(), "family.child-health", family.childId()).orElseThrow().id();
        mvc.perform(form(family.login(), url, health("Oeuf"))).andExpect(status().is3xxRedirection());
        var second = requests.pending(family.householdId(), "family.child-health", family.childId()).orElseThrow();
        assertThat(second.id()).isNotEqualTo(first);
        assertThat(requests.ofHousehold(family.householdId(), first).status()).isEqualTo(RequestStatus.WITHDRAWN);

        mvc.perform(post("/demandes/" + second.id() + "/retrait").with(logins.as(family.login())).with(csrf())
                .param("retour", "https://evil.example/")).andExpect(status().isFound())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/demandes"));
        assertThat(requests.ofHousehold(family.householdId(), second.id()).status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(page(family.login(), "/demandes?statut=WITHDRAWN")).contains("Retirée");
    }

    @Test
    void invalidFormKeepsTypedValuesShowsFrenchMessagesAndCreatesNoRequest() throws Exception {
        var family = fixtures.family("Invalide");
        String html = mvc.perform(form(family.login(), "/compte/coordonnees-bancaires",
                        Map.of("bankHolder", "Alice Invalide", "iban", "FR76 3000 6000 0112 3456 7890 188", "bic", "AGRI")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("clé de contrôle incorrecte").contains("BIC invalide")
                .contains("value=\"FR76 3000 6000 0112 3456 7890 188\"").contains("aria-invalid=\"true\"");
        assertThat(requests.ofHousehold(family.householdId(), null)).isEmpty();
    }

    @Test
    void directDebitNeedsBankDetailsAndAcceptedBankDetailsCreateThenAmendTheMandate() throws Exception {
        var family = fixtures.family("Prelevement");
        String html = mvc.perform(form(family.login(), "/compte/mode-de-reglement", Map.of("paymentMethod", "DIRECT_DEBIT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Le prélèvement automatique nécessite des coordonnées bancaires valides");
        assertThat(requests.ofHousehold(family.householdId(), null)).isEmpty();

        mvc.perform(form(family.login(), "/compte/coordonnees-bancaires", Map.of("bankHolder", "Alice Prelevement",
                "iban", "fr76 3000 6000 0112 3456 7890 189", "bic", "agrifrpp"))).andExpect(status().is3xxRedirection());
        mvc.perform(form(family.login(), "/compte/mode-de-reglement", Map.of("paymentMethod", "DIRECT_DEBIT")))
                .andExpect(status().is3xxRedirection());
        var bank = requests.pending(family.householdId(), "family.bank", null).orElseThrow();
        var method = requests.pending(family.householdId(), "family.payment-method", null).orElseThrow();
        assertThat(bank.proposed().get("iban")).isEqualTo("FR7630006000011234567890189");

        // Accepting the payment method before the bank details is refused by the rule, nothing is applied.
        mvc.perform(post("/gestion/demandes/" + method.id() + "/acceptation").with(logins.as(AGENT)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/gestion/demandes/" + method.id()));
        assertThat(requests.get(method.id()).status()).isEqualTo(RequestStatus.PENDING);

        requests.accept(bank.id(), "Agent Test", null);
        requests.accept(method.id(), "Agent Test", null);
        var mandate = households.mandate(family.householdId()).orElseThrow();
        assertThat(mandate.reference()).startsWith(String.format("PF-%08d-", family.householdId()));
        assertThat(mandate.maskedIban().replace(" ", "")).endsWith("0189").doesNotContain("30006000");
        assertThat(households.household(family.householdId()).paymentMethod()).isEqualTo(PaymentMethod.DIRECT_DEBIT);

        String account = page(family.login(), "/compte");
        assertThat(account).contains(mandate.reference()).doesNotContain("FR7630006000011234567890189")
                .doesNotContain("FR76 3000 6000 0112 3456 7890 189");

        mvc.perform(form(family.login(), "/compte/coordonnees-bancaires", Map.of("bankHolder", "Alice Prelevement",
                "iban", "DE89 3704 0044 0532 0130 00", "bic", "COBADEFFXXX"))).andExpect(status().is3xxRedirection());
        requests.accept(requests.pending(family.householdId(), "family.bank", null).orElseThrow().id(), "Agent", null);
        var amended = households.mandate(family.householdId()).orElseThrow();
        assertThat(amended.reference()).isEqualTo(mandate.reference());
        assertThat(amended.amendedOn()).isNotNull();
        assertThat(amended.maskedIban().replace(" ", "")).endsWith("3000");

        // The bank details cannot be removed while direct debit is the payment method.
        String refused = mvc.perform(form(family.login(), "/compte/coordonnees-bancaires",
                Map.of("bankHolder", "", "iban", "", "bic", ""))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("un IBAN est nécessaire");
    }

    @Test
    void conflictIsShownAndMustBeConfirmedAfterAnAgentCorrectedTheRecord() throws Exception {
        var family = fixtures.family("Conflit");
        mvc.perform(form(family.login(), "/compte/donnees-fiscales",
                Map.of("referenceIncome", "25 400", "taxParts", "2,5", "taxYear", String.valueOf(java.time.Year.now().getValue() - 1))))
                .andExpect(status().is3xxRedirection());
        var request = requests.pending(family.householdId(), "family.fiscal", null).orElseThrow();
        assertThat(requests.conflicts(request.id())).isEmpty();

        mvc.perform(post("/gestion/familles/" + family.householdId() + "/corriger/donnees-fiscales")
                        .with(logins.as(AGENT)).with(csrf()).param("referenceIncome", "30000").param("taxParts", "3")
                        .param("taxYear", String.valueOf(java.time.Year.now().getValue() - 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(households.household(family.householdId()).fiscal().referenceIncomeCents()).isEqualTo(3_000_000L);
        assertThat(audit.recent(family.householdId(), "RECORD_CORRECTED", 5)).extracting(AuditTrail.Event::actor)
                .containsExactly(AGENT);
        assertThat(requests.conflicts(request.id())).contains("referenceIncome", "taxParts");

        assertThat(page(AGENT, "/gestion/demandes/" + request.id())).contains("Le dossier a changé depuis la demande")
                .containsPattern("30(.|&nbsp;|&#160;)000,00");
        mvc.perform(post("/gestion/demandes/" + request.id() + "/acceptation").with(logins.as(AGENT)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/gestion/demandes/" + request.id()));
        assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.PENDING);

        mvc.perform(post("/gestion/demandes/" + request.id() + "/acceptation").param("conflitsVus", "true")
                .with(logins.as(AGENT)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(households.household(family.householdId()).fiscal().referenceIncomeCents()).isEqualTo(2_540_000L);
        assertThat(households.household(family.householdId()).fiscal().partsHundredths()).isEqualTo(250);
    }

    @Test
    void refusalNeedsAReasonThatTheFamilySees() throws Exception {
        var family = fixtures.family("Refus");
        mvc.perform(form(family.login(), "/enfants/" + family.childId() + "/fiche",
                Map.of("firstName", "Zoé", "lastName", "Refus", "birthDate", "2018-04-01", "sex", "F")))
                .andExpect(status().is3xxRedirection());
        var request = requests.pending(family.householdId(), "family.child-identity", family.childId()).orElseThrow();
        mvc.perform(post("/gestion/demandes/" + request.id() + "/refus").param("motif", "  ")
                .with(logins.as(AGENT)).with(csrf()));
        assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.PENDING);
        mvc.perform(post("/gestion/demandes/" + request.id() + "/refus").param("motif", "Acte de naissance à fournir")
                .with(logins.as(AGENT)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(family.login(), "/demandes")).contains("Refusée").contains("Acte de naissance à fournir");
        assertThat(households.child(family.householdId(), family.childId()).firstName()).startsWith("Enfant");
    }

    /**
     * A request of the old « Autorisations » form, sent before image rights, emergency care and outings became
     * consents, still shows (to the family and the agent, the removed answers labelled as not applied) and is
     * accepted without error: leave-alone and the pick-up persons are applied, the removed answers are not.
     */
    @Test
    void aPendingRequestOfTheOldAuthorisationsFormStillShowsAndIsAccepted() throws Exception {
        var family = fixtures.family("Ancienne");
        var old = new java.util.LinkedHashMap<String, String>();
        old.put("leaveAlone", "true");
        old.put("imageRights", "false");
        old.put("emergencyCare", "true");
        old.put("outingTransport", "true");
        old.put("pickup1Name", "Mamie Rose");
        old.put("pickup1Relationship", "Grand-mère");
        old.put("pickup1Phone", "06 11 22 33 44");
        long id = requests.submit(new fr.portailfamille.requests.NewRequest(family.householdId(),
                "family.child-authorisations", family.childId(), "Enfant Ancienne", old, Map.of()));

        String agent = page(AGENT, "/gestion/demandes/" + id);
        assertThat(agent).contains("Sortie de l&#39;accueil").contains("Mamie Rose")
                .contains("Droit à l&#39;image — ancienne question, non reprise").doesNotContain(">false<");
        assertThat(page(family.login(), "/enfants/" + family.childId())).contains("Modification en attente")
                .contains("Mamie Rose");
        assertThat(page(family.login(), "/enfants/" + family.childId() + "/autorisations")).contains("Mamie Rose")
                .doesNotContain("name=\"imageRights\"");

        mvc.perform(post("/gestion/demandes/" + id + "/acceptation").with(logins.as(AGENT)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(sections.read(Section.AUTHORISATIONS, family.householdId(), family.childId()))
                .containsEntry("leaveAlone", "true").containsEntry("pickup1Name", "Mamie Rose")
                .doesNotContainKeys("imageRights", "emergencyCare", "outingTransport");
    }

    /** An old request that only changed a removed answer does not read as « Suppression demandée » to the family. */
    @Test
    void aPendingOldRequestThatOnlyChangedImageRightsShowsWhatItAsked() throws Exception {
        var family = fixtures.family("Seulimage");
        fixtures.acceptChildSection(family, "family.child-authorisations", Map.of("leaveAlone", "false"));
        var old = new java.util.LinkedHashMap<String, String>();
        old.put("leaveAlone", "false");
        old.put("imageRights", "true");
        requests.submit(new fr.portailfamille.requests.NewRequest(family.householdId(),
                "family.child-authorisations", family.childId(), "Enfant Seulimage", old,
                Map.of("leaveAlone", "false", "imageRights", "false")));
        var card = org.jsoup.Jsoup.parse(page(family.login(), "/enfants/" + family.childId()))
                .selectFirst("#titre-autorisations").parent();
        assertThat(card.select(".pending-change").text()).contains("Droit à l'image — ancienne question, non reprise")
                .contains("Oui").doesNotContain("Suppression demandée");
    }

    @Test
    void authorisationsWithPickupPersonsAddAndRemove() throws Exception {
        var family = fixtures.family("Autorise");
        String url = "/enfants/" + family.childId() + "/autorisations";
        var fields = new java.util.HashMap<>(Map.of("leaveAlone", "false",
                "pickup1Name", "Mamie Jeanne", "pickup1Relationship", "Grand-mère", "pickup1Phone", "06 11 22 33 44",
                "pickup3Name", "Paul Voisin", "pickup3Relationship", "Voisin"));
        String html = mvc.perform(form(family.login(), url, fields)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("f-pickup3Phone-erreur").contains("value=\"Paul Voisin\"");
        fields.put("pickup3Phone", "02 40 00 00 01");
        mvc.perform(form(family.login(), url, fields)).andExpect(status().is3xxRedirection());
        requests.accept(requests.pending(family.householdId(), "family.child-authorisations", family.childId())
                .orElseThrow().id(), "Agent", null);
        var now = sections.read(Section.AUTHORISATIONS, family.householdId(), family.childId());
        assertThat(now).containsEntry("pickup1Name", "Mamie Jeanne").containsEntry("pickup2Name", "Paul Voisin")
                .containsEntry("leaveAlone", "false").doesNotContainKey("imageRights");

        fields.remove("pickup1Name");
        fields.remove("pickup1Relationship");
        fields.remove("pickup1Phone");
        mvc.perform(form(family.login(), url, fields)).andExpect(status().is3xxRedirection());
        requests.accept(requests.pending(family.householdId(), "family.child-authorisations", family.childId())
                .orElseThrow().id(), "Agent", null);
        assertThat(sections.read(Section.AUTHORISATIONS, family.householdId(), family.childId()))
                .containsEntry("pickup1Name", "Paul Voisin").containsEntry("pickup2Name", "");
    }

    @Test
    void newChildAndSecondGuardianRemovalAreRequestsToo() throws Exception {
        var family = fixtures.family("Ajout");
        mvc.perform(form(family.login(), "/compte/ajouter-enfant",
                Map.of("firstName", "Noé", "lastName", "Ajout", "birthDate", "2020-02-02", "sex", "M")))
                .andExpect(status().is3xxRedirection());
        assertThat(households.children(family.householdId())).hasSize(1);
        requests.accept(requests.pending(family.householdId(), "family.child-new", null).orElseThrow().id(), "A", null);
        assertThat(households.children(family.householdId())).extracting(ChildView::firstName).contains("Noé");

        mvc.perform(form(family.login(), "/compte/conjoint", Map.of("civility", "M.", "lastName", "Ajout",
                "firstName", "Marc", "phoneMobile", "06 99 88 77 66"))).andExpect(status().is3xxRedirection());
        requests.accept(requests.pending(family.householdId(), "family.second-guardian", null).orElseThrow().id(), "A", null);
        assertThat(households.household(family.householdId()).second().firstName()).isEqualTo("Marc");
        mvc.perform(post("/compte/conjoint/suppression").with(logins.as(family.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        requests.accept(requests.pending(family.householdId(), "family.second-guardian", null).orElseThrow().id(), "A", null);
        assertThat(households.household(family.householdId()).second()).isNull();
    }

    @Test
    void completenessListsMissingMandatorySectionsOnHomeAndChildPage() throws Exception {
        var family = fixtures.family("Complet");
        assertThat(households.missingSections(family.householdId())).extracting(MissingSection::link)
                .contains("/compte/caf", "/enfants/" + family.childId() + "/donnees-sanitaires",
                        "/enfants/" + family.childId() + "/autorisations");
        assertThat(page(family.login(), "/enfants/" + family.childId()))
                .contains("Informations obligatoires à compléter").contains("/enfants/" + family.childId() + "/donnees-sanitaires");
        assertThat(page(family.login(), "/")).contains("Informations obligatoires à compléter").contains("/compte/caf");
    }

    @Test
    void bulkAcceptTakesSimpleKindsOnlyAndQueueIsForAgents() throws Exception {
        var family = fixtures.family("Groupe");
        mvc.perform(form(family.login(), "/enfants/" + family.childId() + "/donnees-complementaires",
                Map.of("insurer", "MAIF", "policyNumber", "123", "schoolYear", "2025-2026")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(family.login(), "/enfants/" + family.childId() + "/donnees-sanitaires", health("Kiwi")))
                .andExpect(status().is3xxRedirection());
        long complementary = requests.pending(family.householdId(), "family.child-complementary", family.childId()).orElseThrow().id();
        long health = requests.pending(family.householdId(), "family.child-health", family.childId()).orElseThrow().id();

        String queue = page(AGENT, "/gestion/demandes?famille=" + family.householdId());
        assertThat(queue).contains("Données complémentaires").contains("Données sanitaires");
        assertThat(queue.indexOf("/gestion/demandes/" + complementary)).isLessThan(queue.indexOf("/gestion/demandes/" + health));

        mvc.perform(post("/gestion/demandes/acceptation-groupee").param("ids", String.valueOf(complementary),
                String.valueOf(health)).with(logins.as(AGENT)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(requests.get(complementary).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(requests.get(health).status()).isEqualTo(RequestStatus.PENDING);

        mvc.perform(get("/gestion/demandes").with(logins.as(family.login()))).andExpect(status().isForbidden());
        mvc.perform(post("/gestion/demandes/" + health + "/acceptation").with(logins.as(family.login())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gestion/journal").with(logins.as(AGENT))).andExpect(status().isForbidden());
        assertThat(page("demo.admin", "/gestion/journal?famille=" + family.householdId()))
                .contains("Demande acceptée").doesNotContain("Kiwi");
    }

    @Test
    void agentViewingAHealthRecordIsAudited() throws Exception {
        var family = fixtures.family("Vue");
        page(AGENT, "/gestion/familles/" + family.householdId() + "/enfants/" + family.childId());
        assertThat(audit.recent(family.householdId(), "HEALTH_RECORD_VIEWED", 5)).extracting(AuditTrail.Event::actor)
                .containsExactly(AGENT);
        var other = fixtures.family("VueAutre");
        mvc.perform(get("/gestion/familles/" + family.householdId() + "/enfants/" + other.childId())
                .with(logins.as(AGENT))).andExpect(status().isNotFound());
    }
}
