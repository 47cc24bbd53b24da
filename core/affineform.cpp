#include "affineform.h"

#include "textfields.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace curvelab {

namespace {

// Something the reader does not follow. It ends the reading: the verdict is CannotConfirm, which
// a family refuses, never a guess.
struct Unreadable
{
    Message reason;
};

// ---- Tokens -------------------------------------------------------------------------------------

// muparser's built-in functions (2.3.3). Any other name is unreadable rather than guessed at.
constexpr std::array<std::string_view, 26> kFunctions = {
    "sin",  "cos",   "tan",   "asin",  "acos", "atan",  "atan2", "sinh", "cosh",
    "tanh", "asinh", "acosh", "atanh", "log2", "log10", "log",   "ln",   "exp",
    "sqrt", "sign",  "rint",  "abs",   "min",  "max",   "sum",   "avg"};
// muparser's constants, with the values it gives them; only sums and products of numbers are
// worked out, so the last digits never decide a verdict.
constexpr double kPi = 3.141592653589793238462643;
constexpr double kE = 2.718281828459045235360287;
// Operators of two characters; every other operator is one of kShortOperators.
constexpr std::array<std::string_view, 6> kLongOperators = {"<=", ">=", "==", "!=", "&&", "||"};
constexpr std::string_view kShortOperators = "+-*/^(),?:<>=";

enum class TokenKind
{
    Number,
    Name,
    Operator,
    End
};

struct Token
{
    TokenKind kind = TokenKind::End;
    std::string text;
    double value = 0.0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Not std::isalpha: the process's locale must not decide what a name is.
bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c);
}

// A sentence that says where in `expression` something is: `atTheEnd` past its last character,
// else `atPosition` with the position (counted from 1, as an editor's column) after `more`. Two
// whole sentences, so that a translation can place the words as its language wants.
Message placed(const std::string &expression, std::size_t at, Wording atTheEnd, Wording atPosition,
               std::vector<MessageArgument> more = {})
{
    if (at >= expression.size()) {
        return Message(atTheEnd, std::move(more));
    }
    more.emplace_back(at + 1);
    return Message(atPosition, std::move(more));
}

Unreadable unreadableNumber(const std::string &s, std::size_t at)
{
    return {placed(
        s, at, CURVELAB_WORDING("curvelab::affineform", "the number at the end cannot be read"),
        CURVELAB_WORDING("curvelab::affineform", "the number at position %1 cannot be read"))};
}

// The end of the number at `at`, written as muparser reads one: digits with an optional point
// (".5" and "5." too) and an optional exponent ("1e-3").
std::size_t numberEnd(const std::string &s, std::size_t at)
{
    const std::size_t begin = at;
    const auto digits = [&] {
        const std::size_t from = at;
        while (at < s.size() && isDigit(s[at])) {
            ++at;
        }
        return at - from;
    };
    std::size_t mantissa = digits();
    if (at < s.size() && s[at] == '.') {
        ++at;
        mantissa += digits();
    }
    if (mantissa == 0) {
        throw unreadableNumber(s, begin);
    }
    if (at < s.size() && (s[at] == 'e' || s[at] == 'E')) {
        ++at;
        if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
            ++at;
        }
        if (digits() == 0) {
            throw unreadableNumber(s, begin);
        }
    }
    return at;
}

Token numberToken(const std::string &s, std::size_t at)
{
    const std::size_t end = numberEnd(s, at);
    Token t{TokenKind::Number, s.substr(at, end - at), 0.0, at, end};
    // std::from_chars, not strtod: a German locale must not read "1.5" as 1.
    const std::from_chars_result r = std::from_chars(s.data() + at, s.data() + end, t.value);
    if (r.ec != std::errc() || r.ptr != s.data() + end) {
        throw unreadableNumber(s, at);
    }
    return t;
}

