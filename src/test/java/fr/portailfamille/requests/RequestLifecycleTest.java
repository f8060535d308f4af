package fr.portailfamille.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    static Request pending() {
        return new Request(new RequestView(1, 7L, "family.fiscal", null, "Famille", new LinkedHashMap<>(Map.of("a", "1")),
                new LinkedHashMap<>(Map.of("a", "0")), RequestStatus.PENDING, T0, null, null, null));
    }

    @Test
    void pendingCanBeAcceptedRefusedOrWithdrawn() {
        var accepted = pending();
        accepted.accept("Nadia", T0.plusSeconds(60), null);
        assertThat(accepted.view().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(accepted.view().decidedBy()).isEqualTo("Nadia");
        assertThat(accepted.view().decidedAt()).isEqualTo(T0.plusSeconds(60));

        var refused = pending();
        refused.refuse("Nadia", T0, "  Pièce manquante ");
        assertThat(refused.view().status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.view().comment()).isEqualTo("Pièce manquante");

        var withdrawn = pending();
        withdrawn.withdraw(T0);
        assertThat(withdrawn.view().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.view().decidedBy()).isNull();
    }

    @Test
    void refusedCannotBeAcceptedNorAcceptedRefused() {
        var refused = pending();
        refused.refuse("Nadia", T0, "Motif");
        assertThatThrownBy(() -> refused.accept("Paul", T0, null)).isInstanceOf(RequestTransitionException.class)
                .extracting(e -> ((RequestTransitionException) e).messageKey()).isEqualTo("request.already-decided");
        assertThat(refused.view().status()).isEqualTo(RequestStatus.REFUSED);

        var accepted = pending();
        accepted.accept("Nadia", T0, null);
        assertThatThrownBy(() -> accepted.refuse("Paul", T0, "Non")).isInstanceOf(RequestTransitionException.class);
        assertThatThrownBy(() -> accepted.withdraw(T0)).isInstanceOf(RequestTransitionException.class);
    }

    @Test
    void noDecisionOnAWithdrawnRequest() {
        var withdrawn = pending();
        withdrawn.withdraw(T0);
        assertThatThrownBy(() -> withdrawn.accept("Nadia", T0, null)).isInstanceOf(RequestTransitionException.class);
        assertThatThrownBy(() -> withdrawn.refuse("Nadia", T0, "x")).isInstanceOf(RequestTransitionException.class);
        assertThatThrownBy(() -> withdrawn.withdraw(T0)).isInstanceOf(RequestTransitionException.class);
    }

    @Test
    void refusalNeedsAReason() {
        var request = pending();
        assertThatThrownBy(() -> request.refuse("Nadia", T0, "   ")).isInstanceOf(RequestTransitionException.class)
                .extracting(e -> ((RequestTransitionException) e).messageKey()).isEqualTo("request.refuse.reason-required");
        assertThatThrownBy(() -> request.refuse("Nadia", T0, null)).isInstanceOf(RequestTransitionException.class);
        assertThat(request.view().status()).isEqualTo(RequestStatus.PENDING);
    }

    @Test
    void backLinksOnlyLeadToFamilyPages() {
        assertThat(RequestListController.safeBack("/enfants/12/donnees-sanitaires")).isEqualTo("/enfants/12/donnees-sanitaires");
        assertThat(RequestListController.safeBack("//evil.example/")).isEqualTo("/demandes");
        assertThat(RequestListController.safeBack("https://evil.example/")).isEqualTo("/demandes");
        assertThat(RequestListController.safeBack("/gestion/demandes")).isEqualTo("/demandes");
        assertThat(RequestListController.safeBack(null)).isEqualTo("/demandes");
    }
}
