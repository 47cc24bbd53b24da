#include "configjson.h"
#include "curvesview.h"
#include "familydialog.h"
#include "familypalette.h"
#include "metatypes.h"
#include "presets.h"
#include "setuppanel.h"
#include "uitestsupport.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <algorithm>
#include <stdexcept>

using namespace curvelab;
using curvelab::test::edit;
using curvelab::test::field;
using curvelab::test::typeOver;

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

// A family of the user's, as the family dialog makes them.
FunctionFamily userFamily(const QString &name)
{
    FunctionFamily family = FamilyDialog::newFamily({});
    family.name = name.toStdString();
    return family;
}

QStringList namesOf(const std::vector<FunctionFamily> &families)
{
    QStringList names;
    for (const FunctionFamily &f : families) {
        names << QString::fromStdString(f.name);
    }
    return names;
}

QStringList tickedNames(const SetupPanel &panel)
{
    return namesOf(panel.config().generator.families);
}

bool isTicked(QWidget &panel, const QString &family)
{
    return qobject_cast<QCheckBox *>(
               field(panel, QLatin1String("family.") + family + QLatin1String(".enabled")))
        ->isChecked();
}

void click(QWidget &root, const QString &name)
{
    QTest::mouseClick(qobject_cast<QAbstractButton *>(field(root, name)), Qt::LeftButton);
}

// The family dialog the panel has open, if any. Closed ones linger until deleted later.
FamilyDialog *openDialog(SetupPanel &panel)
{
    for (FamilyDialog *dialog : panel.findChildren<FamilyDialog *>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

void pressOk(FamilyDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// A field in each section, by section id.
const QList<std::pair<QString, QString>> kSectionFields = {
    {QStringLiteral("preset"), QStringLiteral("preset")},
    {QStringLiteral("families"), QStringLiteral("family.line.x")},
    {QStringLiteral("families"), QStringLiteral("addFamily")},
    {QStringLiteral("data"), QStringLiteral("noise")},
    {QStringLiteral("model"), QStringLiteral("hiddenSize")},
    {QStringLiteral("training"), QStringLiteral("learningRate")}};

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
    void addedFamilyIsTickedAndNeedsNewWeights();
    void addFamilyButtonOpensTheDialog();
    void addDialogRefusesTakenNames();
    void addingATakenNameChangesNothing();
    void editKeepsTheTick_data();
    void editKeepsTheTick();
    void renamedOriginalComesBackUnticked();
    void onlyAddedFamiliesCanBeRemoved();
    void ninthTickedFamilyIsRefused();
    void untickedFamiliesRoundTrip();
    void presetKeepsAddedFamilies();
    void drawnWorldGreysTheRangesItDoesNotRead();
    void sectionsCanBeHidden_data();
    void sectionsCanBeHidden();
    void sectionHiddenBeforeShowStaysHidden();
    void trainingClosesTheFamilyDialog();
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
    QTest::addRow("k and b fixed per run in the drawn world are refused")
        << QStringList{"world=drawn: any scale", "kbMode=fixed per run"} << "seed world"
        << "kbMode";
}

void TestSetupPanel::invalidInputIsRefused()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, reason);
    QFETCH(QString, marked);
    SetupPanel panel;
    panel.loadPreset(QStringLiteral("seed")); // where every family range counts
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
    panel.loadPreset(QStringLiteral("seed"));
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
    QTest::addRow("world change redraws the curves only")
        << QStringList{"world=drawn: any scale"} << 1 << 0 << 0;
    QTest::addRow("a noise level per curve redraws the curves only")
        << QStringList{"noisePerSequence=off"} << 1 << 0 << 0;
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
    panel.loadPreset(QStringLiteral("seed"));
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
    QTest::addRow("adding a family is locked") << "addFamily" << false;
    QTest::addRow("editing a family is locked") << "family.line.edit" << false;
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

    // Points and curve for every sequence.
    QCOMPARE(view.drawnSeriesCount(), 2 * families * perFamily);
    QCOMPARE(view.legendEntryCount(), families);
    for (int i = 0; i < view.sampleCount(); ++i) {
        QCOMPARE(view.drawnPointsColor(i), FamilyPalette::color(view.samples()[i].label));
        QCOMPARE(view.drawnPointCount(i), config.length);
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
    QVERIFY(view.yAxisCount() == 1);
    QVERIFY(!view.drawsLogYAxis());
    view.setLogY(true);
    QCOMPARE(view.yAxisCount(), 1);
    QVERIFY(view.drawsLogYAxis());
    QCOMPARE(view.drawnSeriesCount(), 2 * view.sampleCount());
}

void TestSetupPanel::invalidGeneratorDrawsNothing()
{
    GeneratorConfig config;
    config.families.resize(1);
    CurvesView view;
    view.setGeneratorConfig(config);
    QCOMPARE(view.sampleCount(), 0);
    QCOMPARE(view.drawnSeriesCount(), 0);
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

void TestSetupPanel::addedFamilyIsTickedAndNeedsNewWeights()
{
    SetupPanel panel;
    QSignalSpy configSpy(&panel, &SetupPanel::configChanged);
    QSignalSpy generatorSpy(&panel, &SetupPanel::generatorChanged);
    QSignalSpy modelSpy(&panel, &SetupPanel::modelChanged);
    QVERIFY(panel.addFamily(userFamily(QStringLiteral("wave"))));
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));
    QCOMPARE(tickedNames(panel), (QStringList{"line", "parabola", "sqrt", "wave"}));
    QCOMPARE(panel.config().model.families, panel.config().generator.families);
    QCOMPARE(panel.config().generator.families.back(), userFamily(QStringLiteral("wave")));
    QVERIFY(isTicked(panel, QStringLiteral("wave")));
    QCOMPARE(configSpy.count(), 1);
    QCOMPARE(generatorSpy.count(), 1);
    QCOMPARE(modelSpy.count(), 1);
}

