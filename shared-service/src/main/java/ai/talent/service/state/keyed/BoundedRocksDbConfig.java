package ai.talent.service.state.keyed;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the native memory of every Kafka Streams store of the process: one block cache and one write-buffer
 * budget shared by all stores (RocksDB's defaults give each store its own ~50 MB cache and 3 × 16 MB memtables,
 * which on a small instance would dwarf the heap). Set as {@code kafka-streams.rocksdb.config.setter}.
 */
public class BoundedRocksDbConfig implements RocksDBConfigSetter {

    /** Block cache and index/filter blocks of all stores together. */
    static final long CACHE_BYTES = 16L * 1024 * 1024;
    /** Memtables of all stores together, counted against the cache. */
    static final long WRITE_BUFFER_BYTES = 8L * 1024 * 1024;
    static final long MEMTABLE_BYTES = 2L * 1024 * 1024;

    private static final Cache CACHE = new LRUCache(CACHE_BYTES, -1, false, 0.1);
    private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(WRITE_BUFFER_BYTES, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(2);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer budget are shared by every store of the process; they live as long as it.
    }
}
