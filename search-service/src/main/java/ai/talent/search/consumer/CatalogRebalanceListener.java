package ai.talent.search.consumer;

import ai.talent.domain.event.Topics;
import ai.talent.search.index.CatalogIndex;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * On Elasticsearch, positions the group's freelancers consumer at the offset the shared index was committed with
 * (from the beginning when the index has never seen it), so a restart resumes instead of re-indexing. The embedded
 * index follows its catalog's own checkpoint: the group then resumes from its committed offsets as usual.
 */
@ApplicationScoped
@Identifier(CatalogRebalanceListener.NAME)
public class CatalogRebalanceListener implements KafkaConsumerRebalanceListener {

    public static final String NAME = "catalog-rebalance";
    private static final Logger LOG = Logger.getLogger(CatalogRebalanceListener.class);

    private final CatalogIndex index;

    public CatalogRebalanceListener(CatalogIndex index) {
        this.index = index;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (index.followsCatalog()) {
            return;
        }
        for (TopicPartition p : partitions) {
            if (!p.topic().equals(Topics.FREELANCERS)) {
                continue;
            }
            long next = index.committed().next(p.topic(), p.partition());
            if (next >= 0) {
                consumer.seek(p, next);
            } else {
                consumer.seekToBeginning(List.of(p));
            }
            LOG.debugf("Consuming %s from %s", p, next >= 0 ? "offset " + next : "the beginning");
        }
    }
}
