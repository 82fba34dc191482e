package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.PortfolioGenerated;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.Freelancer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What tutoring knows of freelancers' work, the material of their portfolios: profiles, awarded contracts,
 * completed contracts, and the latest portfolio generated for each freelancer.
 */
@ApplicationScoped
public class WorkHistory {

    private final Map<String, Freelancer> freelancers = new ConcurrentHashMap<>();
    private final Map<String, Contract> awarded = new ConcurrentHashMap<>();
    private final Map<String, List<ContractCompleted>> completedByFreelancer = new ConcurrentHashMap<>();
    private final Map<String, PortfolioGenerated> portfolios = new ConcurrentHashMap<>();

    public void putFreelancer(Freelancer freelancer) {
        freelancers.put(freelancer.id(), freelancer);
    }

    /** Forgets a freelancer who left, with their work and portfolio. */
    public void removeFreelancer(String freelancerId) {
        freelancers.remove(freelancerId);
        completedByFreelancer.remove(freelancerId);
        portfolios.remove(freelancerId);
        awarded.values().removeIf(c -> c.freelancerId().equals(freelancerId));
    }

    public Optional<Freelancer> freelancer(String id) {
        return Optional.ofNullable(freelancers.get(id));
    }

    public void addAwarded(Contract contract) {
        awarded.put(contract.id(), contract);
    }

    public Optional<Contract> awarded(String contractId) {
        return Optional.ofNullable(awarded.get(contractId));
    }

    public void addCompleted(ContractCompleted completed) {
        completedByFreelancer.compute(completed.freelancerId(), (id, list) -> {
            List<ContractCompleted> updated = list == null ? new ArrayList<>() : new ArrayList<>(list);
            updated.removeIf(c -> c.contractId().equals(completed.contractId()));
            updated.add(completed);
            return List.copyOf(updated);
        });
    }

    public List<ContractCompleted> completed(String freelancerId) {
        return completedByFreelancer.getOrDefault(freelancerId, List.of());
    }

    public void putPortfolio(PortfolioGenerated portfolio) {
        portfolios.put(portfolio.freelancerId(), portfolio);
    }

    public Optional<PortfolioGenerated> portfolio(String freelancerId) {
        return Optional.ofNullable(portfolios.get(freelancerId));
    }
}
