#include "shapefunction.h"

#include <muParser.h>
#include <stdexcept>

namespace curvelab {

struct ShapeFunction::Impl
{
    mu::Parser parser;
    // muparser reads x through this address, so it must not move: Impl lives on the heap.
    double x = 0.0;

    explicit Impl(const std::string &expression)
    {
        parser.DefineVar("x", &x);
        parser.SetExpr(expression);
        parser.Eval(); // compiles now, so errors surface at construction
    }
};

ShapeFunction::ShapeFunction(const std::string &expression) : m_expression(expression)
{
    try {
        m_impl = std::make_unique<Impl>(expression);
    } catch (const mu::Parser::exception_type &e) {
        throw std::invalid_argument("cannot read f(x) = \"" + expression + "\": " + e.GetMsg() +
                                    " (at position " + std::to_string(e.GetPos() + 1) + ")");
    }
}

ShapeFunction::ShapeFunction(const ShapeFunction &other) : ShapeFunction(other.m_expression) {}

ShapeFunction &ShapeFunction::operator=(const ShapeFunction &other)
{
    if (this != &other) {
        *this = ShapeFunction(other.m_expression);
    }
    return *this;
}

ShapeFunction::ShapeFunction(ShapeFunction &&) noexcept = default;
ShapeFunction &ShapeFunction::operator=(ShapeFunction &&) noexcept = default;
ShapeFunction::~ShapeFunction() = default;

double ShapeFunction::operator()(double x) const
{
    m_impl->x = x;
    return m_impl->parser.Eval();
}

} // namespace curvelab
