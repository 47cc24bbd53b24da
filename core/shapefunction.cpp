#include "shapefunction.h"

#include "message.h"

#include <muParser.h>
#include <stdexcept>

namespace curvelab {

namespace {

// muparser writes 0-based positions into some messages ("... at position 7"); we name the
// position once, 1-based, as an editor's column shows it.
std::string withoutPosition(std::string message)
{
    const std::size_t at = message.find(" at position ");
    return at == std::string::npos ? message : message.erase(at);
}

// muparser's reason (English: it has no catalogue of ours) with where it stopped reading.
InvalidInput unreadable(const std::string &expression, const std::string &reason,
                        std::size_t position)
{
    if (position >= expression.size()) {
        return InvalidInput(Message(CURVELAB_WORDING("curvelab::shapefunction",
                                                     "cannot read f(x) = \"%1\": %2 (at the end)"),
                                    {expression, reason}));
    }
    return InvalidInput(Message(CURVELAB_WORDING("curvelab::shapefunction",
                                                 "cannot read f(x) = \"%1\": %2 (at position %3)"),
                                {expression, reason, position + 1}));
}

} // namespace

struct ShapeFunction::Impl
{
    mu::Parser parser;
    // muparser reads the variables through these addresses, so they must not move: Impl lives
    // on the heap.
    double x = 0.0;
    double k = 1.0;
    double b = 0.0;
    bool usesParameters = false;

    explicit Impl(const std::string &expression)
    {
        parser.DefineVar("x", &x);
        parser.DefineVar("k", &k);
        parser.DefineVar("b", &b);
        parser.SetExpr(expression);
        // Asking for the used variables leaves the parser to re-compile on the next Eval().
        const mu::varmap_type &used = parser.GetUsedVar();
        usesParameters = used.count("k") > 0 || used.count("b") > 0;
        parser.Eval(); // compiles now, so errors surface at construction
    }
};

ShapeFunction::ShapeFunction(const std::string &expression) : m_expression(expression)
{
    try {
        m_impl = std::make_unique<Impl>(expression);
    } catch (const mu::Parser::exception_type &e) {
        throw unreadable(expression, withoutPosition(e.GetMsg()),
                         static_cast<std::size_t>(e.GetPos()));
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
    m_impl->k = 1.0;
    m_impl->b = 0.0;
    return m_impl->parser.Eval();
}

double ShapeFunction::evaluate(double x, double k, double b) const
{
    return k * (*this)(x) + b;
}

bool ShapeFunction::usesParameters() const
{
    return m_impl->usesParameters;
}

} // namespace curvelab
