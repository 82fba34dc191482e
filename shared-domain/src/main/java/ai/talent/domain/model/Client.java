package ai.talent.domain.model;

/** A client (company or person posting projects) with its history on the platform. */
public record Client(
        String id,
        String name,
        Region region,
        String industry,
        int projectsPosted,
        double averageRatingGiven,
        boolean paymentVerified) {

    public Client {
        Checks.id(id, "id");
        Checks.id(name, "name");
        Checks.present(region, "region");
        Checks.id(industry, "industry");
        Checks.atLeast(projectsPosted, 0, "projectsPosted");
        Checks.ratingAverage(averageRatingGiven, "averageRatingGiven");
    }
}