void TestSetupPanel::addFamilyButtonOpensTheDialog()
{
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy modelSpy(&panel, &SetupPanel::modelChanged);
    click(panel, QStringLiteral("addFamily"));
    FamilyDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add family"));
    typeOver(*dialog, QStringLiteral("name"), QStringLiteral("growth"));
    typeOver(*dialog, QStringLiteral("formula"), QStringLiteral("k*exp(x/10)+b"));
    typeOver(*dialog, QStringLiteral("x"), QStringLiteral("0..20"));
    pressOk(*dialog);
    QVERIFY(!openDialog(panel));
    QCOMPARE(modelSpy.count(), 1);
    QCOMPARE(panel.config().generator.families.back(),
             (FunctionFamily{"growth", "k*exp(x/10)+b", {0, 20}, {0.5, 2}, {-1, 1}}));
    QCOMPARE(qobject_cast<QLineEdit *>(field(panel, QStringLiteral("family.growth.x")))->text(),
             QStringLiteral("0..20"));
}

void TestSetupPanel::addDialogRefusesTakenNames()
{
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy configSpy(&panel, &SetupPanel::configChanged);
    click(panel, QStringLiteral("addFamily"));
    FamilyDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    typeOver(*dialog, QStringLiteral("name"), QStringLiteral("sqrt"));
    QVERIFY(!dialog->isValid());
    QVERIFY2(dialog->errorText().contains(QLatin1String("already named")),
             qPrintable(dialog->errorText()));
    dialog->reject();
    QCOMPARE(configSpy.count(), 0);
    QCOMPARE(tickedNames(panel), (QStringList{"line", "parabola", "sqrt"}));
}

void TestSetupPanel::addingATakenNameChangesNothing()
{
    SetupPanel panel;
    QSignalSpy configSpy(&panel, &SetupPanel::configChanged);
    FunctionFamily line = userFamily(QStringLiteral("line"));
    QVERIFY(!panel.addFamily(line));
    QCOMPARE(configSpy.count(), 0);
    QCOMPARE(panel.config().generator.families, originalFamilies());
}