Token nameToken(const std::string &s, std::size_t at)
{
    std::size_t end = at;
    while (end < s.size() && isNameChar(s[end])) {
        ++end;
    }
    return {TokenKind::Name, s.substr(at, end - at), 0.0, at, end};
}

Token operatorToken(const std::string &s, std::size_t at)
{
    const std::string_view rest = std::string_view(s).substr(at);
    for (std::string_view op : kLongOperators) {
        if (rest.substr(0, 2) == op) {
            return {TokenKind::Operator, std::string(op), 0.0, at, at + 2};
        }
    }
    if (kShortOperators.find(s[at]) == std::string_view::npos) {
        throw Unreadable{placed(
            s, at, CURVELAB_WORDING("curvelab::affineform", "\"%1\" at the end cannot be read"),
            CURVELAB_WORDING("curvelab::affineform", "\"%1\" at position %2 cannot be read"),
            {std::string(1, s[at])})};
    }
    return {TokenKind::Operator, std::string(1, s[at]), 0.0, at, at + 1};
}

std::vector<Token> tokens(const std::string &s)
{
    std::vector<Token> out;
    std::size_t at = 0;
    while (true) {
        // muparser skips every control character as it skips spaces.
        while (at < s.size() && static_cast<unsigned char>(s[at]) <= ' ') {
            ++at;
        }
        if (at == s.size()) {
            out.push_back({TokenKind::End, {}, 0.0, at, at});
            return out;
        }
        const char c = s[at];
        out.push_back(isDigit(c) || c == '.' ? numberToken(s, at)
                      : isNameChar(c)        ? nameToken(s, at)
                                             : operatorToken(s, at));
        at = out.back().end;
    }
}

// ---- Terms free of k and b ----------------------------------------------------------------------

// A sub-formula free of k and b: its text for messages and, when it is a number, its value.
struct Term
{
    std::string text;
    std::optional<double> value;
    bool compound = false; // wants parentheses when it is multiplied, divided or subtracted

    bool is(double v) const { return value && *value == v; }
};

Term number(double v)
{
    return {formatNumber(v), v, v < 0.0};
}

std::string wrapped(const Term &t)
{
    return t.compound ? "(" + t.text + ")" : t.text;
}

Term negated(const Term &t)
{
    return t.value ? number(-*t.value) : Term{"-" + wrapped(t), std::nullopt, true};
}

// a + b or a - b. A zero is dropped, so that the parts of k*x + b that are absent read as zero.
Term sum(const Term &a, char op, const Term &b)
{
    if (b.is(0.0)) {
        return a;
    }
    if (a.is(0.0)) {
        return op == '+' ? b : negated(b);
    }
    if (a.value && b.value) {
        return number(op == '+' ? *a.value + *b.value : *a.value - *b.value);
    }
    return {a.text + ' ' + op + ' ' + (op == '-' ? wrapped(b) : b.text), std::nullopt, true};
}

// a * b or a / b. A zero factor (or numerator) is zero whatever the other side is: where that side
// is undefined, so is g(x), and the family is narrowed away from there.
Term product(const Term &a, char op, const Term &b)
{
    if (a.is(0.0) || (op == '*' && b.is(0.0))) {
        return number(0.0);
    }
    if (b.is(1.0)) {
        return a;
    }
    if (op == '*' && a.is(1.0)) {
        return b;
    }
    if (a.value && b.value) {
        return number(op == '*' ? *a.value * *b.value : *a.value / *b.value);
    }
    return {wrapped(a) + op + wrapped(b), std::nullopt, true};
}

// ---- Parts: kFactor*k + bFactor*b + rest --------------------------------------------------------

// A sub-formula read as kFactor*k + bFactor*b + rest, with kFactor and rest free of k and b and
// bFactor a number; or why it cannot be read so. Free of k and b when it names neither.
struct Part
{
    Term kFactor = number(0.0);
    double bFactor = 0.0;
    Term rest = number(0.0);
    bool namesK = false; // as written, for messages: k - k names k
    bool namesB = false;
    std::optional<Message> notAffine;

