#include "configjson.h"
#include "curvesview.h"
#include "familypalette.h"
#include "metatypes.h"
#include "presets.h"
#include "setuppanel.h"
#include "uitestsupport.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <algorithm>
#include <stdexcept>

using namespace curvelab;
using curvelab::test::edit;
using curvelab::test::field;

namespace {

// Applies edits written "field=value".
void apply(QWidget &panel, const QStringList &edits)
{
    for (const QString &e : edits) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        edit(panel, e.left(eq), e.mid(eq + 1));
    }
}

bool isMarked(QWidget *w)
{
    // In the widget's own colour group: a greyed field (the window of a memory cell) has the
    // disabled group's base, which is no mark.
    const QPalette::ColorGroup group = w->palette().currentColorGroup();
    return w->palette().color(group, QPalette::Base) !=
           QApplication::palette(w).color(group, QPalette::Base);
}

// The widgets a user types into, ticks or picks from; a spin box's own line edit is part of it.
QList<QWidget *> inputWidgets(QWidget &root)
{
    QList<QWidget *> inputs;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        const bool inner = qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                           qobject_cast<QComboBox *>(w->parentWidget());
        if (!inner && (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
                       qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w))) {
            inputs.append(w);
        }
    }
    return inputs;
}

TrainingConfig mlpConfig(int window)
{
    TrainingConfig c = presetByName("recommended").config;
    c.model.options.cell = CellType::Mlp;
    c.model.options.window = window;
    return c;
}

} // namespace

class TestSetupPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetRoundTrips_data();
    void presetRoundTrips();
    void firstDifferenceNamesTheField_data();
    void firstDifferenceNamesTheField();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void refusalClearsWhenFixed();
    void spinBoxRangePreventsZeroHiddenSize();
    void mlpAndWindowRoundTrip_data();
    void mlpAndWindowRoundTrip();
    void windowIsEditableOnlyForTheMlp();
    void windowEditNeedsNewWeights();
    void editEmitsWhatItChanges_data();
    void editEmitsWhatItChanges();
    void trainingLocksAllButLearningRate_data();
    void trainingLocksAllButLearningRate();
    void everyInputHasATooltip();
    void curvesViewDrawsEveryFamily_data();
    void curvesViewDrawsEveryFamily();
    void regenerateChangesThePoints();
    void fixedPerRunDrawsOneCurvePerFamily();
    void logScaleUsesALogAxis();
    void invalidGeneratorDrawsNothing();
    void configJsonRoundTrips_data();
    void configJsonRoundTrips();
    void configJsonWithoutWindowKeepsTheDefault();
    void configJsonRefusesABadWindow_data();
    void configJsonRefusesABadWindow();
};

void TestSetupPanel::presetRoundTrips_data()
{
    QTest::addColumn<QString>("preset");
    for (const Preset &p : presets()) {
        const QString name = QString::fromStdString(p.name);
        QTest::addRow("%s preset round-trips", qPrintable(name)) << name;
    }
}

void TestSetupPanel::presetRoundTrips()
{
    QFETCH(QString, preset);
    const TrainingConfig expected = presetByName(preset.toStdString()).config;
    SetupPanel panel;
    // From another preset, so that every field has to change.
    panel.loadPreset(preset == QLatin1String("recommended") ? QStringLiteral("question")
                                                            : QStringLiteral("recommended"));
    panel.setConfig(expected);
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));
    QCOMPARE(firstDifference(panel.config(), expected), QString());
    QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("preset"))->currentText(), preset);

    SetupPanel fromCombo;
    fromCombo.loadPreset(preset);
    QCOMPARE(firstDifference(fromCombo.config(), expected), QString());
}

void TestSetupPanel::firstDifferenceNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addRow("equal configs differ nowhere") << QString();
    QTest::addRow("learning rate is named") << QStringLiteral("learningRate");
    QTest::addRow("a family range is named") << QStringLiteral("generator.families");
    QTest::addRow("hidden size is named") << QStringLiteral("model.options.hiddenSize");
    QTest::addRow("the mlp's window is named") << QStringLiteral("model.options.window");
    QTest::addRow("a hidden field is named too") << QStringLiteral("evalInterval");
}