void TestSetupPanel::editKeepsTheTick_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("ticked");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("model");
    QTest::addRow("editing a ticked family's formula needs new weights")
        << "line" << true << "formula"
        << "x^3" << 1;
    QTest::addRow("editing a ticked family's k range needs new weights")
        << "parabola" << true << "k"
        << "0..2" << 1;
    QTest::addRow("editing an unticked family leaves the config as it was")
        << "sqrt" << false << "formula"
        << "sqrt(x+1)" << 0;
    QTest::addRow("editing an added family needs new weights") << "wave" << true << "b"
                                                               << "0..3" << 1;
    QTest::addRow("renaming an added family needs new weights") << "wave" << true << "name"
                                                                << "ripple" << 1;
}

void TestSetupPanel::editKeepsTheTick()
{
    QFETCH(QString, family);
    QFETCH(bool, ticked);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(int, model);
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.addFamily(userFamily(QStringLiteral("wave"))));
    if (!ticked) {
        edit(panel, QLatin1String("family.") + family + QLatin1String(".enabled"),
             QStringLiteral("off"));
    }
    QSignalSpy configSpy(&panel, &SetupPanel::configChanged);
    QSignalSpy modelSpy(&panel, &SetupPanel::modelChanged);
    click(panel, QLatin1String("family.") + family + QLatin1String(".edit"));
    FamilyDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit family \"%1\"").arg(family));
    typeOver(*dialog, field, text);
    QVERIFY2(dialog->isValid(), qPrintable(dialog->errorText()));
    const FunctionFamily edited = dialog->family();
    pressOk(*dialog);

    const QString name = QString::fromStdString(edited.name);
    QCOMPARE(isTicked(panel, name), ticked);
    QCOMPARE(configSpy.count(), 1);
    QCOMPARE(modelSpy.count(), model);
    const std::vector<FunctionFamily> listed =
        ticked ? panel.config().generator.families : panel.untickedFamilies();
    QVERIFY(std::find(listed.begin(), listed.end(), edited) != listed.end());
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));
}

void TestSetupPanel::renamedOriginalComesBackUnticked()
{
    SetupPanel panel;
    FunctionFamily straight = originalFamilies()[0];
    straight.name = "straight";
    QVERIFY(panel.replaceFamily(QStringLiteral("line"), straight));
    QCOMPARE(tickedNames(panel), (QStringList{"straight", "parabola", "sqrt"}));
    // The question's families always come back.
    QVERIFY(!isTicked(panel, QStringLiteral("line")));
    QCOMPARE(panel.untickedFamilies(), std::vector<FunctionFamily>{originalFamilies()[0]});
    // A family cannot take another one's name.
    FunctionFamily clash = straight;
    clash.name = "parabola";
    QVERIFY(!panel.replaceFamily(QStringLiteral("straight"), clash));
    QVERIFY(!panel.replaceFamily(QStringLiteral("nowhere"), straight));
    QCOMPARE(tickedNames(panel), (QStringList{"straight", "parabola", "sqrt"}));
}

void TestSetupPanel::onlyAddedFamiliesCanBeRemoved()
{
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.addFamily(userFamily(QStringLiteral("wave"))));
    for (const FunctionFamily &original : originalFamilies()) {
        const QString name = QString::fromStdString(original.name);
        QVERIFY2(
            !panel.findChild<QWidget *>(QLatin1String("family.") + name + QLatin1String(".remove")),
            qPrintable(name));
        QVERIFY(!panel.removeFamily(name));
    }
    QSignalSpy modelSpy(&panel, &SetupPanel::modelChanged);
    click(panel, QStringLiteral("family.wave.remove"));
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("family.wave.enabled")));
    QCOMPARE(tickedNames(panel), (QStringList{"line", "parabola", "sqrt"}));
    QCOMPARE(modelSpy.count(), 1);
    QVERIFY(panel.untickedFamilies().empty());
    QVERIFY(!panel.removeFamily(QStringLiteral("wave")));
}

