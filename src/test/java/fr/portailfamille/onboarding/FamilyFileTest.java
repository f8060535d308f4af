package fr.portailfamille.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FamilyFileTest {

    static final String HEADER = String.join(";", FamilyFile.REQUIRED);

    @Test
    void semicolonOrCommaBomAndQuotedLineBreaksAreRead() {
        String text = "\uFEFF" + HEADER + "\r\nA-1;oui;Mme;\"Martin\nDupont\";Claire;1 rue;44100;Val;0600000000;a@b.fr\r\n\r\n"
                + "A-2;non;M.;Roux;Karim;2 rue;44100;Val;0600000001;k@b.fr\r\n";
        var reading = FamilyFile.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.ok()).isTrue();
        assertThat(reading.lines()).hasSize(2);
        assertThat(reading.lines().get(0).cell("resp1_nom")).isEqualTo("Martin\nDupont");
        assertThat(reading.lines().get(1).cell("resp1_prenom")).isEqualTo("Karim");
        assertThat(reading.lines().get(1).number()).isGreaterThan(reading.lines().get(0).number());

        var comma = FamilyFile.read((HEADER.replace(';', ',') + "\nA-3,oui,Mme,Petit,Lou,3 rue,44100,Val,06,l@b.fr\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(comma.lines().get(0).cell("resp1_nom")).isEqualTo("Petit");
        assertThat(comma.lines().get(0).number()).isEqualTo(2);
    }

    @Test
    void headerNamesAreCaseInsensitiveAndExtraCellsAreFlagged() {
        var reading = FamilyFile.read((HEADER.toUpperCase() + "\nA-1;oui;Mme;M;C;1;44100;V;06;a@b.fr;en trop\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(reading.ok()).isTrue();
        assertThat(reading.lines().get(0).cells()).containsKey("");
    }

    @Test
    void tooManyHouseholdsIsAProblemNotAnEndlessPreview() {
        var text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= FamilyFile.MAX_HOUSEHOLDS; i++) {
            text.append("A-").append(i).append(";oui;Mme;M;C;1;44100;V;06;a@b.fr\n");
        }
        assertThat(FamilyFile.read(text.toString().getBytes(StandardCharsets.UTF_8)).problem().key())
                .isEqualTo("import.file.too-many");
    }
}