    bool isFree() const { return !namesK && !namesB && !notAffine; }
};

Part notAffine(Message why)
{
    Part p;
    p.notAffine = std::move(why);
    return p;
}

bool namesBoth(const Part &p)
{
    return p.namesK && p.namesB;
}

// The one parameter a part names, "k" or "b", when it does not name both.
MessageArgument parameter(const Part &p)
{
    return p.namesK ? "k" : "b";
}

// A sentence about what a part names, whole so that a translation can make the verb agree:
// `both` when it names k and b ("k and b appear inside sin(...)"), with `more` as %1...; `one`
// otherwise ("k appears inside sin(...)"), with the parameter as %1 and `more` after it.
Message aboutNames(const Part &p, Wording one, Wording both, std::vector<MessageArgument> more = {})
{
    if (namesBoth(p)) {
        return Message(both, std::move(more));
    }
    more.insert(more.begin(), parameter(p));
    return Message(one, std::move(more));
}

// The result of an operation that must keep k and b out of its operands (a function, ^, a
// comparison, a logical operator, ?:): a term free of them, or why not, said by `one` or `both`
// (see aboutNames). The caller sets the text.
Part freeOnly(const std::vector<Part> &operands, Wording one, Wording both,
              std::vector<MessageArgument> more = {})
{
    Part all;
    for (const Part &p : operands) {
        if (p.notAffine) {
            return p;
        }
        all.namesK = all.namesK || p.namesK;
        all.namesB = all.namesB || p.namesB;
    }
    if (!all.isFree()) {
        return notAffine(aboutNames(all, one, both, std::move(more)));
    }
    Part out;
    out.rest = Term{{}, std::nullopt, false};
    return out;
}

Part negated(Part p)
{
    p.kFactor = negated(p.kFactor);
    p.bFactor = -p.bFactor;
    p.rest = negated(p.rest);
    return p;
}

Part added(const Part &a, char op, const Part &b)
{
    Part out;
    out.kFactor = sum(a.kFactor, op, b.kFactor);
    out.bFactor = op == '+' ? a.bFactor + b.bFactor : a.bFactor - b.bFactor;
    out.rest = sum(a.rest, op, b.rest);
    out.namesK = a.namesK || b.namesK;
    out.namesB = a.namesB || b.namesB;
    return out;
}

// `p` multiplied or divided by a term free of k and b: k's factor and the rest scale with it;
// b's factor only by a number, since b must stay added as it is.
Part scaled(const Part &p, char op, const Term &factor)
{
    if (op == '/' && factor.is(0.0) && !p.isFree()) {
        return notAffine(
            aboutNames(p, CURVELAB_WORDING("curvelab::affineform", "%1 is divided by 0"),
                       CURVELAB_WORDING("curvelab::affineform", "k and b are divided by 0")));
    }
    if (p.bFactor != 0.0 && !factor.value) {
        return notAffine(
            Message(op == '*' ? CURVELAB_WORDING("curvelab::affineform",
                                                 "b is multiplied by %1: b must be added as it is")
                              : CURVELAB_WORDING("curvelab::affineform",
                                                 "b is divided by %1: b must be added as it is"),
                    {factor.text}));
    }
    Part out = p;
    out.kFactor = product(p.kFactor, op, factor);
    out.rest = product(p.rest, op, factor);
    if (p.bFactor != 0.0) {
        out.bFactor = op == '*' ? p.bFactor * *factor.value : p.bFactor / *factor.value;
    }
    return out;
}

Part multiplied(const Part &a, const Part &b)
{
    if (!a.isFree() && !b.isFree()) {
        if (namesBoth(a)) {
            return notAffine(namesBoth(b)
                                 ? Message(CURVELAB_WORDING("curvelab::affineform",
                                                            "k and b are multiplied by k and b"))
                                 : Message(CURVELAB_WORDING("curvelab::affineform",
                                                            "k and b are multiplied by %1"),
                                           {parameter(b)}));
        }
        return notAffine(
            namesBoth(b)
                ? Message(CURVELAB_WORDING("curvelab::affineform", "%1 is multiplied by k and b"),
                          {parameter(a)})
                : Message(CURVELAB_WORDING("curvelab::affineform", "%1 is multiplied by %2"),
                          {parameter(a), parameter(b)}));
    }
    return a.isFree() ? scaled(b, '*', a.rest) : scaled(a, '*', b.rest);
}