void TestSetupPanel::ninthTickedFamilyIsRefused()
{
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(panel.addFamily(userFamily(QStringLiteral("wave %1").arg(i))));
    }
    QCOMPARE(tickedNames(panel).size(), 8);
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));
    // A family added to eight ticked ones comes unticked, so the panel stays usable.
    QVERIFY(panel.addFamily(userFamily(QStringLiteral("wave 6"))));
    QVERIFY(!isTicked(panel, QStringLiteral("wave 6")));
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));

    QSignalSpy generatorSpy(&panel, &SetupPanel::generatorChanged);
    QSignalSpy modelSpy(&panel, &SetupPanel::modelChanged);
    edit(panel, QStringLiteral("family.wave 6.enabled"), QStringLiteral("on"));
    QVERIFY(!panel.isValid());
    QVERIFY2(panel.errorText().contains(QLatin1String("At most 8 families")),
             qPrintable(panel.errorText()));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    for (QWidget *w : inputWidgets(panel)) {
        QVERIFY2(isMarked(w) == (w->objectName() == QLatin1String("family.wave 6.enabled")),
                 qPrintable(w->objectName()));
    }
    QCOMPARE(generatorSpy.count(), 0);
    QCOMPARE(modelSpy.count(), 0);

    edit(panel, QStringLiteral("family.wave 1.enabled"), QStringLiteral("off"));
    QVERIFY2(panel.isValid(), qPrintable(panel.errorText()));
    QCOMPARE(modelSpy.count(), 1);
}

void TestSetupPanel::untickedFamiliesRoundTrip()
{
    SetupPanel panel;
    panel.loadPreset(QStringLiteral("seed")); // where x ranges count
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.addFamily(userFamily(QStringLiteral("wave"))));
    QVERIFY(panel.addFamily(userFamily(QStringLiteral("ripple"))));
    edit(panel, QStringLiteral("family.wave.enabled"), QStringLiteral("off"));
    edit(panel, QStringLiteral("family.sqrt.enabled"), QStringLiteral("off"));
    // An unticked family keeps what was typed into it.
    edit(panel, QStringLiteral("family.sqrt.x"), QStringLiteral("6..9"));
    const TrainingConfig config = panel.config();
    const std::vector<FunctionFamily> unticked = panel.untickedFamilies();
    QCOMPARE(namesOf(unticked), (QStringList{"sqrt", "wave"}));
    QCOMPARE(unticked[0].x, (Range{6, 9}));

    SetupPanel restored;
    restored.setConfig(config, unticked);
    QCOMPARE(firstDifference(restored.config(), config), QString());
    QCOMPARE(restored.untickedFamilies(), unticked);

    // Without them, only the question's families come back, as the question has them.
    SetupPanel plain;
    plain.setConfig(config);
    QCOMPARE(plain.untickedFamilies(), std::vector<FunctionFamily>{originalFamilies()[2]});

    // An unticked family named like a ticked one is left out.
    SetupPanel clash;
    clash.setConfig(config, {userFamily(QStringLiteral("ripple")), unticked[1]});
    QCOMPARE(firstDifference(clash.config(), config), QString());
    QCOMPARE(namesOf(clash.untickedFamilies()), (QStringList{"wave", "sqrt"}));
}

void TestSetupPanel::presetKeepsAddedFamilies()
{
    SetupPanel panel;
    QVERIFY(panel.addFamily(userFamily(QStringLiteral("wave"))));
    panel.loadPreset(QStringLiteral("question"));
    QCOMPARE(firstDifference(panel.config(), presetByName("question").config), QString());
    QCOMPARE(panel.untickedFamilies(),
             std::vector<FunctionFamily>{userFamily(QStringLiteral("wave"))});
}

