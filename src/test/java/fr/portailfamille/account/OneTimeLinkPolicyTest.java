package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

class OneTimeLinkPolicyTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T08:00:00Z");

    private static OneTimeLink link(LinkPurpose purpose, Instant used, Instant revoked) {
        return new OneTimeLink(1, 2, purpose, ISSUED, OneTimeLink.expiryOf(purpose, ISSUED), used, revoked);
    }

    @Test
    void invitationsAndActivationsLastSevenDaysAResetOneHour() {
        assertThat(OneTimeLink.expiryOf(LinkPurpose.INVITATION, ISSUED)).isEqualTo(ISSUED.plus(Duration.ofDays(7)));
        assertThat(OneTimeLink.expiryOf(LinkPurpose.ACTIVATION, ISSUED)).isEqualTo(ISSUED.plus(Duration.ofDays(7)));
        assertThat(OneTimeLink.expiryOf(LinkPurpose.RESET, ISSUED)).isEqualTo(ISSUED.plus(Duration.ofHours(1)));
    }

    @Test
    void aLinkIsValidUntilItsExpiryExcluded() {
        var reset = link(LinkPurpose.RESET, null, null);
        assertThat(reset.state(ISSUED)).isEqualTo(OneTimeLink.State.VALID);
        assertThat(reset.state(ISSUED.plus(Duration.ofMinutes(59)))).isEqualTo(OneTimeLink.State.VALID);
        assertThat(reset.state(ISSUED.plus(Duration.ofHours(1)))).isEqualTo(OneTimeLink.State.EXPIRED);
        var invitation = link(LinkPurpose.INVITATION, null, null);
        assertThat(invitation.state(ISSUED.plus(Duration.ofDays(6)))).isEqualTo(OneTimeLink.State.VALID);
        assertThat(invitation.state(ISSUED.plus(Duration.ofDays(7)).plusSeconds(1)))
                .isEqualTo(OneTimeLink.State.EXPIRED);
    }

    @Test
    void usedOrRevokedLinksAreNotValidEvenBeforeTheirExpiry() {
        Instant soon = ISSUED.plusSeconds(60);
        assertThat(link(LinkPurpose.RESET, soon, null).state(soon)).isEqualTo(OneTimeLink.State.USED);
        assertThat(link(LinkPurpose.RESET, null, soon).state(soon)).isEqualTo(OneTimeLink.State.REVOKED);
        // used says more than expired to the person who clicks again the next day
        assertThat(link(LinkPurpose.RESET, soon, null).state(ISSUED.plus(Duration.ofDays(1))))
                .isEqualTo(OneTimeLink.State.USED);
    }

    @Test
    void tokensAre256RandomBitsInUrlSafeTextAndOnlyTheirHashIsKept() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkTokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(LinkTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = LinkTokens.newToken();
        assertThat(LinkTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").doesNotContain(token)
                .isEqualTo(LinkTokens.hash(token));
        assertThat(LinkTokens.hash(token)).isNotEqualTo(LinkTokens.hash(LinkTokens.newToken()));
    }

    @Test
    void anythingThatIsNotShapedLikeATokenIsRefusedBeforeTheDatabase() {
        assertThat(LinkTokens.wellFormed(null)).isFalse();
        assertThat(LinkTokens.wellFormed("")).isFalse();
        assertThat(LinkTokens.wellFormed("a".repeat(42))).isFalse();
        assertThat(LinkTokens.wellFormed("a".repeat(44))).isFalse();
        assertThat(LinkTokens.wellFormed("a".repeat(42) + "%")).isFalse();
        assertThat(LinkTokens.wellFormed("a".repeat(42) + "\n")).isFalse();
    }
}
