package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.upload.TestFiles;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** What a parent sees on Mon compte, Mes enfants and the forms (issue 10), and what the agent then reads. */
@PortalTest
class ParentViewTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired FamilyChanges changes;
    @Autowired JdbcClient jdbc;

    private Document page(String login, String path) throws Exception {
        var response = mvc.perform(get(path).with(logins.as(login))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private long householdOf(String login) {
        return jdbc.sql("SELECT household_id FROM account WHERE login = :l").param("l", login)
                .query(Long.class).single();
    }

    /** The values a browser would send for this form as it arrives (inputs, checked radios, selected options). */
    private static Map<String, String> asSent(Document form) {
        var values = new LinkedHashMap<String, String>();
        for (Element input : form.select("form.section-form input[name], form.section-form select[name], "
                + "form.section-form textarea[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "select" -> values.put(name, input.select("option[selected]").val());
                case "textarea" -> values.put(name, input.text());
                default -> {
                    if (input.attr("type").equals("radio")) {
                        if (input.hasAttr("checked")) {
                            values.put(name, input.val());
                        }
                    } else if (!input.attr("type").equals("file")) {
                        values.put(name, input.val());
                    }
                }
            }
        }
        return values;
    }

    private static String formValue(Document form, String name) {
        Element e = form.selectFirst("form.section-form [name=" + name + "]");
        if (e == null) {
            Element radio = form.selectFirst("form.section-form input[name=" + name + "][checked]");
            return radio == null ? "" : radio.val();
        }
        return switch (e.tagName()) {
            case "select" -> e.select("option[selected]").val();
            case "textarea" -> e.text();
            default -> e.attr("type").equals("radio")
                    ? form.select("form.section-form input[name=" + name + "][checked]").val() : e.val();
        };
    }

    @Test
    void theResponsableFormArrivesWithTheAddressAccueilShowsAndAPhoneChangeNeedsNoRetyping() throws Exception {
        var family = fixtures.family("Adresse");
        var form = page(family.login(), "/compte/responsable");
        assertThat(formValue(form, "addressLine")).isEqualTo("1 rue du Test");
        assertThat(formValue(form, "postalCode")).isEqualTo("44100");
        assertThat(formValue(form, "city")).isEqualTo("Val-Fleuri");

        var sent = asSent(form);
        sent.put("phoneMobile", "06 12 34 56 78");
        var builder = post("/compte/responsable").with(logins.as(family.login())).with(csrf());
        sent.forEach(builder::param);
        var result = mvc.perform(builder).andReturn().getResponse();
        assertThat(result.getStatus()).as(result.getContentAsString()).isEqualTo(302);

        var request = requests.pending(family.householdId(), Section.GUARDIAN.kind(), null).orElseThrow();
        assertThat(request.changedFields()).containsExactly("phoneMobile");
        var agentPage = page("demo.agent", "/gestion/demandes/" + request.id());
        assertThat(agentPage.select("tr.row-changed")).hasSize(1);
        assertThat(agentPage.select("tr.row-changed .tag").text()).isEqualTo("modifié");
    }

    @Test
    void theAgentReadsAdresseModifiee() throws Exception {
        var family = fixtures.family("Demenage");
        var sent = asSent(page(family.login(), "/compte/responsable"));
        sent.put("addressLine", "3 place du Marché");
        sent.put("city", "Val-Fleuri");
        var builder = post("/compte/responsable").with(logins.as(family.login())).with(csrf());
        sent.forEach(builder::param);
        mvc.perform(builder);
        var request = requests.pending(family.householdId(), Section.GUARDIAN.kind(), null).orElseThrow();
        var agentPage = page("demo.agent", "/gestion/demandes/" + request.id());
        var changed = agentPage.select("tr.row-changed th");
        assertThat(changed).hasSize(1);
        assertThat(changed.text()).isEqualTo("Adresse modifiée");
        assertThat(request.current().get("addressLine")).isEqualTo("1 rue du Test");

        requests.accept(request.id(), "demo.agent", null);
        assertThat(page(family.login(), "/").text()).contains("3 place du Marché");
    }

    @Test
    void everyFamilyAndChildFormStartsFromTheValidatedValues() throws Exception {
        long h = householdOf("demo.famille");
        long hugo = jdbc.sql("SELECT id FROM child WHERE household_id = :h AND first_name = 'Hugo'").param("h", h)
                .query(Long.class).single();
        var checked = 0;
        for (Section section : Section.values()) {
            if (section == Section.NEW_CHILD || section == Section.PHOTO) {
                continue;
            }
            Long childId = section.isChildSection() ? hugo : null;
            if (changes.pending(section, h, childId).isPresent()) {
                continue; // the form then shows what was asked
            }
            String path = section.isChildSection() ? "/enfants/" + hugo + "/" + section.slug()
                    : "/compte/" + section.slug();
            var form = page("demo.famille", path);
            for (var value : changes.current(section, h, childId).entrySet()) {
                if (value.getValue().isEmpty() || section.field(value.getKey()).isEmpty()) {
                    continue;
                }
                String shown = formValue(form, value.getKey());
                assertThat(shown).as("%s %s", path, value.getKey()).isNotEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void theSuccessBannerShowsOnceOnMonCompte() throws Exception {
        var family = fixtures.family("Bandeau");
        var html = mvc.perform(get("/compte").with(logins.as(family.login()))
                        .with(fr.portailfamille.support.SessionCookie.flash(java.util.Map.of("notice", "section.requested"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".notice-success")).hasSize(1);
    }

    @Test
    void aChildWhoseAdditionIsPendingShowsOnMonCompteAndMesEnfants() throws Exception {
        var family = fixtures.family("Ajout");
        var children = page(family.login(), "/enfants");
        assertThat(children.select("a[href=/compte/ajouter-enfant]").text()).isEqualTo("Ajouter un enfant");

        mvc.perform(post("/compte/ajouter-enfant").with(logins.as(family.login())).with(csrf())
                .param("firstName", "Zoé").param("lastName", "Ajout").param("birthDate", "2019-04-02")
                .param("sex", "F"));

        var account = page(family.login(), "/compte");
        assertThat(account.select("tr.row-pending").text()).contains("Zoé").contains("En attente de validation")
                .contains("02/04/2019");
        children = page(family.login(), "/enfants");
        assertThat(children.select(".card-pending").text()).contains("Zoé Ajout").contains("En attente de validation")
                .contains("Née le 02/04/2019");
    }

    @Test
    void theMandatePanelIsForAFamilyPayingByDirectDebitAndEachPanelSaysWhatItHolds() throws Exception {
        var martin = page("demo.famille", "/compte");
        assertThat(martin.select("h2").eachText()).doesNotContain("Mandat de prélèvement et conjoint")
                .doesNotContain("Mandat de prélèvement SEPA");
        assertThat(martin.text()).doesNotContain("RUM");
        var bernard = page("demo.bernard", "/compte");
        assertThat(bernard.select("#titre-mandat").text()).isEqualTo("Mandat de prélèvement SEPA");
        assertThat(bernard.text()).contains("Référence unique du mandat (RUM)");
    }

    @Test
    void aFirstNameAfterDeIsElidedAndBirthAgreesWithTheChildsSex() throws Exception {
        var account = page("demo.famille", "/compte");
        assertThat(account.text()).contains("Données complémentaires d'Inès Martin")
                .contains("venir chercher l'enfant d'Inès Martin").doesNotContain("de Inès")
                .contains("Données complémentaires de Léa Martin");
        var children = page("demo.famille", "/enfants");
        List<String> cards = children.select(".child-cards .card").eachText();
        assertThat(cards).anySatisfy(c -> assertThat(c).contains("Inès").contains("Née le"))
                .anySatisfy(c -> assertThat(c).contains("Hugo").contains("Né le").doesNotContain("Né(e)"));
    }

    @Test
    void aPendingPhotoShowsAsAThumbnail() throws Exception {
        var family = fixtures.family("Vignette");
        mvc.perform(multipart("/enfants/" + family.childId() + "/photo")
                .file(new MockMultipartFile("fichier", "moi.jpg", "image/jpeg", TestFiles.jpeg(60, 60)))
                .with(logins.as(family.login())).with(csrf()));
        var request = requests.pending(family.householdId(), Section.PHOTO.kind(), family.childId()).orElseThrow();
        var thumb = page(family.login(), "/enfants/" + family.childId()).selectFirst("img.photo-thumb");
        assertThat(thumb).isNotNull();
        assertThat(thumb.attr("src")).isEqualTo("/demandes/" + request.id() + "/piece-jointe");
        assertThat(thumb.attr("alt")).isNotBlank();
        var image = mvc.perform(get(thumb.attr("src")).with(logins.as(family.login()))).andReturn().getResponse();
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).startsWith("image/");

        // once accepted, the child's page and the agent's show it, named with the elision
        requests.accept(request.id(), "demo.agent", null);
        var photo = page(family.login(), "/enfants/" + family.childId()).selectFirst("img.child-photo");
        assertThat(photo).isNotNull();
        assertThat(photo.attr("alt")).startsWith("Photo d'Enfant").endsWith(" Vignette");
        var agentPhoto = page("demo.agent", "/gestion/familles/" + family.householdId() + "/enfants/"
                + family.childId()).selectFirst("img.child-photo");
        assertThat(agentPhoto).isNotNull();
        assertThat(agentPhoto.attr("alt")).startsWith("Photo d'Enfant");
    }
}