Part divided(const Part &a, const Part &b)
{
    if (!b.isFree()) {
        return notAffine(aboutNames(
            b, CURVELAB_WORDING("curvelab::affineform", "%1 appears in a denominator"),
            CURVELAB_WORDING("curvelab::affineform", "k and b appear in a denominator")));
    }
    return scaled(a, '/', b.rest);
}

// What the binary operator `op` makes of two parts, neither of them beyond the form.
Part combined(const std::string &op, const Part &a, const Part &b)
{
    if (a.notAffine) {
        return a;
    }
    if (b.notAffine) {
        return b;
    }
    if (op == "+" || op == "-") {
        return added(a, op[0], b);
    }
    if (op == "*") {
        return multiplied(a, b);
    }
    if (op == "/") {
        return divided(a, b);
    }
    if (op == "&&" || op == "||") {
        return freeOnly(
            {a, b},
            CURVELAB_WORDING("curvelab::affineform", "%1 appears in a logical operator (%2)"),
            CURVELAB_WORDING("curvelab::affineform", "k and b appear in a logical operator (%1)"),
            {op});
    }
    return freeOnly(
        {a, b}, CURVELAB_WORDING("curvelab::affineform", "%1 appears in a comparison (%2)"),
        CURVELAB_WORDING("curvelab::affineform", "k and b appear in a comparison (%1)"), {op});
}

// muparser's binary operators from the loosest to the tightest; the signs and ^ bind tighter
// still, and ?: looser.
int levelOf(const std::string &op)
{
    static const std::array<std::vector<std::string>, 5> kLevels = {
        {{"||"}, {"&&"}, {"==", "!=", "<", ">", "<=", ">="}, {"+", "-"}, {"*", "/"}}};
    for (std::size_t level = 0; level < kLevels.size(); ++level) {
        const std::vector<std::string> &ops = kLevels[level];
        if (std::find(ops.begin(), ops.end(), op) != ops.end()) {
            return static_cast<int>(level);
        }
    }
    return -1;
}
constexpr int kBinaryLevels = 5;

// ---- The reader ---------------------------------------------------------------------------------

// Recursive descent over muparser's grammar, with its precedence: ?: (right to left), ||, &&,
// comparisons, + -, * /, the signs, ^ (right to left; "-x^2" is -(x^2), "2^-x" is 2^(-x)).
class Reader
{
public:
    explicit Reader(const std::string &expression)
        : m_expression(expression), m_tokens(tokens(expression))
    {
    }

    Part formula()
    {
        Part p = ternary();
        if (current().kind != TokenKind::End) {
            throw unexpected();
        }
        return p;
    }

private:
    const Token &current() const { return m_tokens[m_next]; }
    bool at(const char *op) const
    {
        return current().kind == TokenKind::Operator && current().text == op;
    }
    Token take() { return m_tokens[m_next++]; }

    void expect(const char *op)
    {
        if (!at(op)) {
            throw unexpected();
        }
        take();
    }

    Unreadable unexpected() const
    {
        const Token &t = current();
        if (t.text == "=") {
            return {Message(
                CURVELAB_WORDING("curvelab::affineform", "an assignment (=) cannot be checked"))};
        }
        if (t.text == ",") {
            return {Message(CURVELAB_WORDING(
                "curvelab::affineform", "a ',' outside a function's arguments cannot be checked"))};
        }
        return {placed(
            m_expression, t.begin,
            CURVELAB_WORDING("curvelab::affineform", "the check cannot follow it at the end"),
            CURVELAB_WORDING("curvelab::affineform", "the check cannot follow it at position %1"))};
    }

