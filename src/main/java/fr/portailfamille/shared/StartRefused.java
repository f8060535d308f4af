package fr.portailfamille.shared;

/**
 * The portal refuses to start as configured (production settings that would be unsafe or half given). Its message
 * says what is wrong and its action what to do; {@link StartRefusedAnalyzer} prints both instead of a stack trace.
 */
public class StartRefused extends IllegalStateException {

    private final String action;

    public StartRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
