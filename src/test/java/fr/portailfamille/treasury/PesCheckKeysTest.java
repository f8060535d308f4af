package fr.portailfamille.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PesCheckKeysTest {

    @Test
    void cle1IsTheModulo11KeyOfTheDebtReference() {
        // code 001, bordereau 1, year 26, month 10, debt 2026000041 on 13 digits; weights 2..7 from the right
        String ref = "001" + "1" + "26" + "10" + "0002026000041";
        int total = 0;
        for (int i = 0; i < ref.length(); i++) {
            total += (ref.charAt(ref.length() - 1 - i) - '0') * (2 + i % 6);
        }
        assertThat(total).isEqualTo(97);
        // 97 mod 11 = 9 → key 11 − 9 = 2
        assertThat(PesCheckKeys.cle1("001", 1, 2026, 10, "2026-000041")).isEqualTo(2);
    }

    @Test
    void cle1GivesOneForTenAndEleven() {
        // a weighted sum of 0 gives 11 − 0 = 11, written 1
        assertThat(PesCheckKeys.cle1("000", 0, 2000, 0, "0")).isEqualTo(1);
    }

    @Test
    void cle2IsTheModulo23Letter() {
        // 26 10 00 0002026000041 = 2610000002026000041; mod 23 computed by hand (long arithmetic)
        long n = 2610000002026000041L;
        assertThat(n % 23).isEqualTo(16L);
        assertThat(PesCheckKeys.cle2(2026, 10, "2026-000041")).isEqualTo("ABCDEFGHJKLMNPQRSTUVWXY".charAt(16));
        assertThat(PesCheckKeys.cle2(2026, 10, "2026-000041")).isEqualTo('S');
    }

    @Test
    void textIsCleanedForHelios() {
        assertThat(PesText.of("  Zoé & Noël\u0007 Œuvre ", 38)).isEqualTo("ZOE NOEL OEUVRE");
        assertThat(PesText.of("", 10)).isEqualTo("-");
        assertThat(PesText.of("abcdefghijkl", 5)).isEqualTo("ABCDE");
    }
}
