#pragma once

#include "message.h"

#include <optional>
#include <string>

namespace curvelab {

// What a family formula is in its parameters k and b. Least squares, the features and the Bayes
// reference all fit k and b as a line through (g(x), y), so a formula must be exactly
// k*g(x) + b. Sampling a few (k, b) cannot prove that ("k*x + b + (k>3)*x^2" passes every sample
// with k <= 3); reading the formula can.
struct AffineForm
{
    enum class Verdict
    {
        Shape,         // names neither k nor b: the formula is g(x) itself, e.g. "x^2"
        Affine,        // exactly k*g(x) + b, e.g. "k*sin(x)+b", "b - k*x" or "k/(x-5)+b"
        NotAffine,     // names k or b some other way; `reason` says how
        CannotConfirm, // holds something this reader does not follow; `reason` says what
    };
    Verdict verdict = Verdict::CannotConfirm;
    // For people, e.g. "k appears inside sin(...)"; none for Shape and Affine.
    std::optional<Message> reason;
};

// Reads a muparser formula in x, k and b and says whether it is k*g(x) + b, with g(x) the formula
// at k = 1, b = 0. Only analyses: ShapeFunction checks the syntax, and whatever this reader does
// not follow is CannotConfirm, never Affine.
AffineForm analyseFormula(const std::string &expression);

} // namespace curvelab
