#pragma once

#include <functional>
#include <limits>
#include <vector>

namespace curvelab {

// Sums and integrals of quantities known by their logarithms, for the Bayes references: evidence
// spans hundreds of orders of magnitude, so it is only ever handled as a logarithm.

constexpr double kLogZero = -std::numeric_limits<double>::infinity();
// A normal's mass beyond this many standard deviations (about 2e-19) is below double precision.
constexpr double kWindowSds = 9.0;

// Sums terms given by their logarithms without overflow or underflow.
class LogSum
{
public:
    void add(double logTerm);
    // log of the sum; kLogZero while nothing was added.
    double value() const;

private:
    double m_max = kLogZero;
    double m_sum = 0.0;
};

// log of the integral of exp(logF) over [lo, hi], in 16-node Gauss-Legendre panels cut at `cuts`
// (clamped to the interval): cut where the integrand turns, so that each panel sees a smooth,
// simple piece.
double logIntegral(double lo, double hi, std::vector<double> cuts,
                   const std::function<double(double)> &logF);

// Cuts around a normal-like peak: its centre and -9, -3, -1, 1, 3, 9 widths either side.
void appendCuts(std::vector<double> &cuts, double centre, double sd);

// exp of `logs`, scaled to sum to 1; uniform where every term is kLogZero (or NaN).
std::vector<double> normalisedExp(const std::vector<double> &logs);

} // namespace curvelab
