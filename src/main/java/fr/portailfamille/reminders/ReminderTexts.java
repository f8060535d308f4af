package fr.portailfamille.reminders;

import java.util.Locale;

import fr.portailfamille.shared.PublicAddress;
import fr.portailfamille.shared.Town;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every {@link ReminderSource} needs to write its e-mail: the town's language, absolute links to the portal and
 * the town's signature. One place, so that the sources only say what is due.
 */
@Component
public class ReminderTexts {

    private static final Locale TOWN_LOCALE = Locale.FRENCH;

    private final MessageSource messages;
    private final Town town;
    private final PublicAddress address;

    ReminderTexts(MessageSource messages, Town town, PublicAddress address) {
        this.messages = messages;
        this.town = town;
        this.address = address;
    }

    /** A message of the owning module's bundle, in the town's language. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, TOWN_LOCALE);
    }

    /** An absolute link to a page of the portal ({@code /enfants}). */
    public String link(String path) {
        return address.link(path);
    }

    /** The link to switch reminders off (Mon compte → Rappels). */
    public String optOutLink() {
        return address.link("/compte#rappels");
    }

    /** « Service Jeunesse — Ville de … », the signature of every reminder. */
    public String signature() {
        var settings = town.settings();
        return settings.serviceName() + " — " + settings.name();
    }
}