    // A part free of k and b reads in messages as it is written.
    Part written(Part p, std::size_t begin, bool compound) const
    {
        if (p.isFree()) {
            const std::size_t end = m_tokens[m_next - 1].end;
            p.rest.text = m_expression.substr(begin, end - begin);
            p.rest.compound = compound;
        }
        return p;
    }

    // Every nesting (parentheses, arguments, branches, signs) passes through here: the reader
    // recurses once per level, and muparser accepts thousands of levels, enough to overflow the
    // stack.
    class Nesting
    {
    public:
        explicit Nesting(int &depth) : m_depth(depth)
        {
            if (++m_depth > kMaxDepth) {
                --m_depth;
                throw Unreadable{
                    Message(CURVELAB_WORDING("curvelab::affineform",
                                             "the formula nests more than %1 levels deep"),
                            {kMaxDepth})};
            }
        }
        ~Nesting() { --m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

    private:
        int &m_depth;
    };
    static constexpr int kMaxDepth = 200;

    Part ternary()
    {
        const Nesting nesting(m_depth);
        const std::size_t begin = current().begin;
        const Part condition = binary(0);
        if (!at("?")) {
            return condition;
        }
        take();
        const Part then = ternary();
        expect(":");
        const Part otherwise = ternary();
        Part p = freeOnly(
            {condition},
            CURVELAB_WORDING("curvelab::affineform", "%1 appears in the condition of ?:"),
            CURVELAB_WORDING("curvelab::affineform", "k and b appear in the condition of ?:"));
        if (!p.notAffine) {
            p = freeOnly(
                {then, otherwise},
                CURVELAB_WORDING("curvelab::affineform", "%1 appears in a branch of ?:"),
                CURVELAB_WORDING("curvelab::affineform", "k and b appear in a branch of ?:"));
        }
        return written(std::move(p), begin, /*compound=*/true);
    }

    Part binary(int level)
    {
        if (level == kBinaryLevels) {
            return unary();
        }
        const std::size_t begin = current().begin;
        Part left = binary(level + 1);
        while (current().kind == TokenKind::Operator && levelOf(current().text) == level) {
            const std::string op = take().text;
            const Part right = binary(level + 1);
            left = written(combined(op, left, right), begin, /*compound=*/true);
        }
        return left;
    }

    Part unary()
    {
        if (!at("-") && !at("+")) {
            return power();
        }
        const Nesting nesting(m_depth);
        const std::size_t begin = current().begin;
        const bool minus = take().text == "-";
        Part p = unary();
        return written(minus ? negated(std::move(p)) : std::move(p), begin, /*compound=*/true);
    }

    Part power()
    {
        const std::size_t begin = current().begin;
        const Part base = primary();
        if (!at("^")) {
            return base;
        }
        take();
        const Nesting nesting(m_depth);
        const Part exponent = unary();
        return written(
            freeOnly({base, exponent},
                     CURVELAB_WORDING("curvelab::affineform", "%1 appears in a power (^)"),
                     CURVELAB_WORDING("curvelab::affineform", "k and b appear in a power (^)")),
            begin, /*compound=*/true);
    }

    Part primary()
    {
        const std::size_t begin = current().begin;
        if (at("(")) {
            take();
            Part p = ternary();
            expect(")");
            return written(std::move(p), begin, /*compound=*/false);
        }
        if (current().kind == TokenKind::Number) {
            return written(freeNumber(take().value), begin, /*compound=*/false);
        }
        if (current().kind != TokenKind::Name) {
            throw unexpected();
        }
        const std::string name = take().text;
        return written(at("(") ? call(name) : variable(name), begin, /*compound=*/false);
    }

