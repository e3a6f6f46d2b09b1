package no.samanom.samlingsrapport.aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/** Counts of whole-number answers on a scale from 1 to {@code max}, and their statistics. */
final class Distribution {

    private final int[] counts;
    private long sum;
    private int n;

    Distribution(int max) {
        counts = new int[max];
    }

    void add(int value) {
        counts[value - 1]++;
        sum += value;
        n++;
    }

    Distribution copy() {
        Distribution copy = new Distribution(counts.length);
        System.arraycopy(counts, 0, copy.counts, 0, counts.length);
        copy.sum = sum;
        copy.n = n;
        return copy;
    }

    int n() {
        return n;
    }

    /** Two decimals, half up: 48 / 10 is 4.80. */
    BigDecimal mean() {
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    /** The middle answer, or the mean of the two middle ones. */
    BigDecimal median() {
        if (n == 0) {
            return null;
        }
        int low = valueAt((n - 1) / 2);
        int high = valueAt(n / 2);
        int twice = low + high;
        return twice % 2 == 0 ? BigDecimal.valueOf(twice / 2) : BigDecimal.valueOf(twice * 5L, 1);
    }

    private int valueAt(int index) {
        int seen = 0;
        for (int v = 0; v < counts.length; v++) {
            seen += counts[v];
            if (seen > index) {
                return v + 1;
            }
        }
        throw new IllegalStateException("index " + index + " beyond " + n);
    }

    List<Integer> counts() {
        return Arrays.stream(counts).boxed().toList();
    }
}
