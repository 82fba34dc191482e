package ai.talent.sim;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * The project side of the market in event time: each project is posted, awarded (or closed at its deadline
 * unawarded), and its contract completes after the contract's duration — after the projects posted in between.
 * Each completion updates the freelancer's track record, and an updated {@code freelancer.upserted} follows it.
 *
 * <p>Projects are generated one at a time in posting order; what lies ahead of the current time (awards,
 * completions) waits in a queue. Memory is therefore the contracts in flight (the market's rate times a
 * contract's length), plus {@link TrackRecords}, not the number of projects.
 */
final class MarketTimeline implements Iterator<Emitted> {

    private record Pending(Instant time, long sequence, DomainEvent event, ContractTruth truth, long freelancer,
                           long project) {
    }

    private final Marketplace market;
    private final BiConsumer<SimProject, HiringResult> onProject;
    private final TrackRecords records = new TrackRecords();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing(Pending::time).thenComparingLong(Pending::sequence));
    private final ArrayDeque<Emitted> ready = new ArrayDeque<>();
    private final long projects;
    private long nextProject;
    private long sequence;

    /** @param onProject told about each project and its hiring as it is generated (statistics, progress) */
    MarketTimeline(Marketplace market, BiConsumer<SimProject, HiringResult> onProject) {
        this.market = market;
        this.onProject = onProject;
        this.projects = market.config().projects();
    }

    @Override
    public boolean hasNext() {
        return !ready.isEmpty() || nextProject < projects || !pending.isEmpty();
    }

    @Override
    public Emitted next() {
        while (ready.isEmpty()) {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            advance();
        }
        return ready.poll();
    }

    /** Freelancers with a record earned in the run so far (the timeline's only per-entity state). */
    int freelancersWithRecords() {
        return records.size();
    }

    int inFlight() {
        return pending.size();
    }

    private void advance() {
        Instant nextPost = nextProject < projects ? market.postedAt(nextProject) : null;
        Pending head = pending.peek();
        if (head != null && (nextPost == null || !head.time().isAfter(nextPost))) {
            pending.poll();
            emit(head);
        } else {
            post(nextProject++);
        }
    }

    private void post(long index) {
        SimProject p = market.project(index);
        HiringResult result = market.hiring(p);
        onProject.accept(p, result);
        long seed = market.config().seed();
        ready.add(Emitted.event(SimFiles.PROJECTS,
                new ProjectPosted(Seeds.eventId(seed, "project-posted", index), p.postedAt(), p.project()),
                new ProjectRecordTruth(p.truth(), result.applicants())));
        if (result.hired()) {
            schedule(result.awarded(), result.truth(), -1, index);
            schedule(result.closed(), null, -1, index);
            schedule(result.completed(), result.truth(), result.hiredIndex(), index);
        } else {
            schedule(result.closed(), null, -1, index);
        }
    }

    private void schedule(DomainEvent event, ContractTruth truth, long freelancer, long project) {
        pending.add(new Pending(event.occurredAt(), sequence++, event, truth, freelancer, project));
    }

    private void emit(Pending p) {
        String file = p.event() instanceof ProjectClosed ? SimFiles.PROJECTS : SimFiles.CONTRACTS;
        ready.add(Emitted.event(file, p.event(), p.truth()));
        if (p.event() instanceof ContractCompleted done) {
            boolean completed = new Outcomes.Ending(done.outcome(), done.clientRating(), 1).completed();
            records.add(p.freelancer(), new TrackRecord(1, done.clientRating(), completed ? 1 : 0));
            SimFreelancer updated = market.freelancer(p.freelancer(), records.get(p.freelancer()));
            String eventId = Seeds.eventId(market.config().seed(), "freelancer-updated", p.project());
            ready.add(Emitted.event(SimFiles.FREELANCERS,
                    new FreelancerUpserted(eventId, done.occurredAt(), updated.freelancer()), updated.truth()));
        }
    }
}