    Part call(const std::string &name)
    {
        if (std::find(kFunctions.begin(), kFunctions.end(), name) == kFunctions.end()) {
            throw Unreadable{
                Message(CURVELAB_WORDING("curvelab::affineform", "%1(...) is unknown to the check"),
                        {name})};
        }
        expect("(");
        std::vector<Part> arguments{ternary()};
        while (at(",")) {
            take();
            arguments.push_back(ternary());
        }
        expect(")");
        return freeOnly(
            arguments, CURVELAB_WORDING("curvelab::affineform", "%1 appears inside %2(...)"),
            CURVELAB_WORDING("curvelab::affineform", "k and b appear inside %1(...)"), {name});
    }

    static Part freeNumber(double v)
    {
        Part p;
        p.rest = number(v);
        return p;
    }

    static Part variable(const std::string &name)
    {
        Part p;
        if (name == "x") {
            p.rest = Term{name, std::nullopt, false};
        } else if (name == "k") {
            p.kFactor = number(1.0);
            p.namesK = true;
        } else if (name == "b") {
            p.bFactor = 1.0;
            p.namesB = true;
        } else if (name == "_pi" || name == "_e") {
            p.rest = number(name == "_pi" ? kPi : kE);
        } else {
            throw Unreadable{
                Message(CURVELAB_WORDING("curvelab::affineform", "\"%1\" is unknown to the check"),
                        {name})};
        }
        return p;
    }

    const std::string &m_expression;
    std::vector<Token> m_tokens;
    std::size_t m_next = 0;
    int m_depth = 0;
};

// Why a part that is kFactor*k + bFactor*b + rest is not k*g(x) + b, with g(x) the formula at
// k = 1, b = 0 (that is kFactor + rest): none when it is.
std::optional<Message> misfit(const Part &p)
{
    if (p.kFactor.is(0.0)) {
        return p.namesK
                   ? Message(CURVELAB_WORDING("curvelab::affineform",
                                              "k cancels out, so the curves would not depend on k"))
                   : Message(CURVELAB_WORDING("curvelab::affineform",
                                              "there is no k: k must multiply g(x)"));
    }
    // The factors as the formula works them out, exactly: they are numbers of the formula.
    if (p.kFactor.value && !std::isfinite(*p.kFactor.value)) {
        return Message(CURVELAB_WORDING("curvelab::affineform", "k is multiplied by %1"),
                       {formatNumber(*p.kFactor.value)});
    }
    if (p.bFactor == 0.0) {
        return p.namesB ? Message(CURVELAB_WORDING("curvelab::affineform",
                                                   "b cancels out: b must be added as it is"))
                        : Message(CURVELAB_WORDING("curvelab::affineform",
                                                   "there is no b: b must be added as it is"));
    }
    if (p.bFactor != 1.0) {
        return Message(CURVELAB_WORDING("curvelab::affineform",
                                        "b is multiplied by %1: b must be added as it is"),
                       {formatNumber(p.bFactor)});
    }
    // k*(x+1) + b - 3 is not k*g(x) + b: g(x) = x - 2, and k*g(x) + b = k*(x+1) - 3k + b.
    if (!p.rest.is(0.0)) {
        return Message(
            CURVELAB_WORDING("curvelab::affineform", "the formula adds %1 besides k*g(x) + b"),
            {p.rest.text});
    }
    return std::nullopt;
}

AffineForm verdictOn(const Part &p)
{
    using Verdict = AffineForm::Verdict;
    if (p.notAffine) {
        return {Verdict::NotAffine, *p.notAffine};
    }
    if (p.isFree()) {
        return {Verdict::Shape, std::nullopt};
    }
    if (std::optional<Message> why = misfit(p)) {
        return {Verdict::NotAffine, std::move(*why)};
    }
    return {Verdict::Affine, std::nullopt};
}

} // namespace

AffineForm analyseFormula(const std::string &expression)
{
    try {
        return verdictOn(Reader(expression).formula());
    } catch (const Unreadable &u) {
        return {AffineForm::Verdict::CannotConfirm, u.reason};
    }
}

} // namespace curvelab