void TestSetupPanel::firstDifferenceNamesTheField()
{
    QFETCH(QString, field);
    const TrainingConfig a = presetByName("recommended").config;
    TrainingConfig b = a;
    if (field == QLatin1String("learningRate")) {
        b.learningRate *= 2;
    } else if (field == QLatin1String("generator.families")) {
        b.generator.families[1].x.hi += 1;
    } else if (field == QLatin1String("model.options.hiddenSize")) {
        b.model.options.hiddenSize += 1;
    } else if (field == QLatin1String("model.options.window")) {
        b.model.options.window += 1;
    } else if (field == QLatin1String("evalInterval")) {
        b.evalInterval += 1;
    }
    QCOMPARE(firstDifference(a, b), field);
}

void TestSetupPanel::invalidInputIsRefused_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("marked");
    QTest::addRow("learning rate 0 is refused")
        << QStringList{"learningRate=0"} << "learning rate must be greater than 0"
        << "learningRate";
    QTest::addRow("negative learning rate is refused")
        << QStringList{"learningRate=-0.1"} << "learning rate"
        << "learningRate";
    QTest::addRow("learning rate that is no number is refused")
        << QStringList{"learningRate=fast"} << "must be a number"
        << "learningRate";
    QTest::addRow("x range with low above high is refused")
        << QStringList{"family.line.x=15..5"} << "low < high"
        << "family.line.x";
    QTest::addRow("x range with low equal to high is refused")
        << QStringList{"family.parabola.x=5..5"} << "low < high"
        << "family.parabola.x";
    QTest::addRow("k range with low above high is refused")
        << QStringList{"family.line.k=1..0"} << "the k range"
        << "family.line.k";
    QTest::addRow("range not written low..high is refused")
        << QStringList{"family.line.b=0 5"} << "low..high"
        << "family.line.b";
    QTest::addRow("sqrt x range reaching negative x is refused")
        << QStringList{"family.sqrt.x=-5..10"} << "undefined at x"
        << "family.sqrt.x";
    QTest::addRow("only one family ticked is refused")
        << QStringList{"family.parabola.enabled=off", "family.sqrt.enabled=off"}
        << "at least two families"
        << "";
    QTest::addRow("hidden size above the core's limit is refused")
        << QStringList{"hiddenSize=5000"} << "hidden size must be between"
        << "hiddenSize";
    QTest::addRow("more layers than the core allows is refused")
        << QStringList{"layers=9"} << "layers must be between"
        << "layers";
    QTest::addRow("no step, time or accuracy budget is refused")
        << QStringList{"maxSteps=0", "maxSeconds=0", "targetAccuracy=0"} << "never stops"
        << "maxSteps";
    QTest::addRow("seed that is no number is refused")
        << QStringList{"seed=abc"} << "seed must be a whole number"
        << "seed";
}

void TestSetupPanel::invalidInputIsRefused()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, reason);
    QFETCH(QString, marked);
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.isValid());
    apply(panel, edits);
    QVERIFY(!panel.isValid());
    QVERIFY2(panel.errorText().contains(reason, Qt::CaseInsensitive),
             qPrintable(panel.errorText()));
    auto *label = panel.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), panel.errorText());
    // The offending field is marked, and only it.
    for (QWidget *w : inputWidgets(panel)) {
        QVERIFY2(isMarked(w) == (w->objectName() == marked), qPrintable(w->objectName()));
    }
}

void TestSetupPanel::refusalClearsWhenFixed()
{
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    apply(panel, {"family.line.x=15..5"});
    QVERIFY(!panel.isValid());
    apply(panel, {"family.line.x=5..15"});
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));
    QVERIFY(panel.errorText().isEmpty());
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY(!isMarked(field(panel, QStringLiteral("family.line.x"))));
}

void TestSetupPanel::spinBoxRangePreventsZeroHiddenSize()
{
    SetupPanel panel;
    auto *hidden = panel.findChild<QSpinBox *>(QStringLiteral("hiddenSize"));
    QCOMPARE(hidden->minimum(), 1);
    hidden->setValue(0);
    QCOMPARE(hidden->value(), 1);
    QCOMPARE(panel.config().model.options.hiddenSize, 1);
    QVERIFY(panel.isValid());
}

void TestSetupPanel::mlpAndWindowRoundTrip_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("window");
    QTest::addRow("mlp with the smallest window round-trips") << int(CellType::Mlp) << 1;
    QTest::addRow("mlp with the default window round-trips") << int(CellType::Mlp) << 4;
    QTest::addRow("mlp with the largest window round-trips") << int(CellType::Mlp) << 64;
    // The box keeps the value while greyed, so switching to the mlp finds it again.
    QTest::addRow("gru keeps a window it does not read") << int(CellType::Gru) << 9;
}

