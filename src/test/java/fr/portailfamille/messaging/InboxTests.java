package fr.portailfamille.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import fr.portailfamille.requests.RequestDecided;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Fixtures.TestFamily;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class InboxTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Inbox inbox;
    @Autowired TestClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    // ---- family side

    @Test
    void nousContacterRefusesMissingFieldsNextToThemAndKeepsWhatWasTyped() throws Exception {
        TestFamily family = fixtures.family("Contact");
        var result = perform(multipart("/messages/nouveau").param("subject", "  ")
                .param("body", "x".repeat(5001)).param("crocVacances", "true")
                .with(logins.as(family.login())).with(csrf()));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#subject-erreur").text()).isEqualTo("Indiquez le titre de votre demande.");
        assertThat(page.select("#body-erreur").text()).contains("ne doit pas dépasser 5").contains("caractères");
        assertThat(page.select("#subject").attr("aria-describedby")).isEqualTo("subject-erreur");
        assertThat(page.select("#body").text()).hasSize(5001);
        assertThat(page.select("#crocVacances").hasAttr("checked")).isTrue();
        assertThat(conversationsOf(family.householdId())).isZero();
    }

    @Test
    void nousContacterRefusesAnAttachmentThatIsNotAPdfOrAnImageByItsContent() throws Exception {
        TestFamily family = fixtures.family("Fichier");
        var fake = new MockMultipartFile("attachment", "facture.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes());
        var result = perform(multipart("/messages/nouveau").file(fake).param("subject", "Facture")
                .param("body", "Voici la facture").with(logins.as(family.login())).with(csrf()));

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#attachment-erreur").text())
                .isEqualTo("Seuls les fichiers PDF, JPEG ou PNG sont acceptés.");
        assertThat(page.select("#subject").val()).isEqualTo("Facture");
        assertThat(conversationsOf(family.householdId())).isZero();
    }

    @Test
    void aFamilyMessageReachesTheAgentsFlaggedAndTheAnswerIsCountedUnreadForTheFamily() throws Exception {
        TestFamily family = fixtures.family("Dupuis");
        int townUnreadBefore = inbox.unreadForTown();

        var sent = perform(multipart("/messages/nouveau")
                .file(new MockMultipartFile("attachment", "attestation.png", "image/png", png()))
                .param("subject", "Inscription été").param("crocVacances", "true")
                .param("body", "Bonjour,\nune place en juillet ?")
                .with(logins.as(family.login())).with(csrf()));
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        long conversationId = Long.parseLong(sent.getResponse().getRedirectedUrl().replace("/messages/", ""));
        assertThat(sent.getFlashMap().get("notice")).isEqualTo("message.sent");

        // the town side: one more unread, flagged Croc'Vacances in the shared inbox with the unread filter
        assertThat(inbox.unreadForTown()).isEqualTo(townUnreadBefore + 1);
        Document list = page(get("/gestion/messages").param("nonLus", "true").param("croc", "true")
                .param("famille", "Dupuis").with(logins.as("demo.agent")));
        var row = list.select("tbody tr").first();
        assertThat(row.text()).contains("Inscription été", "Non lu", "Croc'Vacances", "Famille Dupuis");
        assertThat(list.select(".main-nav a[href='/gestion/messages'] .nav-count").text())
                .isEqualTo(String.valueOf(townUnreadBefore + 1));

        // the agent opens it (read for the whole service), sees the attachment, answers
        Document conversation = page(get("/gestion/messages/" + conversationId).with(logins.as("demo.agent")));
        assertThat(conversation.select(".message-body").text()).contains("une place en juillet ?");
        String attachmentUrl = conversation.select(".message-attachment a").attr("href");
        assertThat(attachmentUrl).startsWith("/gestion/messages/" + conversationId + "/pieces-jointes/");
        assertThat(inbox.unreadForTown()).isEqualTo(townUnreadBefore);
        var download = perform(get(attachmentUrl).with(logins.as("demo.agent")));
        assertThat(download.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attestation.jpg");

        var answer = perform(multipart("/gestion/messages/" + conversationId).param("body", "Oui, inscrivez-la.")
                .param("handled", "true").with(logins.as("demo.agent")).with(csrf()));
        assertThat(answer.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT handled FROM conversation WHERE id = :id").param("id", conversationId)
                .query(Boolean.class).single()).isTrue();

        // the family: 1 new message on Accueil (the number links to the inbox) and on the bar
        assertThat(inbox.unreadForFamily(family.householdId())).isEqualTo(1);
        Document home = page(get("/").with(logins.as(family.login())));
        assertThat(home.select(".message-count").text()).isEqualTo("Vous avez 1 nouveau message");
        assertThat(home.select(".message-count a").attr("href")).isEqualTo("/messages");
        assertThat(home.select(".main-nav a[href='/messages'] .nav-count").text()).isEqualTo("1");
        Document boite = page(get("/messages").with(logins.as(family.login())));
        assertThat(boite.select(".conversation-item.is-unread").text()).contains("Inscription été", "1 nouveau message",
                "Oui, inscrivez-la.");

        Document read = page(get("/messages/" + conversationId).with(logins.as(family.login())));
        assertThat(read.select(".message-body").stream().map(org.jsoup.nodes.Element::wholeText).toList())
                .containsExactly("Bonjour,\nune place en juillet ?", "Oui, inscrivez-la.");
        assertThat(read.select(".main-nav .nav-count")).isEmpty();
        assertThat(inbox.unreadForFamily(family.householdId())).isZero();

        // the family answers: the conversation is to be handled again by the town
        perform(multipart("/messages/" + conversationId).param("body", "Merci !")
                .with(logins.as(family.login())).with(csrf()));
        assertThat(jdbc.sql("SELECT handled FROM conversation WHERE id = :id").param("id", conversationId)
                .query(Boolean.class).single()).isFalse();
        assertThat(inbox.unreadForTown()).isEqualTo(townUnreadBefore + 1);
    }

    @Test
    void conversationsAreListedNewestFirst() throws Exception {
        TestFamily family = fixtures.family("Ordre");
        inbox.postSystemMessage(family.householdId(), "Premier", "un");
        clock.advance(java.time.Duration.ofMinutes(1));
        try {
            inbox.postSystemMessage(family.householdId(), "Second", "deux");
        } finally {
            clock.reset();
        }
        Document boite = page(get("/messages").with(logins.as(family.login())));
        assertThat(boite.select(".conversation-subject").eachText()).containsExactly("Second", "Premier");
        assertThat(page(get("/").with(logins.as(family.login()))).select(".message-count").text())
                .isEqualTo("Vous avez 2 nouveaux messages");
    }

    // ---- access control

    @Test
    void aFamilyCannotReadAnswerOrDownloadFromAnotherFamilysConversation() throws Exception {
        TestFamily owner = fixtures.family("Proprio");
        TestFamily other = fixtures.family("Curieux");
        perform(multipart("/messages/nouveau")
                .file(new MockMultipartFile("attachment", "papier.png", "image/png", png()))
                .param("subject", "Privé").param("body", "Secret de famille")
                .with(logins.as(owner.login())).with(csrf()));
        long conversationId = jdbc.sql("SELECT id FROM conversation WHERE household_id = :h")
                .param("h", owner.householdId()).query(Long.class).single();
        long attachmentId = jdbc.sql("SELECT id FROM inbox_attachment WHERE conversation_id = :c")
                .param("c", conversationId).query(Long.class).single();

        assertThat(status(get("/messages/" + conversationId).with(logins.as(owner.login())))).isEqualTo(200);
        assertThat(status(get("/messages/" + conversationId + "/pieces-jointes/" + attachmentId)
                .with(logins.as(owner.login())))).isEqualTo(200);

        assertThat(status(get("/messages/" + conversationId).with(logins.as(other.login())))).isEqualTo(404);
        assertThat(status(get("/messages/" + conversationId + "/pieces-jointes/" + attachmentId)
                .with(logins.as(other.login())))).isEqualTo(404);
        assertThat(status(multipart("/messages/" + conversationId).param("body", "intrus")
                .with(logins.as(other.login())).with(csrf()))).isEqualTo(404);
        // an attachment id taken to another (own) conversation is not served either
        perform(multipart("/messages/nouveau").param("subject", "À moi").param("body", "x")
                .with(logins.as(other.login())).with(csrf()));
        long ownConversation = jdbc.sql("SELECT id FROM conversation WHERE household_id = :h")
                .param("h", other.householdId()).query(Long.class).single();
        assertThat(status(get("/messages/" + ownConversation + "/pieces-jointes/" + attachmentId)
                .with(logins.as(other.login())))).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_message WHERE conversation_id = :c")
                .param("c", conversationId).query(Integer.class).single()).isEqualTo(1);

        // families never reach the agents' inbox
        assertThat(status(get("/gestion/messages").with(logins.as(owner.login())))).isEqualTo(403);
        assertThat(status(get("/gestion/messages/" + conversationId).with(logins.as(other.login())))).isEqualTo(403);
    }

    // ---- agents

    @Test
    void agentsWriteToSeveralFamiliesChosenBySearchEachInItsOwnInbox() throws Exception {
        TestFamily first = fixtures.family("Groupe");
        TestFamily second = fixtures.family("Groupe");
        TestFamily outsider = fixtures.family("Horsgroupe");

        Document search = page(post("/gestion/messages/nouveau").param("rechercher", "1").param("q", "Famille Groupe")
                .param("subject", "Sortie").with(logins.as("demo.agent")).with(csrf()));
        assertThat(search.select("input[name=recipients]").eachAttr("value"))
                .contains(String.valueOf(first.householdId()), String.valueOf(second.householdId()))
                .doesNotContain(String.valueOf(outsider.householdId()));
        assertThat(search.select("#subject").val()).isEqualTo("Sortie");

        var sent = perform(multipart("/gestion/messages/nouveau")
                .param("recipients", String.valueOf(first.householdId()), String.valueOf(second.householdId()))
                .param("subject", "Sortie au zoo").param("body", "Prévoir un pique-nique.")
                .with(logins.as("demo.agent")).with(csrf()));
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(inbox.unreadForFamily(first.householdId())).isEqualTo(1);
        assertThat(inbox.unreadForFamily(second.householdId())).isEqualTo(1);
        assertThat(inbox.unreadForFamily(outsider.householdId())).isZero();
        assertThat(page(get("/messages").with(logins.as(first.login()))).select(".conversation-subject").eachText())
                .containsExactly("Sortie au zoo");

        Document prefilled = page(get("/gestion/messages/nouveau").param("famille", String.valueOf(outsider.householdId()))
                .with(logins.as("demo.agent")));
        assertThat(prefilled.select("input[name=recipients][checked]").eachAttr("value"))
                .containsExactly(String.valueOf(outsider.householdId()));
        assertThat(page(get("/gestion/familles/" + outsider.householdId()).with(logins.as("demo.agent")))
                .select("a[href='/gestion/messages/nouveau?famille=" + outsider.householdId() + "']")).hasSize(1);

        Document empty = page(multipart("/gestion/messages/nouveau").param("subject", "Sans destinataire")
                .param("body", "x").with(logins.as("demo.agent")).with(csrf()));
        assertThat(empty.select("#recipients-erreur").text()).isEqualTo("Choisissez au moins une famille.");
    }

    @Test
    void agentsAssignAConversationAndFilterOnWhatIsAssignedToThem() throws Exception {
        TestFamily family = fixtures.family("Assign");
        perform(multipart("/messages/nouveau").param("subject", "Question cantine").param("body", "Menu ?")
                .with(logins.as(family.login())).with(csrf()));
        long conversationId = jdbc.sql("SELECT id FROM conversation WHERE household_id = :h")
                .param("h", family.householdId()).query(Long.class).single();
        long agentId = jdbc.sql("SELECT id FROM account WHERE login = 'demo.agent'").query(Long.class).single();

        assertThat(page(get("/gestion/messages").param("moi", "true").with(logins.as("demo.agent")))
                .select("tbody").text()).doesNotContain("Question cantine");
        perform(post("/gestion/messages/" + conversationId + "/assignation").param("agent", String.valueOf(agentId))
                .with(logins.as("demo.admin")).with(csrf()));
        Document mine = page(get("/gestion/messages").param("moi", "true").with(logins.as("demo.agent")));
        assertThat(mine.select("tbody").text()).contains("Question cantine", "Nadia Leroy");

        perform(post("/gestion/messages/" + conversationId + "/traitement").param("traitee", "true")
                .with(logins.as("demo.agent")).with(csrf()));
        assertThat(page(get("/gestion/messages").param("famille", "Assign").with(logins.as("demo.agent")))
                .select("tbody").text()).doesNotContain("Question cantine");
        assertThat(page(get("/gestion/messages").param("famille", "Assign").param("traitees", "true")
                .with(logins.as("demo.agent"))).select("tbody").text()).contains("Question cantine", "Traitée");
    }

    // ---- system messages

    @Test
    void aRefusedRequestArrivesAsAMessageWithTheReason() {
        TestFamily family = fixtures.family("Decision");
        transactions.executeWithoutResult(tx -> events.publishEvent(new RequestDecided(999_001L,
                family.householdId(), "family.guardian", "Mme Alice Decision", RequestStatus.REFUSED,
                "Justificatif de domicile manquant")));
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unreadForFamily(family.householdId()) == 1);
        var body = jdbc.sql("""
                SELECT m.body FROM inbox_message m JOIN conversation c ON c.id = m.conversation_id
                 WHERE c.household_id = :h""").param("h", family.householdId()).query(String.class).single();
        assertThat(body).contains("a été refusée", "Mme Alice Decision", "Motif du refus : Justificatif de domicile manquant");
        assertThat(jdbc.sql("SELECT origin FROM conversation WHERE household_id = :h").param("h", family.householdId())
                .query(String.class).single()).isEqualTo("SYSTEM");
    }

    @Test
    void familiesTurnEmailNoticesOffInMonCompte() throws Exception {
        TestFamily family = fixtures.family("Reglage");
        Document compte = page(get("/compte").with(logins.as(family.login())));
        assertThat(compte.select("#emailNotifications").hasAttr("checked")).isTrue();

        perform(post("/compte/notifications").with(logins.as(family.login())).with(csrf()));
        assertThat(page(get("/compte").with(logins.as(family.login()))).select("#emailNotifications")
                .hasAttr("checked")).isFalse();
        perform(post("/compte/notifications").param("emailNotifications", "true")
                .with(logins.as(family.login())).with(csrf()));
        assertThat(page(get("/compte").with(logins.as(family.login()))).select("#emailNotifications")
                .hasAttr("checked")).isTrue();
    }

    // ---- helpers

    private MvcResult perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private int status(RequestBuilder request) throws Exception {
        return perform(request).getResponse().getStatus();
    }

    private Document page(RequestBuilder request) throws Exception {
        var result = perform(request);
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private int conversationsOf(long householdId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE household_id = :h").param("h", householdId)
                .query(Integer.class).single();
    }

    static byte[] png() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
