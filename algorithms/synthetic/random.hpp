// SPDX-License-Identifier: MIT
#pragma once
// A seeded random source whose every draw is defined here, not by the standard library's
// distributions (whose algorithms differ between implementations): the same seed gives the same
// numbers wherever std::mt19937_64 and IEEE arithmetic are the same.
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

namespace ricochet::algorithms {

class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n), without modulo bias; n > 0.
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                    std::numeric_limits<std::uint64_t>::max() % n;
        std::uint64_t x = m_engine();
        while (x >= limit) x = m_engine();
        return x % n;
    }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Marsaglia's polar method, one value per call).
    double normal() {
        double u = 0, v = 0, s = 0;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * std::sqrt(-2 * std::log(s) / s);
    }
    /// exp(N(mu, sigma^2)): heavy right tail, median exp(mu).
    double lognormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    /// Pareto with minimum `minimum` and tail index `alpha` (P(X > x) = (minimum / x)^alpha).
    double pareto(double alpha, double minimum) { return minimum / std::pow(1 - uniform(), 1 / alpha); }

    template <class T>
    const T& pick(const std::vector<T>& values) {
        return values[below(values.size())];
    }
    /// Fisher-Yates.
    template <class T>
    void shuffle(std::vector<T>& values) {
        for (std::size_t i = values.size(); i > 1; --i) std::swap(values[i - 1], values[below(i)]);
    }
    /// An index drawn with probability proportional to weights[i] (not all zero).
    std::size_t weighted(const std::vector<double>& weights) {
        double total = 0;
        for (const double w : weights) total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    std::mt19937_64 m_engine;  // its output sequence is fixed by the C++ standard
};

}  // namespace ricochet::algorithms
