#include "curvegenerator.h"
#include "message.h"
#include "shapefunction.h"

#include <QTest>
#include <cmath>

using namespace curvelab;

Q_DECLARE_METATYPE(curvelab::GeneratorConfig)

class TestCurveGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameSequences();
    void sequencesFollowTheirFamily_data();
    void sequencesFollowTheirFamily();
    void familiesAreDrawnUniformly();
    void fixedKbKeepsCurvesForTheWholeRun();
    void sortedOrderSortsX();
    void noiseHasTheRequestedSpread();
    void badConfigIsRefused_data();
    void badConfigIsRefused();
};

void TestCurveGenerator::sameSeedSameSequences()
{
    GeneratorConfig config;
    config.seed = 42;
    CurveGenerator a(config);
    CurveGenerator b(config);
    config.seed = 43;
    CurveGenerator c(config);
    bool anyDifferent = false;
    for (int i = 0; i < 50; ++i) {
        const LabelledSequence sa = a.next();
        const LabelledSequence sb = b.next();
        const LabelledSequence sc = c.next();
        QCOMPARE(sa.label, sb.label);
        for (std::size_t p = 0; p < sa.points.size(); ++p) {
            QCOMPARE(sa.points[p].x, sb.points[p].x);
            QCOMPARE(sa.points[p].y, sb.points[p].y);
            anyDifferent = anyDifferent || sa.points[p].x != sc.points[p].x;
        }
    }
    QVERIFY2(anyDifferent, "another seed must give other sequences");
}

void TestCurveGenerator::sequencesFollowTheirFamily_data()
{
    QTest::addColumn<int>("family");
    QTest::addRow("line points lie on y = kx + b in x [5,15)") << 0;
    QTest::addRow("parabola points lie on y = kx^2 + b in x [5,15)") << 1;
    QTest::addRow("sqrt points lie on y = k sqrt(x) + b in x [5,10)") << 2;
}

void TestCurveGenerator::sequencesFollowTheirFamily()
{
    QFETCH(int, family);
    CurveGenerator generator(GeneratorConfig{});
    const FunctionFamily &f = generator.config().families[static_cast<std::size_t>(family)];
    const ShapeFunction shape(f.shape);
    for (int i = 0; i < 200; ++i) {
        const LabelledSequence s = generator.sample(family, 8);
        QCOMPARE(s.label, family);
        QCOMPARE(s.points.size(), std::size_t(8));
        QVERIFY(f.k.contains(s.k));
        QVERIFY(f.b.contains(s.b));
        for (const Point &p : s.points) {
            QVERIFY(f.x.contains(p.x));
            QVERIFY(std::abs(p.y - (s.k * shape(p.x) + s.b)) < 1e-9);
        }
    }
}

void TestCurveGenerator::familiesAreDrawnUniformly()
{
    CurveGenerator generator(GeneratorConfig{});
    constexpr int kDraws = 6000;
    int counts[3] = {0, 0, 0};
    for (int i = 0; i < kDraws; ++i) {
        ++counts[generator.next(1).label];
    }
    for (int c : counts) {
        // 1/3 +- 5 standard deviations of a binomial share.
        QVERIFY2(std::abs(c - kDraws / 3.0) < 5 * std::sqrt(kDraws * (1 / 3.0) * (2 / 3.0)),
                 qPrintable(QString::number(c)));
    }
}

void TestCurveGenerator::fixedKbKeepsCurvesForTheWholeRun()
{
    GeneratorConfig config;
    config.kbMode = KbMode::FixedPerRun;
    CurveGenerator generator(config);
    CurveGenerator test = generator.reseeded(99);
    for (int i = 0; i < 100; ++i) {
        const LabelledSequence s = generator.next();
        const LabelledSequence t = test.next();
        QCOMPARE(s.k, generator.fixedK(s.label));
        QCOMPARE(s.b, generator.fixedB(s.label));
        QCOMPARE(t.k, generator.fixedK(t.label));
        QCOMPARE(t.b, generator.fixedB(t.label));
    }
    // The original families share their ranges, so they share k and b, as in the answer.
    QCOMPARE(generator.fixedK(0), generator.fixedK(2));
}

void TestCurveGenerator::sortedOrderSortsX()
{
    GeneratorConfig config;
    config.xOrder = XOrder::Sorted;
    CurveGenerator generator(config);
    for (int i = 0; i < 50; ++i) {
        const LabelledSequence s = generator.next(16);
        for (std::size_t p = 1; p < s.points.size(); ++p) {
            QVERIFY(s.points[p - 1].x <= s.points[p].x);
        }
    }
}

void TestCurveGenerator::noiseHasTheRequestedSpread()
{
    GeneratorConfig config;
    config.noise = 0.5;
    CurveGenerator generator(config);
    double sum2 = 0.0;
    int n = 0;
    for (int i = 0; i < 500; ++i) {
        const LabelledSequence s = generator.next(8);
        const ShapeFunction shape(config.families[static_cast<std::size_t>(s.label)].shape);
        for (const Point &p : s.points) {
            const double e = p.y - (s.k * shape(p.x) + s.b);
            sum2 += e * e;
            ++n;
        }
    }
    QVERIFY(std::abs(std::sqrt(sum2 / n) - 0.5) < 0.02);
}

void TestCurveGenerator::badConfigIsRefused_data()
{
    QTest::addColumn<GeneratorConfig>("config");
    GeneratorConfig c;
    c.length = 0;
    QTest::addRow("zero points per sequence") << c;
    c = GeneratorConfig{};
    c.noise = -1;
    QTest::addRow("negative noise") << c;
    c = GeneratorConfig{};
    c.noise = std::nan("");
    QTest::addRow("NaN noise") << c;
    c = GeneratorConfig{};
    c.families[2].x = {-5.0, 5.0};
    QTest::addRow("sqrt with negative x is rejected") << c;
    c = GeneratorConfig{};
    c.families[1].shape = "x^";
    QTest::addRow("unparsable shape") << c;
    c = GeneratorConfig{};
    c.families.resize(1);
    QTest::addRow("a single family cannot be classified") << c;
    c = GeneratorConfig{};
    c.families[0].k = {1.0, 0.0};
    QTest::addRow("empty k range") << c;
    c = GeneratorConfig{};
    c.families[0].k = {-1e308, 1e308};
    QTest::addRow("k range wider than the largest double") << c;
}

void TestCurveGenerator::badConfigIsRefused()
{
    QFETCH(GeneratorConfig, config);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CurveGenerator{config});
    // Worded, so that the app says it in its language; its English is what() exactly.
    try {
        CurveGenerator{config};
    } catch (const std::invalid_argument &e) {
        const auto *worded = dynamic_cast<const WordedError *>(&e);
        QVERIFY(worded);
        QCOMPARE(worded->message().english(), std::string(e.what()));
    }
}

QTEST_GUILESS_MAIN(TestCurveGenerator)
#include "tst_curvegenerator.moc"