void TestSetupPanel::mlpAndWindowRoundTrip()
{
    QFETCH(int, cell);
    QFETCH(int, window);
    TrainingConfig expected = mlpConfig(window);
    expected.model.options.cell = static_cast<CellType>(cell);
    SetupPanel panel;
    panel.setConfig(expected);
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));
    QCOMPARE(firstDifference(panel.config(), expected), QString());
    QCOMPARE(panel.config().model.options.window, window);
    QCOMPARE(field(panel, QStringLiteral("window"))->isEnabled(),
             expected.model.options.cell == CellType::Mlp);
}

void TestSetupPanel::windowIsEditableOnlyForTheMlp()
{
    SetupPanel panel;
    auto *window = panel.findChild<QSpinBox *>(QStringLiteral("window"));
    QCOMPARE(window->minimum(), 1);
    QCOMPARE(window->maximum(), 64);
    QCOMPARE(window->value(), ModelOptions{}.window);
    QVERIFY(!window->isEnabled()); // the recommended preset is an lstm
    edit(panel, QStringLiteral("cell"), QStringLiteral("mlp"));
    QVERIFY(window->isEnabled());
    panel.setTrainingActive(true);
    QVERIFY(!window->isEnabled());
    panel.setTrainingActive(false);
    QVERIFY(window->isEnabled());
    edit(panel, QStringLiteral("cell"), QStringLiteral("rnn"));
    QVERIFY(!window->isEnabled());
}

void TestSetupPanel::windowEditNeedsNewWeights()
{
    SetupPanel panel;
    panel.setConfig(mlpConfig(4));
    QSignalSpy generatorSpy(&panel, &SetupPanel::generatorChanged);
    QSignalSpy modelSpy(&panel, &SetupPanel::modelChanged);
    edit(panel, QStringLiteral("window"), QStringLiteral("8"));
    QCOMPARE(panel.config().model.options.window, 8);
    QCOMPARE(generatorSpy.count(), 0);
    QCOMPARE(modelSpy.count(), 1);
}

void TestSetupPanel::editEmitsWhatItChanges_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<int>("generator");
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("learningRate");
    QTest::addRow("noise change redraws the curves only")
        << QStringList{"noise=0.5"} << 1 << 0 << 0;
    QTest::addRow("points per curve change redraws the curves only")
        << QStringList{"length=12"} << 1 << 0 << 0;
    QTest::addRow("x order change redraws the curves only")
        << QStringList{"xOrder=sorted"} << 1 << 0 << 0;
    QTest::addRow("k,b mode change redraws the curves only")
        << QStringList{"kbMode=fixed per run"} << 1 << 0 << 0;
    QTest::addRow("seed change redraws the curves only") << QStringList{"seed=7"} << 1 << 0 << 0;
    QTest::addRow("hidden size change needs new weights only")
        << QStringList{"hiddenSize=32"} << 0 << 1 << 0;
    QTest::addRow("cell change needs new weights only") << QStringList{"cell=gru"} << 0 << 1 << 0;
    QTest::addRow("choosing the mlp needs new weights only")
        << QStringList{"cell=mlp"} << 0 << 1 << 0;
    QTest::addRow("features change needs new weights only")
        << QStringList{"features=raw"} << 0 << 1 << 0;
    QTest::addRow("x range change redraws and needs new weights")
        << QStringList{"family.line.x=0..10"} << 1 << 1 << 0;
    QTest::addRow("unticking a family redraws and needs new weights")
        << QStringList{"family.sqrt.enabled=off"} << 1 << 1 << 0;
    QTest::addRow("learning rate change touches nothing else")
        << QStringList{"learningRate=0.01"} << 0 << 0 << 1;
    QTest::addRow("batch size change needs neither") << QStringList{"batchSize=32"} << 0 << 0 << 0;
    QTest::addRow("refused learning rate emits nothing")
        << QStringList{"learningRate=0"} << 0 << 0 << 0;
    QTest::addRow("refused x range emits nothing")
        << QStringList{"family.line.x=9..1"} << 0 << 0 << 0;
}

