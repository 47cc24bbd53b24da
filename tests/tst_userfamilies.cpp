// Families people type: formulas in x, k and b, their ranges, and the one-line form the command
// line and lesson files use.
#include "curvegenerator.h"
#include "familyspec.h"
#include "functionfamily.h"
#include "leastsquaresbaseline.h"
#include "message.h"
#include "shapefunction.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <muParser.h>
#include <stdexcept>

using namespace curvelab;

// Something core is asked that it refuses.
using Refused = std::function<void()>;

Q_DECLARE_METATYPE(curvelab::Range)
Q_DECLARE_METATYPE(Refused)

namespace {

FunctionFamily family(const std::string &formula, Range x = {0.0, 10.0})
{
    return {"mine", formula, x, {0.5, 2.0}, {-1.0, 1.0}};
}

QString refusal(const FunctionFamily &f)
{
    try {
        validateFamily(f);
    } catch (const std::invalid_argument &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestUserFamilies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaWithKAndBIsTheWholeFamily_data();
    void formulaWithKAndBIsTheWholeFamily();
    void badFormulaNamesReasonAndPosition_data();
    void badFormulaNamesReasonAndPosition();
    void formulaMustBeKTimesGPlusB_data();
    void formulaMustBeKTimesGPlusB();
    void affineFormulasWrittenAnyWayAreAccepted_data();
    void affineFormulasWrittenAnyWayAreAccepted();
    void undefinedRangeIsNarrowed_data();
    void undefinedRangeIsNarrowed();
    void definedEverywhereIsKept();
    void definedNowhereIsRefused();
    void generatorNeverDrawsThroughAPole();
    void leastSquaresRecoversKAndB();
    void specRoundTrips_data();
    void specRoundTrips();
    void specDefaultsToTheQuestionsRanges();
    void badSpecIsRefused_data();
    void badSpecIsRefused();
    void refusalsAreWorded_data();
    void refusalsAreWorded();
    void rangesReadAsTwoNumbers_data();
    void rangesReadAsTwoNumbers();
};

void TestUserFamilies::formulaWithKAndBIsTheWholeFamily_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("shown");
    QTest::newRow("sin") << "k*sin(x)+b"
                         << "sin(x)"
                         << "y = k*sin(x)+b";
    QTest::newRow("exp") << "k*exp(x/10)+b"
                         << "exp(x/10)"
                         << "y = k*exp(x/10)+b";
    QTest::newRow("cube") << "k*x^3+b"
                          << "x^3"
                          << "y = k*x^3+b";
    QTest::newRow("b first") << "b + k*(x-1)^2"
                             << "(x-1)^2"
                             << "y = b + k*(x-1)^2";
    QTest::newRow("shape only") << "x^2"
                                << "x^2"
                                << "y = k*x^2 + b";
}

void TestUserFamilies::formulaWithKAndBIsTheWholeFamily()
{
    QFETCH(QString, formula);
    QFETCH(QString, shape);
    QFETCH(QString, shown);
    const FunctionFamily f = family(formula.toStdString(), {1.0, 5.0});
    QCOMPARE(refusal(f), QString());
    QCOMPARE(QString::fromStdString(f.formula()), shown);
    const ShapeFunction whole(f.shape);
    const ShapeFunction g(shape.toStdString());
    for (double x : {1.0, 2.5, 4.75}) {
        QCOMPARE(whole(x), g(x)); // the shape is the formula at k = 1, b = 0
        QVERIFY(std::abs(whole.evaluate(x, 1.5, -0.5) - (1.5 * g(x) - 0.5)) < 1e-12);
    }
}

void TestUserFamilies::badFormulaNamesReasonAndPosition_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("expected");
    QTest::newRow("open bracket") << "k*sin(x+b"
                                  << "Missing parenthesis (at the end)";
    QTest::newRow("double operator") << "k*x^^2+b"
                                     << "position 5";
    QTest::newRow("unknown variable") << "k*y+b"
                                      << "position 3";
    QTest::newRow("unknown function") << "k*sinus(x)+b"
                                      << "(at position 8)";
    QTest::newRow("empty") << ""
                           << "cannot read";
}

void TestUserFamilies::badFormulaNamesReasonAndPosition()
{
    QFETCH(QString, formula);
    QFETCH(QString, expected);
    const QString why = refusal(family(formula.toStdString()));
    QVERIFY2(why.contains(expected), qPrintable(why));
    QVERIFY2(formula.isEmpty() || why.contains(formula), qPrintable(why));
}

