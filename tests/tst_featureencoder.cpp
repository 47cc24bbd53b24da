#include "curvegenerator.h"
#include "featureencoder.h"

#include <QTest>
#include <cmath>

using namespace curvelab;

Q_DECLARE_METATYPE(curvelab::PointSequence)
Q_DECLARE_METATYPE(curvelab::Preprocessing)

class TestFeatureEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featuresAreCausal_data();
    void featuresAreCausal();
    void rawFeaturesAreThePoints();
    void trueFamilyFitsExactlyFromThreePoints_data();
    void trueFamilyFitsExactlyFromThreePoints();
    void awkwardPointsGiveFiniteFeatures_data();
    void unitFreeFeaturesSeeTheBestFit();
    void awkwardPointsGiveFiniteFeatures();
    void pointOutsideAFamilyRangeIsFlagged();
};

void TestFeatureEncoder::featuresAreCausal_data()
{
    QTest::addColumn<Preprocessing>("preprocessing");
    QTest::addRow("family-fit") << Preprocessing::FamilyFit;
    QTest::addRow("unit-free") << Preprocessing::UnitFree;
}

void TestFeatureEncoder::featuresAreCausal()
{
    // What the network sees at point t may depend only on points 1..t: the canvas classifies
    // after every click.
    QFETCH(Preprocessing, preprocessing);
    GeneratorConfig config;
    config.noise = 0.5;
    CurveGenerator generator(config);
    FeatureEncoder encoder(preprocessing, originalFamilies());
    const int width = encoder.featureCount();
    for (int i = 0; i < 20; ++i) {
        const PointSequence points = generator.next(12).points;
        const std::vector<float> full = encoder.encode(points);
        for (std::size_t t = 1; t <= points.size(); ++t) {
            const std::vector<float> prefix =
                encoder.encode(PointSequence(points.begin(), points.begin() + t));
            QCOMPARE(prefix.size(), t * width);
            QVERIFY(std::equal(prefix.begin(), prefix.end(), full.begin()));
        }
    }
}

void TestFeatureEncoder::rawFeaturesAreThePoints()
{
    FeatureEncoder encoder(Preprocessing::Raw, originalFamilies());
    QCOMPARE(encoder.featureCount(), 2);
    const std::vector<float> f = encoder.encode({{5.5, 7.25}, {12.0, -3.0}});
    QCOMPARE(f, (std::vector<float>{5.5f, 7.25f, 12.0f, -3.0f}));
}

void TestFeatureEncoder::trueFamilyFitsExactlyFromThreePoints_data()
{
    QTest::addColumn<int>("family");
    QTest::addRow("line") << 0;
    QTest::addRow("parabola") << 1;
    QTest::addRow("sqrt") << 2;
}

void TestFeatureEncoder::trueFamilyFitsExactlyFromThreePoints()
{
    QFETCH(int, family);
    CurveGenerator generator(GeneratorConfig{});
    FeatureEncoder encoder(Preprocessing::FamilyFit, originalFamilies());
    constexpr int kCommon = 3;
    constexpr int kPerFamily = 5;
    constexpr int kResidual = 2;
    int separated = 0;
    constexpr int kTrials = 100;
    for (int i = 0; i < kTrials; ++i) {
        const PointSequence points = generator.sample(family, 3).points;
        const std::vector<float> f = encoder.encode(points);
        const std::size_t row = 2 * static_cast<std::size_t>(encoder.featureCount());
        const float own = f[row + kCommon + kPerFamily * family + kResidual];
        QVERIFY2(own < 1e-3f, qPrintable(QString::number(own)));
        bool othersLarger = true;
        for (int other = 0; other < 3; ++other) {
            if (other != family) {
                othersLarger =
                    othersLarger && f[row + kCommon + kPerFamily * other + kResidual] > own;
            }
        }
        separated += othersLarger;
    }
    // Nearly always: only when k is tiny do the other fits come as close.
    QVERIFY2(separated > kTrials * 9 / 10, qPrintable(QString::number(separated)));
}

void TestFeatureEncoder::awkwardPointsGiveFiniteFeatures_data()
{
    QTest::addColumn<PointSequence>("points");
    QTest::addColumn<Preprocessing>("preprocessing");
    const std::pair<const char *, PointSequence> awkward[] = {
        {"a single point", {{7, 3}}},
        {"duplicate x", {{7, 3}, {7, 3}, {7, 4}}},
        {"huge values", {{1e12, -1e15}, {-1e12, 1e15}, {3, 1e300}}},
        {"negative x, outside sqrt's domain", {{-4, 1}, {-2, 2}, {0, 1}}},
        {"zero everywhere", {{0, 0}, {0, 0}}},
        {"a tiny spread far from 0", {{1, 39.3647153}, {2, 39.3647151}, {3, 39.3647152}}}};
    for (const auto &[name, points] : awkward) {
        QTest::addRow("%s, family-fit", name) << points << Preprocessing::FamilyFit;
        QTest::addRow("%s, unit-free", name) << points << Preprocessing::UnitFree;
    }
}

void TestFeatureEncoder::awkwardPointsGiveFiniteFeatures()
{
    QFETCH(PointSequence, points);
    QFETCH(Preprocessing, preprocessing);
    FeatureEncoder encoder(preprocessing, originalFamilies());
    for (float v : encoder.encode(points)) {
        QVERIFY(std::isfinite(v));
    }
}

void TestFeatureEncoder::unitFreeFeaturesSeeTheBestFit()
{
    // Exact points of a parabola: its misfit is at the floor (-1) and it is the best family (a
    // gap of 0), while the line and the root fit worse.
    FeatureEncoder encoder(Preprocessing::UnitFree, originalFamilies());
    const std::vector<float> f = encoder.encode({{1, 3}, {2, 6}, {3, 11}, {4, 18}});
    const auto row = static_cast<std::size_t>(3 * encoder.featureCount());
    constexpr std::size_t kCommon = 3;
    constexpr std::size_t kPerFamily = 5;
    const auto at = [&](std::size_t family, std::size_t feature) {
        return f[row + kCommon + kPerFamily * family + feature];
    };
    QCOMPARE(at(1, 0), -1.0f);
    QCOMPARE(at(1, 2), 0.0f);
    QVERIFY(at(0, 0) > -0.5f && at(2, 0) > -0.5f);
    QVERIFY(at(0, 2) > 0.5f && at(2, 2) > 0.5f);
    QCOMPARE(encoder.featureNames().size(), static_cast<std::size_t>(encoder.featureCount()));
}

void TestFeatureEncoder::pointOutsideAFamilyRangeIsFlagged()
{
    FeatureEncoder encoder(Preprocessing::FamilyFit, originalFamilies());
    const std::vector<float> f = encoder.encode({{12.0, 4.0}});
    constexpr int kCommon = 3;
    constexpr int kPerFamily = 5;
    constexpr int kInRange = 4;
    QCOMPARE(f[kCommon + kInRange], 1.0f);                  // line allows x = 12
    QCOMPARE(f[kCommon + 2 * kPerFamily + kInRange], 0.0f); // sqrt stops at 10
}

QTEST_GUILESS_MAIN(TestFeatureEncoder)
#include "tst_featureencoder.moc"
