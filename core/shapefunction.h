#pragma once

#include <memory>
#include <string>

namespace curvelab {

// A compiled f(x). Evaluation is cheap (muparser bytecode); each instance owns its parser, so
// give every thread its own copy (copies are independent).
class ShapeFunction
{
public:
    // Throws std::invalid_argument with muparser's reason and position on a bad expression.
    explicit ShapeFunction(const std::string &expression);
    ShapeFunction(const ShapeFunction &other);
    ShapeFunction &operator=(const ShapeFunction &other);
    ShapeFunction(ShapeFunction &&) noexcept;
    ShapeFunction &operator=(ShapeFunction &&) noexcept;
    ~ShapeFunction();

    double operator()(double x) const;
    const std::string &expression() const { return m_expression; }

private:
    struct Impl;
    std::string m_expression;
    std::unique_ptr<Impl> m_impl;
};

} // namespace curvelab
