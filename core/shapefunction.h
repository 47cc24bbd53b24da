#pragma once

#include <memory>
#include <string>

namespace curvelab {

// A compiled family formula. It reads x, k and b: "k*sin(x)+b" is the whole family, while a
// formula without k and b, such as "x^2", is the shape g in y = k*g(x) + b. Calling it with x
// alone gives g(x), which is the formula at k = 1, b = 0.
//
// Evaluation is cheap (muparser bytecode); each instance owns its parser, so give every thread its
// own copy (copies are independent).
class ShapeFunction
{
public:
    // Throws std::invalid_argument with muparser's reason and the 1-based position of the
    // offending character (or "at the end") on a bad expression.
    explicit ShapeFunction(const std::string &expression);
    ShapeFunction(const ShapeFunction &other);
    ShapeFunction &operator=(const ShapeFunction &other);
    ShapeFunction(ShapeFunction &&) noexcept;
    ShapeFunction &operator=(ShapeFunction &&) noexcept;
    ~ShapeFunction();

    // g(x): the formula at k = 1, b = 0.
    double operator()(double x) const;
    // y of the family at k and b: always k*g(x) + b, never the formula as written, so that what
    // is drawn (the family preview) is by construction what is trained (the generator draws
    // k*g(x) + b). validateFamily() makes sure the two read the same.
    double evaluate(double x, double k, double b) const;
    // Whether the formula names k or b; if not, it is a shape and the family is k*shape + b.
    bool usesParameters() const;
    const std::string &expression() const { return m_expression; }

private:
    struct Impl;
    std::string m_expression;
    std::unique_ptr<Impl> m_impl;
};

} // namespace curvelab
