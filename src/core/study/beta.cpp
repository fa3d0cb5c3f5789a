#include "core/study/beta.hpp"

#include <cmath>
#include <cstddef>

namespace dealdojo::study {
namespace {

// The continued fraction of I_x(a, b) (modified Lentz), good for x < (a+1)/(a+b+2).
double incomplete_beta_fraction(double x, double a, double b) {
  constexpr double kTiny = 1e-300;
  constexpr double kEpsilon = 1e-15;
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1.0 / d;
  double h = d;
  for (int m = 1; m <= 300; ++m) {
    const double dm = static_cast<double>(m);
    const double even = dm * (b - dm) * x / ((a + 2.0 * dm - 1.0) * (a + 2.0 * dm));
    d = 1.0 + even * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + even / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    h *= d * c;
    const double odd = -(a + dm) * (a + b + dm) * x / ((a + 2.0 * dm) * (a + 2.0 * dm + 1.0));
    d = 1.0 + odd * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + odd / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double step = d * c;
    h *= step;
    if (std::fabs(step - 1.0) < kEpsilon) break;
  }
  return h;
}

}  // namespace

double log_beta(double a, double b) { return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b); }

double beta_cdf(double x, double a, double b) {
  if (x <= 0.0) return 0.0;
  if (x >= 1.0) return 1.0;
  const double front = std::exp(a * std::log(x) + b * std::log1p(-x) - log_beta(a, b));
  if (x < (a + 1.0) / (a + b + 2.0)) return front * incomplete_beta_fraction(x, a, b) / a;
  return 1.0 - front * incomplete_beta_fraction(1.0 - x, b, a) / b;
}

double beta_quantile(double q, double a, double b) {
  double lo = 0.0;
  double hi = 1.0;
  for (int i = 0; i < 60; ++i) {
    const double mid = 0.5 * (lo + hi);
    if (beta_cdf(mid, a, b) < q) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return 0.5 * (lo + hi);
}

std::vector<double> beta_binomial_pmf(int n, double a, double b) {
  std::vector<double> pmf(static_cast<std::size_t>(n + 1));
  const double dn = static_cast<double>(n);
  const double base = std::lgamma(dn + 1.0) - log_beta(a, b);
  double sum = 0.0;
  for (int k = 0; k <= n; ++k) {
    const double dk = static_cast<double>(k);
    const double log_p = base - std::lgamma(dk + 1.0) - std::lgamma(dn - dk + 1.0) + log_beta(dk + a, dn - dk + b);
    pmf[static_cast<std::size_t>(k)] = std::exp(log_p);
    sum += pmf[static_cast<std::size_t>(k)];
  }
  for (double& p : pmf) p /= sum;  // removes the rounding of the log-gammas
  return pmf;
}

std::vector<double> convolve(const std::vector<double>& x, const std::vector<double>& y) {
  if (x.empty() || y.empty()) return {};
  std::vector<double> out(x.size() + y.size() - 1, 0.0);
  for (std::size_t i = 0; i < x.size(); ++i) {
    for (std::size_t j = 0; j < y.size(); ++j) out[i + j] += x[i] * y[j];
  }
  return out;
}

}  // namespace dealdojo::study