void TestSetupPanel::editEmitsWhatItChanges()
{
    QFETCH(QStringList, edits);
    QFETCH(int, generator);
    QFETCH(int, model);
    QFETCH(int, learningRate);
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy configSpy(&panel, &SetupPanel::configChanged);
    QSignalSpy generatorSpy(&panel, &SetupPanel::generatorChanged);
    QSignalSpy modelSpy(&panel, &SetupPanel::modelChanged);
    QSignalSpy lrSpy(&panel, &SetupPanel::learningRateChanged);
    apply(panel, edits);
    QCOMPARE(configSpy.count(), 1);
    QCOMPARE(generatorSpy.count(), generator);
    QCOMPARE(modelSpy.count(), model);
    QCOMPARE(lrSpy.count(), learningRate);
    if (learningRate > 0) {
        QCOMPARE(lrSpy.first().first().toDouble(), panel.config().learningRate);
    }
}

void TestSetupPanel::trainingLocksAllButLearningRate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("editableWhileTraining");
    QTest::addRow("learning rate stays editable") << "learningRate" << true;
    QTest::addRow("learning rate x10 stays editable") << "learningRateUp" << true;
    QTest::addRow("hidden size is locked") << "hiddenSize" << false;
    QTest::addRow("preset is locked") << "preset" << false;
    QTest::addRow("noise is locked") << "noise" << false;
    QTest::addRow("optimizer is locked") << "optimizer" << false;
    QTest::addRow("seed is locked") << "seed" << false;
    QTest::addRow("family ticks are locked") << "family.line.enabled" << false;
    QTest::addRow("family ranges are locked") << "family.sqrt.x" << false;
}

void TestSetupPanel::trainingLocksAllButLearningRate()
{
    QFETCH(QString, name);
    QFETCH(bool, editableWhileTraining);
    SetupPanel panel;
    panel.setTrainingActive(true);
    QCOMPARE(field(panel, name)->isEnabled(), editableWhileTraining);
    // Rows rebuilt while training (a config loaded) are locked as well.
    panel.setConfig(presetByName("answer").config);
    QCOMPARE(field(panel, name)->isEnabled(), editableWhileTraining);
    panel.setTrainingActive(false);
    QVERIFY(field(panel, name)->isEnabled());
}

void TestSetupPanel::everyInputHasATooltip()
{
    SetupPanel panel;
    CurvesView view;
    QStringList missing;
    int checked = 0;
    for (QWidget *root : {static_cast<QWidget *>(&panel), static_cast<QWidget *>(&view)}) {
        for (QWidget *w : inputWidgets(*root)) {
            ++checked;
            if (w->toolTip().trimmed().isEmpty()) {
                missing << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                         w->metaObject()->className());
            }
        }
    }
    QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

void TestSetupPanel::curvesViewDrawsEveryFamily_data()
{
    QTest::addColumn<int>("perFamily");
    QTest::addRow("one curve per family") << 1;
    QTest::addRow("three curves per family") << 3;
    QTest::addRow("five curves per family") << 5;
}

void TestSetupPanel::curvesViewDrawsEveryFamily()
{
    QFETCH(int, perFamily);
    const GeneratorConfig config = presetByName("recommended").config.generator;
    const int families = static_cast<int>(config.families.size());
    CurvesView view;
    view.setSequencesPerFamily(perFamily);
    view.setGeneratorConfig(config);
    // Legend markers report visibility only once the chart is on screen.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.sampleCount(), families * perFamily);
    for (int f = 0; f < families; ++f) {
        const auto inFamily =
            std::count_if(view.samples().begin(), view.samples().end(),
                          [f](const LabelledSequence &s) { return s.label == f; });
        QCOMPARE(static_cast<int>(inFamily), perFamily);
    }
    for (const LabelledSequence &s : view.samples()) {
        QCOMPARE(static_cast<int>(s.points.size()), config.length);
    }

    QChart *chart = view.findChild<QChartView *>(QStringLiteral("curvesChart"))->chart();
    // Points and curve for every sequence.
    QCOMPARE(chart->series().size(), 2 * families * perFamily);
    int legendEntries = 0;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        legendEntries += marker->isVisible() ? 1 : 0;
    }
    QCOMPARE(legendEntries, families);
    for (int i = 0; i < view.sampleCount(); ++i) {
        auto *points = qobject_cast<QScatterSeries *>(chart->series().at(2 * i + 1));
        QVERIFY(points);
        QCOMPARE(points->color(), FamilyPalette::color(view.samples()[i].label));
        QCOMPARE(points->count(), config.length);
    }
}

