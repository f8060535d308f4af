package fr.portailfamille.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CertificationFilterTest {

    static final List<CertificationView> ROWS = List.of(
            new CertificationView(1, "Famille Martin", "Val-Fleuri", "Claire Martin", null, null),
            new CertificationView(2, "Famille Bernard", "Val-Fleuri", "Paul Bernard", Instant.EPOCH, "Paul"));

    @Test
    void theListShowsTheFamiliesStillToConfirmByDefault() {
        assertThat(CertificationFilter.parse(null).apply(ROWS, null)).extracting(CertificationView::householdId)
                .containsExactly(1L);
        assertThat(CertificationFilter.parse("n'importe quoi")).isEqualTo(CertificationFilter.PENDING);
    }

    @Test
    void filtersByStateAndByTheFamilyOrGuardianName() {
        assertThat(CertificationFilter.parse("confirmees").apply(ROWS, "")).extracting(CertificationView::name)
                .containsExactly("Famille Bernard");
        assertThat(CertificationFilter.parse("toutes").apply(ROWS, " claire ")).extracting(CertificationView::name)
                .containsExactly("Famille Martin");
        assertThat(CertificationFilter.ALL.param()).isEqualTo("toutes");
    }
}