void TestUserFamilies::formulaMustBeKTimesGPlusB_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("reason");
    QTest::newRow("k inside") << "sin(k*x)+b"
                              << "k appears inside sin(...)";
    QTest::newRow("b inside") << "k*sin(x+b)"
                              << "b appears inside sin(...)";
    QTest::newRow("no b") << "k*x"
                          << "there is no b";
    QTest::newRow("no k") << "x^2+b"
                          << "there is no k";
    QTest::newRow("k squared") << "k^2*x+b"
                               << "k appears in a power (^)";
    QTest::newRow("b scaled") << "k*x+2*b"
                              << "b is multiplied by 2";
    // Agrees with k*x + b at every k <= 3, so a check that samples a few k would pass it.
    QTest::newRow("k in a comparison") << "k*x + b + (k>3)*x^2"
                                       << "k appears in a comparison";
    QTest::newRow("k in a branch") << "x<10 ? k*x+b : k*x^2+b"
                                   << "k and b appear in a branch of ?:";
    QTest::newRow("k in a condition") << "k<10 ? k*x+b : k*x^2+b"
                                      << "k appears in a comparison (<)";
    QTest::newRow("k times b") << "k*b*x+b"
                               << "k is multiplied by b";
    QTest::newRow("k cancels") << "k*x - k + k*1 + b"
                               << "";
    QTest::newRow("an offset besides") << "k*(x+1) + b - 3"
                                       << "adds -3 besides k*g(x) + b";
    QTest::newRow("k in a denominator") << "x/k+b"
                                        << "k appears in a denominator";
    QTest::newRow("b divided by x") << "k*x+b/x"
                                    << "b is divided by x";
    QTest::newRow("nested too deep") << QString(300, '(') + "k*x" + QString(300, ')') + "+b"
                                     << "more than 200 levels deep";
}

void TestUserFamilies::formulaMustBeKTimesGPlusB()
{
    QFETCH(QString, formula);
    QFETCH(QString, reason);
    const QString why = refusal(family(formula.toStdString(), {1.0, 5.0}));
    if (reason.isEmpty()) { // k*x - k + k*1 + b is k*x + b written the long way
        QCOMPARE(why, QString());
        return;
    }
    QVERIFY2(why.contains("must have the form k*g(x) + b"), qPrintable(why));
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestUserFamilies::affineFormulasWrittenAnyWayAreAccepted_data()
{
    QTest::addColumn<QString>("formula");
    QTest::newRow("b first, k last") << "b + (x-1)^2*k";
    QTest::newRow("k divided") << "k/(x+5) + b";
    QTest::newRow("minus k") << "b - k*x";
    QTest::newRow("constants") << "k*_pi*sin(x)/2 + b";
    QTest::newRow("spread out") << "k*x^2 + k*x + b";
    QTest::newRow("a comparison of x") << "k*(x>2 ? x : 2) + b";
    QTest::newRow("signs") << "-(-k*x) + +b";
}

// The reader must not refuse what is k*g(x) + b however it is written.
void TestUserFamilies::affineFormulasWrittenAnyWayAreAccepted()
{
    QFETCH(QString, formula);
    const FunctionFamily f = family(formula.toStdString(), {1.0, 5.0});
    QCOMPARE(refusal(f), QString());
    // And what is drawn is what the formula says (evaluate() is always k*g(x) + b).
    const ShapeFunction g(f.shape);
    mu::Parser parser;
    double x = 0.0;
    double k = -2.5;
    double b = 7.0;
    parser.DefineVar("x", &x);
    parser.DefineVar("k", &k);
    parser.DefineVar("b", &b);
    parser.SetExpr(f.shape);
    for (x = 1.0; x < 5.0; x += 0.75) {
        QVERIFY(std::abs(parser.Eval() - g.evaluate(x, k, b)) < 1e-9 * (1.0 + std::abs(b)));
    }
}

void TestUserFamilies::undefinedRangeIsNarrowed_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<Range>("x");
    QTest::addColumn<Range>("narrowed");
    QTest::newRow("log from 0") << "k*log(x)+b" << Range{0.0, 10.0} << Range{0.01, 10.0};
    QTest::newRow("log of negatives") << "k*log(x)+b" << Range{-5.0, 5.0} << Range{0.01, 5.0};
    QTest::newRow("sqrt of negatives") << "k*sqrt(x)+b" << Range{-5.0, 5.0} << Range{0.0, 5.0};
    QTest::newRow("pole in the middle") << "k/(x-5)+b" << Range{0.0, 10.0} << Range{0.0, 4.99};
    QTest::newRow("sqrt above 2") << "k*sqrt(2-x)+b" << Range{0.0, 4.0} << Range{0.0, 2.0};
}

