package fr.portailfamille.family;

/**
 * A mandatory section still missing from the validated record: the page's link, the section's title key,
 * the child it concerns (or null), and whether a request for it already waits for validation.
 */
public record MissingSection(String link, String titleKey, Long childId, String childName, boolean pending) {
}
