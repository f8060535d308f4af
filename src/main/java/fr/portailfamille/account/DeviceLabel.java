package fr.portailfamille.account;

/**
 * A short French name for a device, from its browser's User-Agent, shown on the « Appareils connectés » list
 * (« Firefox sur Android »). Only the browser and the system are kept; never more than 120 characters.
 */
final class DeviceLabel {

    private DeviceLabel() {
    }

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Navigateur inconnu";
        }
        String ua = userAgent.replaceAll("\\p{Cntrl}", " ");
        String browser = ua.contains("Edg/") ? "Edge" : ua.contains("OPR/") ? "Opera"
                : ua.contains("Firefox/") ? "Firefox" : ua.contains("Chrome/") || ua.contains("Chromium/") ? "Chrome"
                : ua.contains("Safari/") ? "Safari" : null;
        String system = ua.contains("Android") ? "Android" : ua.contains("iPhone") ? "iPhone"
                : ua.contains("iPad") ? "iPad" : ua.contains("Windows") ? "Windows"
                : ua.contains("Mac OS X") || ua.contains("Macintosh") ? "Mac" : ua.contains("Linux") ? "Linux" : null;
        String label = browser == null && system == null ? "Navigateur inconnu"
                : browser == null ? "Navigateur sur " + system
                : system == null ? browser : browser + " sur " + system;
        return label.length() > 120 ? label.substring(0, 120) : label;
    }
}
