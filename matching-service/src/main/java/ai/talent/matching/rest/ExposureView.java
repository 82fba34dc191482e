package ai.talent.matching.rest;

/**
 * A freelancer's exposure: in how many of the latest {@code window} recommendation lists they are, how many the
 * cap allows, and whether the next ranking may still recommend them ({@code capOn} false: the cap is off and only
 * counts).
 */
public record ExposureView(String freelancerId, int appearances, int maxAppearances, int window, boolean capOn,
                           boolean mayBeRecommended) {
}
