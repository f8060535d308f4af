package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MandatePoliciesTest {

    @Test
    void aMandateLapsesAfter36MonthsWithoutCollection() {
        var signed = LocalDate.of(2026, 1, 15);
        assertThat(MandateLapse.lapsed(signed, null, LocalDate.of(2029, 1, 14))).isFalse();
        assertThat(MandateLapse.lapsed(signed, null, LocalDate.of(2029, 1, 15))).isTrue();
        // counted from the last collection
        assertThat(MandateLapse.lapsed(signed, LocalDate.of(2027, 6, 5), LocalDate.of(2029, 1, 15))).isFalse();
        assertThat(MandateLapse.lapsed(signed, LocalDate.of(2027, 6, 5), LocalDate.of(2030, 6, 5))).isTrue();
    }

    @Test
    void theBankIsTheCountryAndTheNationalBankCode() {
        // same French bank code 30001, another account
        assertThat(BankChange.sameBank("FR7630001007941234567890185", "FR76 3000 1007 9499 9999 9999 947")).isTrue();
        // another French bank (20041: La Banque Postale)
        assertThat(BankChange.sameBank("FR7630001007941234567890185", "FR7620041010050500013M02606")).isFalse();
        // German BLZ is 8 digits
        assertThat(BankChange.sameBank("DE89370400440532013000", "DE02370400440532013001")).isTrue();
        assertThat(BankChange.sameBank("DE89370400440532013000", "DE02370400450532013000")).isFalse();
        assertThat(BankChange.sameBank("FR7630001007941234567890185", "BE68539007547034")).isFalse();
        assertThat(BankChange.sameBank(null, "BE68539007547034")).isFalse();
    }
}
