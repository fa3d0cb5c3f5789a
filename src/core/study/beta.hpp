#pragma once
// The few pieces of Beta-distribution arithmetic the readiness model needs, written
// out so native and WebAssembly builds give the same figures.
#include <vector>

namespace dealdojo::study {

// ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b).
double log_beta(double a, double b);

// The regularised incomplete beta function I_x(a, b): P(X <= x) for X ~ Beta(a, b).
double beta_cdf(double x, double a, double b);

// The q-quantile of Beta(a, b), by bisection (to ~1e-12).
double beta_quantile(double q, double a, double b);

// P(K = k) for k = 0..n, K ~ Beta-Binomial(n, a, b): the number right out of n when
// the chance of each being right is itself uncertain, distributed Beta(a, b).
std::vector<double> beta_binomial_pmf(int n, double a, double b);

// The distribution of X + Y for independent X, Y on 0..size-1 (exact convolution).
std::vector<double> convolve(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace dealdojo::study
