package ai.talent.success.learning;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.SampleEvents;
import java.util.ArrayList;
import java.util.List;

/**
 * A small market whose contract outcomes a model can learn: on the same Java projects, senior Java developers
 * complete their contracts on time and wedding photographers' contracts are cancelled. Ids are new for every market,
 * so the markets of several tests on one broker do not mix.
 *
 * @param strong    the Java developers' ids
 * @param weak      the photographers' ids
 * @param projects  the projects' ids
 * @param catalog   the freelancers and projects to send first
 * @param contracts each contract awarded then completed, a Java developer's and a photographer's in turn
 */
record LabelledMarket(List<String> strong, List<String> weak, List<String> projects, List<DomainEvent> catalog,
                      List<DomainEvent> contracts) {

    /** {@code perSide} freelancers of each kind, {@code projectCount} projects and {@code contractCount} contracts. */
    static LabelledMarket of(int perSide, int projectCount, int contractCount) {
        List<DomainEvent> catalog = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (int i = 0; i < perSide; i++) {
            String s = SampleEvents.newId("fs");
            catalog.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(s, "Senior Java backend developer",
                    45_000, List.of(new SkillLevel("java", 5, 8), new SkillLevel("spring-boot", 5, 6)))));
            strong.add(s);
            String w = SampleEvents.newId("fw");
            catalog.add(SampleEvents.freelancerUpserted(SampleEvents.freelancer(w, "Wedding photographer", 45_000,
                    List.of(new SkillLevel("photography", 2, 1)))));
            weak.add(w);
        }
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            String p = SampleEvents.newId("p");
            catalog.add(SampleEvents.projectPosted(SampleEvents.project(p, 50_000,
                    List.of(new SkillRequirement("java", 3), new SkillRequirement("spring-boot", 3)))));
            projects.add(p);
        }
        List<DomainEvent> contracts = new ArrayList<>();
        for (int i = 0; i < contractCount; i++) {
            boolean good = i % 2 == 0;
            String f = (good ? strong : weak).get((i / 2) % perSide);
            String p = projects.get(i % projectCount);
            ContractAwarded awarded = SampleEvents.contractAwarded(p, f, 45_000);
            contracts.add(awarded);
            contracts.add(SampleEvents.contractCompleted(awarded.contract().id(), p, f,
                    good ? ContractOutcome.COMPLETED_ON_TIME : ContractOutcome.CANCELLED, good ? 5 : 1));
        }
        return new LabelledMarket(List.copyOf(strong), List.copyOf(weak), List.copyOf(projects), List.copyOf(catalog),
                List.copyOf(contracts));
    }
}
