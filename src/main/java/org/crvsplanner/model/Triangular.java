package org.crvsplanner.model;

/**
 * The triangular distribution over low, likely and high: zero at low and high, highest at
 * likely. It is what a three-point estimate says and no more; unlike PERT it needs no shape
 * parameter, it keeps more weight towards low and high (so its bands are the more cautious of
 * the two for procurement), and it is drawn with one uniform number and one square root.
 */
final class Triangular {
    private Triangular() {
    }

    /**
     * The value below which a share {@code u} of the distribution lies (the inverse of its
     * distribution function), so a uniform {@code u} in [0, 1) gives a triangular draw.
     * When low equals high the value is likely, whatever {@code u}.
     */
    static double quantile(double low, double likely, double high, double u) {
        double width = high - low;
        if (!(width > 0)) {
            return likely;
        }
        double below = likely - low;
        if (u * width < below) {
            return low + Math.sqrt(u * width * below);
        }
        return high - Math.sqrt((1 - u) * width * (high - likely));
    }
}