void TestSetupPanel::drawnWorldGreysTheRangesItDoesNotRead()
{
    SetupPanel panel;
    panel.addFamily({"wave", "k*sin(x)+b", {0, 6}, {0.5, 2}, {-1, 1}});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.config().generator.world == CurveWorld::Drawn);
    // k and b may be anything there, and so may the x of a unit-free shape; a wave's shape
    // depends on where x lies, so its x range counts.
    for (const char *name : {"family.line.k", "family.line.b", "family.line.x", "family.sqrt.x",
                             "family.wave.k", "family.wave.b"}) {
        QVERIFY2(!field(panel, QString::fromLatin1(name))->isEnabled(), name);
    }
    QVERIFY(field(panel, QStringLiteral("family.wave.x"))->isEnabled());
    edit(panel, QStringLiteral("world"), QStringLiteral("seed: the question's ranges"));
    QVERIFY(field(panel, QStringLiteral("family.line.k"))->isEnabled());
    QVERIFY(field(panel, QStringLiteral("family.sqrt.x"))->isEnabled());
    QVERIFY(
        field(panel, QStringLiteral("noise"))->toolTip().contains(QStringLiteral("units of y")));
}

void TestSetupPanel::sectionsCanBeHidden_data()
{
    QTest::addColumn<QString>("section");
    for (const QString &section : SetupPanel::sectionNames()) {
        QTest::addRow("the %s section can be hidden", qPrintable(section)) << section;
    }
}

void TestSetupPanel::sectionsCanBeHidden()
{
    QFETCH(QString, section);
    QCOMPARE(SetupPanel::sectionNames(),
             (QStringList{"preset", "families", "data", "model", "training"}));
    QVERIFY(!SetupPanel::sectionTitle(section).isEmpty());
    SetupPanel panel;
    panel.loadPreset(QStringLiteral("seed")); // where every field counts
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int height = panel.sizeHint().height();
    panel.setSectionHidden(section, true);
    QCOMPARE(panel.hiddenSections(), QStringList{section});
    for (const auto &[id, name] : kSectionFields) {
        // Hidden, not greyed: the panel still reads the field.
        QVERIFY2(field(panel, name)->isVisible() == (id != section), qPrintable(name));
        QVERIFY(field(panel, name)->isEnabled());
    }
    // The layout closes up.
    QVERIFY2(panel.sizeHint().height() < height,
             qPrintable(QStringLiteral("%1 -> %2").arg(height).arg(panel.sizeHint().height())));
    QVERIFY(panel.isValid());

    panel.setSectionHidden(section, false);
    QVERIFY(panel.hiddenSections().isEmpty());
    for (const auto &[id, name] : kSectionFields) {
        QVERIFY2(field(panel, name)->isVisible(), qPrintable(name));
    }
    QCOMPARE(panel.sizeHint().height(), height);
}

void TestSetupPanel::sectionHiddenBeforeShowStaysHidden()
{
    SetupPanel panel;
    QVERIFY(panel.hiddenSections().isEmpty());
    panel.setSectionHidden(QStringLiteral("model"), true);
    panel.setSectionHidden(QStringLiteral("training"), true);
    panel.setSectionHidden(QStringLiteral("no such section"), true);
    QCOMPARE(panel.hiddenSections(), (QStringList{"model", "training"}));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!field(panel, QStringLiteral("hiddenSize"))->isVisible());
    QVERIFY(field(panel, QStringLiteral("noise"))->isVisible());
    // Rows rebuilt later stay where their section is.
    panel.setSectionHidden(QStringLiteral("families"), true);
    panel.loadPreset(QStringLiteral("answer"));
    QVERIFY(!field(panel, QStringLiteral("family.line.x"))->isVisible());
    QCOMPARE(panel.hiddenSections(), (QStringList{"families", "model", "training"}));
    QVERIFY(SetupPanel::sectionTitle(QStringLiteral("no such section")).isEmpty());
}

void TestSetupPanel::trainingClosesTheFamilyDialog()
{
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy configSpy(&panel, &SetupPanel::configChanged);
    click(panel, QStringLiteral("family.line.edit"));
    FamilyDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    typeOver(*dialog, QStringLiteral("formula"), QStringLiteral("x^3"));
    panel.setTrainingActive(true);
    QVERIFY(!openDialog(panel));
    QCOMPARE(configSpy.count(), 0);
    QCOMPARE(panel.config().generator.families, originalFamilies());
}

QTEST_MAIN(TestSetupPanel)
#include "tst_setuppanel.moc"