void TestSetupPanel::regenerateChangesThePoints()
{
    CurvesView view;
    view.setGeneratorConfig(presetByName("recommended").config.generator);
    const std::vector<LabelledSequence> before = view.samples();
    view.regenerate();
    const std::vector<LabelledSequence> &after = view.samples();
    QCOMPARE(after.size(), before.size());
    int moved = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        moved += before[i].points.front().x != after[i].points.front().x ? 1 : 0;
    }
    QCOMPARE(moved, static_cast<int>(before.size()));
}

void TestSetupPanel::fixedPerRunDrawsOneCurvePerFamily()
{
    CurvesView view;
    view.setGeneratorConfig(presetByName("answer").config.generator);
    for (const LabelledSequence &s : view.samples()) {
        const LabelledSequence &first =
            view.samples()[static_cast<std::size_t>(s.label * view.sequencesPerFamily())];
        QCOMPARE(s.k, first.k);
        QCOMPARE(s.b, first.b);
    }
}

void TestSetupPanel::logScaleUsesALogAxis()
{
    CurvesView view;
    QChart *chart = view.findChild<QChartView *>(QStringLiteral("curvesChart"))->chart();
    QVERIFY(chart->axes(Qt::Vertical).size() == 1);
    QVERIFY(!qobject_cast<QLogValueAxis *>(chart->axes(Qt::Vertical).first()));
    view.setLogY(true);
    QCOMPARE(chart->axes(Qt::Vertical).size(), 1);
    QVERIFY(qobject_cast<QLogValueAxis *>(chart->axes(Qt::Vertical).first()));
    QCOMPARE(chart->series().size(), 2 * view.sampleCount());
}

void TestSetupPanel::invalidGeneratorDrawsNothing()
{
    GeneratorConfig config;
    config.families.resize(1);
    CurvesView view;
    view.setGeneratorConfig(config);
    QCOMPARE(view.sampleCount(), 0);
    QVERIFY(
        view.findChild<QChartView *>(QStringLiteral("curvesChart"))->chart()->series().isEmpty());
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("curvesNote"))->text().isEmpty());
}

void TestSetupPanel::configJsonRoundTrips_data()
{
    QTest::addColumn<TrainingConfig>("config");
    for (const Preset &p : presets()) {
        QTest::addRow("%s preset round-trips through JSON", p.name.c_str()) << p.config;
    }
    QTest::addRow("mlp with window 9 round-trips through JSON") << mlpConfig(9);
    TrainingConfig gru = mlpConfig(7);
    gru.model.options.cell = CellType::Gru;
    QTest::addRow("a window the gru does not read round-trips too") << gru;
}

void TestSetupPanel::configJsonRoundTrips()
{
    QFETCH(TrainingConfig, config);
    const QJsonObject json = configToJson(config);
    QCOMPARE(json.value(QStringLiteral("window")).toInt(), config.model.options.window);
    // From another preset, so that a field the JSON dropped would show as a difference.
    const TrainingConfig base = presetByName("question").config;
    QCOMPARE(firstDifference(configFromJson(json, base), config), QString());
}

void TestSetupPanel::configJsonWithoutWindowKeepsTheDefault()
{
    QJsonObject old = configToJson(mlpConfig(12));
    old.remove(QStringLiteral("window"));
    const TrainingConfig loaded = configFromJson(old, presetByName("recommended").config);
    QVERIFY(loaded.model.options.cell == CellType::Mlp);
    QCOMPARE(loaded.model.options.window, 4);
}

void TestSetupPanel::configJsonRefusesABadWindow_data()
{
    QTest::addColumn<QJsonValue>("window");
    QTest::addColumn<QString>("reason");
    QTest::addRow("window 0 for the mlp is refused") << QJsonValue(0) << "window must be between";
    QTest::addRow("window 65 for the mlp is refused") << QJsonValue(65) << "window must be between";
    QTest::addRow("fractional window is refused")
        << QJsonValue(2.5) << "\"window\" must be a whole number";
    QTest::addRow("window written as text is refused")
        << QJsonValue(QStringLiteral("4")) << "\"window\" must be a number";
}

void TestSetupPanel::configJsonRefusesABadWindow()
{
    QFETCH(QJsonValue, window);
    QFETCH(QString, reason);
    QJsonObject json = configToJson(mlpConfig(4));
    json.insert(QStringLiteral("window"), window);
    try {
        configFromJson(json, presetByName("recommended").config);
        QFAIL("a bad window was accepted");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(reason), e.what());
    }
}

QTEST_MAIN(TestSetupPanel)
#include "tst_setuppanel.moc"
