#pragma once

namespace disteval {

// Standard normal cumulative distribution function.
double normalCdf(double x);
// Inverse of normalCdf for p in (0, 1), accurate to a few ulp; NaN outside (0, 1).
double normalQuantile(double p);
// Two-sided critical value z with P(|Z| <= z) = confidence; NaN unless 0 < confidence < 1.
double twoSidedZ(double confidence);

} // namespace disteval