void TestUserFamilies::undefinedRangeIsNarrowed()
{
    QFETCH(QString, formula);
    QFETCH(Range, x);
    QFETCH(Range, narrowed);
    const FunctionFamily original = family(formula.toStdString(), x);
    QVERIFY(!refusal(original).isEmpty()); // never silently fed NaN
    const NarrowedFamily n = narrowToDefined(original);
    QCOMPARE(n.family.x.lo, narrowed.lo);
    QCOMPARE(n.family.x.hi, narrowed.hi);
    QCOMPARE(refusal(n.family), QString());
    QVERIFY(n.why); // worded, so that the app says it in its language
    const QString note = QString::fromStdString(n.why->english());
    QVERIFY2(note.contains("undefined") && note.contains("narrowed"), qPrintable(note));
    QVERIFY2(note.contains(QString::number(narrowed.hi)), qPrintable(note));
}

void TestUserFamilies::definedEverywhereIsKept()
{
    const FunctionFamily f = family("k*sin(x)+b", {-3.0, 3.0});
    const NarrowedFamily n = narrowToDefined(f);
    QVERIFY(n.family == f);
    QVERIFY(!n.why);
}

void TestUserFamilies::definedNowhereIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             narrowToDefined(family("k*log(x)+b", {-10.0, -1.0})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, narrowToDefined(family("k*(+b")));
}

void TestUserFamilies::generatorNeverDrawsThroughAPole()
{
    // Undefined on (5.01, 5.14), between two of the probes validateFamily() makes (5 and
    // 5.156): only the generator can keep the curves out of it.
    GeneratorConfig config;
    config.families = {family("k*sqrt(abs(x-5.075)-0.065)+b"), family("k*x+b")};
    config.families[1].name = "line";
    QCOMPARE(refusal(config.families[0]), QString());
    QVERIFY(!std::isfinite(ShapeFunction(config.families[0].shape)(5.075)));
    CurveGenerator generator(config);
    for (int i = 0; i < 2000; ++i) {
        for (const Point &p : generator.sample(0, 8).points) {
            QVERIFY(std::isfinite(p.y));
        }
    }
}

void TestUserFamilies::leastSquaresRecoversKAndB()
{
    const std::vector<FunctionFamily> families = {family("k*sin(x)+b"), family("k*exp(x/10)+b")};
    const LeastSquaresBaseline baseline(families);
    PointSequence points;
    for (double x : {0.5, 2.0, 3.5, 6.0, 8.0}) {
        points.push_back({x, 1.25 * std::exp(x / 10.0) - 0.5});
    }
    const std::vector<FamilyFit> fits = baseline.fit(points);
    QCOMPARE(baseline.classify(points), 1);
    QVERIFY(std::abs(fits[1].k - 1.25) < 1e-9);
    QVERIFY(std::abs(fits[1].b + 0.5) < 1e-9);
}

void TestUserFamilies::specRoundTrips_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("wave") << "wave: k*sin(x)+b; x=0..6.28; k=0.5..2; b=-1..1";
    QTest::newRow("tiny numbers") << "g: k*exp(x/10)+b; x=1e-05..0.1; k=-0.3..0.7; b=0..1e+20";
    QTest::newRow("builtin") << "parabola: x^2; x=5..15; k=0..1; b=0..5";
}

void TestUserFamilies::specRoundTrips()
{
    QFETCH(QString, spec);
    const FunctionFamily f = parseFamilySpec(spec.toStdString());
    QCOMPARE(QString::fromStdString(familySpec(f)), spec);
    QVERIFY(parseFamilySpec(familySpec(f)) == f);
}

void TestUserFamilies::specDefaultsToTheQuestionsRanges()
{
    const FunctionFamily f = parseFamilySpec("  cube :  k*x^3+b ; b=-2..2;  ");
    QCOMPARE(QString::fromStdString(f.name), QString("cube"));
    QCOMPARE(QString::fromStdString(f.shape), QString("k*x^3+b"));
    QVERIFY(f.x == (Range{5.0, 15.0}));
    QVERIFY(f.k == (Range{0.0, 1.0}));
    QVERIFY(f.b == (Range{-2.0, 2.0}));
}

