package org.sepakat.measurement.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sets of half-open intervals [from, to) of epoch seconds. */
final class Intervals {

    private Intervals() {}

    static void addClipped(List<long[]> into, long from, long to, long min, long max) {
        long start = Math.max(from, min);
        long end = Math.min(to, max);
        if (end > start) {
            into.add(new long[] {start, end});
        }
    }

    /** Sorted, with overlapping or touching intervals merged. */
    static List<long[]> union(List<long[]> intervals) {
        List<long[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingLong(i -> i[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(new long[] {interval[0], interval[1]});
            }
        }
        return merged;
    }

    /** {@code base} without {@code removed}; both sorted and disjoint. */
    static List<long[]> minus(List<long[]> base, List<long[]> removed) {
        List<long[]> result = new ArrayList<>();
        for (long[] interval : base) {
            long start = interval[0];
            for (long[] cut : removed) {
                if (cut[1] <= start || cut[0] >= interval[1]) {
                    continue;
                }
                if (cut[0] > start) {
                    result.add(new long[] {start, cut[0]});
                }
                start = Math.max(start, cut[1]);
            }
            if (start < interval[1]) {
                result.add(new long[] {start, interval[1]});
            }
        }
        return result;
    }
}
