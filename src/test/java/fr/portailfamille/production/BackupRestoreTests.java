package fr.portailfamille.production;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import fr.portailfamille.billing.Statements;
import fr.portailfamille.support.Portals;
import fr.portailfamille.support.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * {@code ops/backup.sh} then {@code ops/restore.sh} into a fresh database, with the scripts a town runs: the portal
 * started on the restored database finds the same families, balances and files (uploaded files live in the database).
 */
class BackupRestoreTests {

    /** Tables that hold uploaded files: child photos, proofs, request attachments, certificates, inbox attachments. */
    private static final Map<String, String> FILES = Map.of("child_photo", "content", "household_document", "content",
            "request_attachment", "content", "absence", "certificate", "inbox_attachment", "content");

    @Test
    void aBackupRestoredIntoAFreshDatabaseHasTheSameFamiliesBalancesAndFiles(@TempDir Path backups) throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "backups are PostgreSQL dumps");
        var server = TestDatabase.server();
        String original = TestDatabase.createDatabase(server);
        String restored = TestDatabase.reserveName(server);
        try {
            Snapshot before;
            byte[] attachment;
            String attachmentUrl;
            try (var portal = Portals.start(Portals.database(server, original))) { // the demo town and its families
                var mvc = mvc(portal);
                var parent = as(portal, "demo.famille");
                mvc.perform(multipart("/messages/nouveau").file(new MockMultipartFile("attachment", "justificatif.png",
                                "image/png", png())).param("subject", "Sauvegarde").param("body", "Bonjour")
                        .with(parent).with(csrf()));
                var jdbc = portal.getBean(JdbcClient.class);
                long conversation = jdbc.sql("SELECT id FROM conversation WHERE subject = 'Sauvegarde'")
                        .query(Long.class).single();
                long attachmentId = jdbc.sql("SELECT id FROM inbox_attachment WHERE conversation_id = :c")
                        .param("c", conversation).query(Long.class).single();
                attachmentUrl = "/messages/" + conversation + "/pieces-jointes/" + attachmentId;
                attachment = mvc.perform(get(attachmentUrl).with(parent)).andReturn().getResponse().getContentAsByteArray();
                before = snapshot(portal);
            }
            assertThat(before.balances()).hasSizeGreaterThanOrEqualTo(3);
            // the demo town has a family that owes something (its amount follows the demo invoicing of main)
            assertThat(before.balances().values()).anyMatch(owed -> !owed.startsWith("0,00"));
            assertThat(attachment).hasSizeGreaterThan(50);

            var variables = Portals.database(server, original);
            long backupStart = System.nanoTime();
            String backupOutput = run(variables, "ops/backup.sh", backups.toString());
            long backupMillis = (System.nanoTime() - backupStart) / 1_000_000;
            Path folder;
            try (var listing = Files.list(backups)) {
                folder = listing.filter(p -> p.getFileName().toString().startsWith("portail-")).findFirst().orElseThrow();
            }
            assertThat(Files.readString(folder.resolve("manifest.txt"))).contains("database=" + original)
                    .containsPattern("dump_sha256=[0-9a-f]{64}");

            long restoreStart = System.nanoTime();
            String restoreOutput = run(variables, "ops/restore.sh", folder.toString(), restored);
            long restoreMillis = (System.nanoTime() - restoreStart) / 1_000_000;
            System.out.printf("[backup] %s%n[restore] %s%n[backup-restore] backup %d ms, restore %d ms, dump %d bytes%n",
                    backupOutput.strip(), restoreOutput.strip(), backupMillis, restoreMillis,
                    Files.size(folder.resolve("portail.dump")));

            try (var portal = Portals.start(Portals.database(server, restored))) {
                assertThat(snapshot(portal)).isEqualTo(before);
                var download = mvc(portal).perform(get(attachmentUrl).with(as(portal, "demo.famille")))
                        .andReturn().getResponse();
                assertThat(download.getStatus()).isEqualTo(200);
                assertThat(download.getContentAsByteArray()).isEqualTo(attachment);
            }
        } finally {
            TestDatabase.drop(server, original);
            TestDatabase.drop(server, restored);
        }
    }

    /** Families (name → balance as a parent reads it) and a digest of every stored file, read by the portal. */
    record Snapshot(Map<String, String> balances, List<String> files) {
    }

    private static Snapshot snapshot(ConfigurableApplicationContext portal) {
        var jdbc = portal.getBean(JdbcClient.class);
        var statements = portal.getBean(Statements.class);
        Map<String, String> balances = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM household ORDER BY id").query((rs, n) -> {
            balances.put(rs.getLong("id") + " " + rs.getString("name"),
                    statements.statement(rs.getLong("id")).owed().format());
            return null;
        }).list();
        List<String> files = new ArrayList<>();
        FILES.forEach((table, column) -> files.add(table + ": " + jdbc.sql("SELECT count(" + column + ") || ' '"
                + " || coalesce(md5(string_agg(md5(" + column + "), ',' ORDER BY md5(" + column + "))), '-') FROM " + table)
                .query(String.class).single()));
        files.sort(null);
        return new Snapshot(balances, files);
    }

    private static MockMvc mvc(ConfigurableApplicationContext portal) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal).apply(springSecurity()).build();
    }

    private static RequestPostProcessor as(ConfigurableApplicationContext portal, String login) {
        return user(portal.getBean(UserDetailsService.class).loadUserByUsername(login));
    }

    private static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF8800);
        var out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String run(Map<String, String> variables, String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().putAll(variables);
        var started = process.start();
        String output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(started.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }
}