void TestUserFamilies::badSpecIsRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << "k*x+b"
                             << "no ':'";
    QTest::newRow("empty name") << ": k*x+b"
                                << "name";
    QTest::newRow("empty formula") << "a: ; x=0..1"
                                   << "formula";
    QTest::newRow("unknown key") << "a: k*x+b; y=0..1"
                                 << "y=0..1";
    QTest::newRow("not a range") << "a: k*x+b; x=0-1"
                                 << "x=0-1";
    QTest::newRow("decimal comma") << "a: k*x+b; x=0,5..1"
                                   << "x=0,5..1";
    QTest::newRow("twice") << "a: k*x+b; k=0..1; k=1..2"
                           << "twice";
    QTest::newRow("no value") << "a: k*x+b; x"
                              << "\"x\"";
}

void TestUserFamilies::badSpecIsRefused()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    try {
        parseFamilySpec(spec.toStdString());
        QFAIL("accepted");
    } catch (const std::invalid_argument &e) {
        const QString why = QString::fromStdString(e.what());
        QVERIFY2(why.contains(expected), qPrintable(why));
        QVERIFY2(why.contains("name: formula; x=a..b"), qPrintable(why));
    }
}

void TestUserFamilies::refusalsAreWorded_data()
{
    QTest::addColumn<Refused>("refused");
    const auto validated = [](FunctionFamily f) { return [f] { validateFamily(f); }; };
    FunctionFamily named = family("k*x+b");
    named.name.clear();
    QTest::newRow("a family without a name") << Refused(validated(named));
    named.name = "two\nlines";
    QTest::newRow("a name with a line break") << Refused(validated(named));
    named.name = std::string(50, 'n');
    QTest::newRow("a name too long") << Refused(validated(named));
    FunctionFamily ranged = family("k*x+b");
    ranged.k = {1.0, 0.0};
    QTest::newRow("an empty k range") << Refused(validated(ranged));
    QTest::newRow("undefined on part of x")
        << Refused(validated(family("k*log(x)+b", {-1.0, 1.0})));
    QTest::newRow("a formula that does not parse") << Refused(validated(family("k*(+b")));
    QTest::newRow("a formula that is not k*g(x) + b") << Refused(validated(family("sin(k*x)+b")));
    QTest::newRow("a formula the check cannot follow")
        << Refused(validated(family(std::string(300, '(') + "k*x" + std::string(300, ')') + "+b")));
    QTest::newRow("defined nowhere") << Refused([] {
        narrowToDefined(family("k*log(x)+b", {-10.0, -1.0}));
    });
    QTest::newRow("one family") << Refused([] { validateFamilies({family("k*x+b")}); });
    QTest::newRow("two of one name") << Refused([] {
        validateFamilies({family("k*x+b"), family("k*x^2+b")});
    });
    QTest::newRow("a spec without a name") << Refused([] { parseFamilySpec("k*x+b"); });
    QTest::newRow("a spec with a bad range") << Refused([] { parseFamilySpec("a: k*x+b; x=0-1"); });
}

void TestUserFamilies::refusalsAreWorded()
{
    QFETCH(Refused, refused);
    try {
        refused();
        QFAIL("accepted");
    } catch (const std::invalid_argument &e) {
        // The app says it in its language; the English is what() exactly.
        const auto *worded = dynamic_cast<const WordedError *>(&e);
        QVERIFY2(worded, e.what());
        QCOMPARE(worded->message().english(), std::string(e.what()));
    }
}

void TestUserFamilies::rangesReadAsTwoNumbers_data()
{
    // The one range reader, for the command line and the setup panel's fields alike.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("read");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("plain") << "0..1" << true << 0.0 << 1.0;
    QTest::newRow("spaces and signs") << " -2 .. +3.5 " << true << -2.0 << 3.5;
    QTest::newRow("exponent") << "1e3..2E-1" << true << 1000.0 << 0.2;
    QTest::newRow("reversed is read") << "5..1" << true << 5.0 << 1.0;
    QTest::newRow("a dash") << "0-1" << false << 0.0 << 0.0;
    QTest::newRow("one side") << "..1" << false << 0.0 << 0.0;
    QTest::newRow("three numbers") << "0..1..2" << false << 0.0 << 0.0;
    QTest::newRow("infinite") << "0..inf" << false << 0.0 << 0.0;
    QTest::newRow("decimal comma") << "0,5..1" << false << 0.0 << 0.0;
    QTest::newRow("empty") << "" << false << 0.0 << 0.0;
}

void TestUserFamilies::rangesReadAsTwoNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, read);
    const std::optional<Range> range = parseRange(text.toStdString());
    QCOMPARE(range.has_value(), read);
    if (read) {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QCOMPARE(range->lo, lo);
        QCOMPARE(range->hi, hi);
    }
}

QTEST_GUILESS_MAIN(TestUserFamilies)
#include "tst_userfamilies.moc"
