package ai.talent.sim;

/**
 * The track records freelancers earn during the simulated history, by freelancer index: the only state the
 * simulator keeps per entity, and only for freelancers who completed a contract in the run. An open-addressing
 * table of primitive longs (about 32 bytes per such freelancer), so a million contracts cost tens of megabytes
 * at most, not objects per entry.
 */
final class TrackRecords {

    private static final long EMPTY = -1;

    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;

    TrackRecords() {
        java.util.Arrays.fill(keys, EMPTY);
    }

    TrackRecord get(long freelancer) {
        int slot = find(freelancer);
        return keys[slot] == EMPTY ? TrackRecord.EMPTY : unpack(values[slot]);
    }

    void add(long freelancer, TrackRecord delta) {
        int slot = find(freelancer);
        if (keys[slot] == EMPTY) {
            keys[slot] = freelancer;
            values[slot] = pack(delta);
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            values[slot] = pack(unpack(values[slot]).plus(delta));
        }
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** count (21 bits) | rating sum (22 bits) | completed (21 bits). */
    private static long pack(TrackRecord r) {
        return ((long) r.ratingCount() << 43) | ((long) r.ratingSum() << 21) | r.completed();
    }

    private static TrackRecord unpack(long v) {
        return new TrackRecord((int) (v >>> 43), (int) ((v >>> 21) & 0x3FFFFF), (int) (v & 0x1FFFFF));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 33);
    }
}
