#include "setuppanel.h"

#include "familydialog.h"
#include "familypalette.h"
#include "formfields.h"
#include "modelspec.h"
#include "presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <utility>

namespace curvelab {

namespace {

// Upper bounds of the spin boxes: only there to keep the boxes a sensible width. The real limits
// live in validateConfig(), which refuses too large a value with its reason.
constexpr int kMaxHiddenInput = 99999;
constexpr int kMaxLayersInput = 99;
// The window's bounds are validateSpec()'s own: every value the box offers is one it accepts.
constexpr int kMinWindowInput = 1;
constexpr int kMaxWindowInput = 64;
constexpr int kMaxLengthInput = 99999;
constexpr int kMaxBatchInput = 999999;
constexpr int kMaxStepsInput = 99999999;
constexpr double kMaxSecondsInput = 86400.0; // a day
constexpr double kMaxNoiseInput = 1000.0;
constexpr double kMaxClipInput = 1000.0;
// The widest range a family row is sized for, and the frame and margins a line edit adds to it.
const QString kWidestRange = QStringLiteral("-10.5..15.5");
constexpr int kLineEditPadding = 14;
// Where a family's range editors start, past its tick box, and the gap below them.
constexpr int kRangeIndent = 6;
constexpr int kRowGap = 4;
// The widest formula a family row shows whole, the question's sqrt; longer ones are elided (the
// tooltip has them), so that one long formula cannot widen the panel at the charts' expense.
const QString kWidestFormula = QStringLiteral("y = k*sqrt(x) + b");

using Checks = std::initializer_list<std::pair<const char *, bool>>;

QString firstFailed(Checks checks, const char *prefix)
{
    for (const auto &[name, same] : checks) {
        if (!same) {
            return QLatin1String(prefix) + QLatin1String(name);
        }
    }
    return {};
}

// Everything the curves depend on.
QString generatorDifference(const GeneratorConfig &a, const GeneratorConfig &b)
{
    return firstFailed({{"families", a.families == b.families},
                        {"length", a.length == b.length},
                        {"world", a.world == b.world},
                        {"kbMode", a.kbMode == b.kbMode},
                        {"noise", a.noise == b.noise},
                        {"noiseSpread", a.noiseSpread == b.noiseSpread},
                        {"xOrder", a.xOrder == b.xOrder},
                        {"seed", a.seed == b.seed}},
                       "generator.");
}

// The first field of the model that differs, for firstDifference(); whether the difference needs
// new weights is ModelSpec::operator=='s to say.
QString modelDifference(const ModelSpec &a, const ModelSpec &b)
{
    return firstFailed({{"options.cell", a.options.cell == b.options.cell},
                        {"options.hiddenSize", a.options.hiddenSize == b.options.hiddenSize},
                        {"options.layers", a.options.layers == b.options.layers},
                        {"options.window", a.options.window == b.options.window},
                        {"preprocessing", a.preprocessing == b.preprocessing},
                        {"families", a.families == b.families}},
                       "model.");
}

QString trainingDifference(const TrainingConfig &a, const TrainingConfig &b)
{
    return firstFailed({{"optimizer", a.optimizer == b.optimizer},
                        {"learningRate", a.learningRate == b.learningRate},
                        {"batchSize", a.batchSize == b.batchSize},
                        {"gradientClip", a.gradientClip == b.gradientClip},
                        {"loss", a.loss == b.loss},
                        {"maxSteps", a.maxSteps == b.maxSteps},
                        {"maxSeconds", a.maxSeconds == b.maxSeconds},
                        {"targetAccuracy", a.targetAccuracy == b.targetAccuracy},
                        {"testLength", a.testLength == b.testLength},
                        {"testSequences", a.testSequences == b.testSequences},
                        {"evalInterval", a.evalInterval == b.evalInterval},
                        {"seed", a.seed == b.seed}},
                       "");
}

template <typename W> W *named(W *widget, const QString &objectName, const QString &tip)
{
    widget->setObjectName(objectName);
    setWrappedToolTip(widget, tip);
    return widget;
}

template <typename Enum> QComboBox *enumCombo(std::initializer_list<std::pair<QString, Enum>> items)
{
    auto *box = new QComboBox;
    for (const auto &[text, value] : items) {
        box->addItem(text, static_cast<int>(value));
    }
    return box;
}

template <typename Enum> std::pair<QString, Enum> item(Enum value)
{
    return {QString::fromStdString(toString(value)), value};
}

template <typename Enum> Enum choice(const QComboBox *box)
{
    return static_cast<Enum>(box->currentData().toInt());
}

template <typename Enum> void select(QComboBox *box, Enum value)
{
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}

QSpinBox *spinBox(int lo, int hi, int step)
{
    auto *box = new QSpinBox;
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox *doubleSpinBox(double lo, double hi, int decimals, double step)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

void note(QString &problem, QWidget *&field, const QString &why, QWidget *where)
{
    if (problem.isEmpty()) {
        problem = why;
        field = where;
    }
}

bool isEditor(const QWidget *w)
{
    return qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w);
}

bool isOriginal(const std::string &name)
{
    const std::vector<FunctionFamily> originals = originalFamilies();
    return std::any_of(originals.begin(), originals.end(),
                       [&](const FunctionFamily &f) { return f.name == name; });
}

// The section ids, in the order the panel shows them.
const QStringList kSectionNames = {QStringLiteral("preset"), QStringLiteral("families"),
                                   QStringLiteral("data"), QStringLiteral("model"),
                                   QStringLiteral("training")};

} // namespace

QString firstDifference(const TrainingConfig &a, const TrainingConfig &b)
{
    for (const QString &difference :
         {generatorDifference(a.generator, b.generator), modelDifference(a.model, b.model),
          trainingDifference(a, b)}) {
        if (!difference.isEmpty()) {
            return difference;
        }
    }
    return {};
}

SetupPanel::SetupPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_errorLabel = plainLabel();
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold;"));
    m_errorLabel->hide();
    // On top, so that the reason is in view whichever field was refused.
    layout->addWidget(m_errorLabel);
    const QList<QWidget *> sections = {createPresetSection(), createFamilySection(),
                                       createDataSection(), createModelSection(),
                                       createTrainingSection()};
    for (int i = 0; i < sections.size(); ++i) {
        sections[i]->setObjectName(kSectionNames[i] + QLatin1String("Section"));
        m_sections.insert(kSectionNames[i], sections[i]);
        layout->addWidget(sections[i]);
    }
    layout->addStretch(1);
    loadPreset(QStringLiteral("recommended"));
}

QWidget *SetupPanel::createPresetSection()
{
    auto *box = new QGroupBox(sectionTitle(QStringLiteral("preset")));
    auto *layout = new QVBoxLayout(box);
    m_preset = named(new QComboBox, QStringLiteral("preset"),
                     tr("Loads a ready-made setup that replays the story: the 2016 question, its "
                        "accepted answer, or the setup CurveLab recommends. Every field below "
                        "can still be changed afterwards."));
    for (const Preset &p : presets()) {
        m_preset->addItem(QString::fromStdString(p.name));
    }
    // activated, not currentIndexChanged: choosing the same preset again reloads it.
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { loadPreset(m_preset->itemText(index)); });
    m_presetSummary = plainLabel();
    m_presetSummary->setObjectName(QStringLiteral("presetSummary"));
    m_presetSummary->setWordWrap(true);
    layout->addWidget(m_preset);
    layout->addWidget(m_presetSummary);
    return box;
}

QWidget *SetupPanel::createFamilySection()
{
    auto *box = new QGroupBox(sectionTitle(QStringLiteral("families")));
    auto *layout = new QVBoxLayout(box);
    m_familyTable = new QWidget;
    layout->addWidget(m_familyTable);
    m_addFamily =
        named(new QPushButton(tr("Add family…")), QStringLiteral("addFamily"), addFamilyTip());
    connect(m_addFamily, &QPushButton::clicked, this, &SetupPanel::openAddDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFamily);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *SetupPanel::createDataSection()
{
    auto *box = new QGroupBox(sectionTitle(QStringLiteral("data")));
    auto *form = new QFormLayout(box);
    m_world = named(enumCombo<CurveWorld>({{tr("drawn: any scale"), CurveWorld::Drawn},
                                           {tr("seed: the question's ranges"), CurveWorld::Seed}}),
                    QStringLiteral("world"),
                    tr("Where the curves come from. drawn: as people draw and measure them, at "
                       "any scale and anywhere right of x = 0, with a hand's jitter; the "
                       "families' k and b ranges (and x ranges, for shapes such as x², √x or "
                       "log x) then do not count. seed: the question's curves, k and b drawn "
                       "from each family's ranges."));
    m_kbMode = named(enumCombo<KbMode>({{tr("per sequence"), KbMode::PerSequence},
                                        {tr("fixed per run"), KbMode::FixedPerRun}}),
                     QStringLiteral("kbMode"),
                     tr("Per sequence: every curve gets its own k and b, so the network has to "
                        "learn the shape of each family. Fixed per run: one k and b for the whole "
                        "run, as in the accepted answer; it learns fast, but only those exact "
                        "curves."));
    m_noise = named(doubleSpinBox(0.0, kMaxNoiseInput, /*decimals=*/3, /*step=*/0.01),
                    QStringLiteral("noise"), QString());
    m_noisePerSequence = named(new QCheckBox(tr("a level per curve, up to this")),
                               QStringLiteral("noisePerSequence"),
                               tr("Every curve gets its own noise level: none for some, any "
                                  "level up to the one set for the others, so that the network "
                                  "learns to read exact points and rough ones alike."));
    auto *noiseRow = new QVBoxLayout;
    noiseRow->setContentsMargins(0, 0, 0, 0);
    noiseRow->addWidget(m_noise);
    noiseRow->addWidget(m_noisePerSequence);
    m_length = named(spinBox(1, kMaxLengthInput, 1), QStringLiteral("length"),
                     tr("How many points the network sees in each training curve. More points "
                        "show more of the shape, so the families are easier to tell apart; the "
                        "question used 8."));
    m_xOrder = named(enumCombo<XOrder>({{tr("random"), XOrder::Random},
                                        {tr("sorted"), XOrder::Sorted},
                                        {tr("mostly left to right"), XOrder::MostlySorted}}),
                     QStringLiteral("xOrder"),
                     tr("Random: the points arrive in the order they were drawn, as in the "
                        "question. Sorted: they arrive from left to right, so the network sees "
                        "the curve unfold. Mostly left to right: as a hand clicks, with a slip "
                        "now and then and sometimes from the right."));
    form->addRow(tr("World"), m_world);
    form->addRow(tr("k and b"), m_kbMode);
    form->addRow(tr("Noise"), noiseRow);
    form->addRow(tr("Points per curve"), m_length);
    form->addRow(tr("x order"), m_xOrder);
    for (QComboBox *c : {m_world, m_kbMode, m_xOrder}) {
        watch(c);
    }
    watch(m_noise);
    watch(m_noisePerSequence);
    watch(m_length);
    // The drawn world greys the ranges it does not read, and gives noise another unit.
    connect(m_world, &QComboBox::currentIndexChanged, this, [this] {
        applyTrainingActive();
        explainNoise();
    });
    explainNoise();
    return box;
}

void SetupPanel::explainNoise()
{
    m_noise->setToolTip(
        choice<CurveWorld>(m_world) == CurveWorld::Drawn
            ? tr("How far a hand misses the curve, as a share of the plot: 0.01 is 1% of its "
                 "width in x and of its height in y (3 px on a 350 px plot). 0 gives exact "
                 "points.")
            : tr("Random jitter added to every y value, like measurement error (its standard "
                 "deviation, in units of y). 0 gives perfect curves; more noise makes the "
                 "families harder to tell apart."));
}

QWidget *SetupPanel::createModelSection()
{
    auto *box = new QGroupBox(sectionTitle(QStringLiteral("model")));
    auto *form = new QFormLayout(box);
    m_cell = named(enumCombo({item(CellType::Lstm), item(CellType::Gru), item(CellType::Rnn),
                              item(CellType::Mlp)}),
                   QStringLiteral("cell"),
                   tr("The kind of memory cell that reads the points one by one. lstm and gru "
                      "remember over many points; a plain rnn forgets quickly and is harder to "
                      "train. mlp has no memory at all: it sees only the latest few points "
                      "(Window), for comparison."));
    m_hidden = named(spinBox(1, kMaxHiddenInput, 8), QStringLiteral("hiddenSize"),
                     tr("How many numbers the network keeps in its memory from one point to the "
                        "next. Too few and it cannot hold what it has seen; more makes every step "
                        "slower."));
    m_layers = named(spinBox(1, kMaxLayersInput, 1), QStringLiteral("layers"),
                     tr("How many memory layers are stacked. One is enough for these curves; "
                        "more layers learn more slowly and are harder to train."));
    m_window = named(spinBox(kMinWindowInput, kMaxWindowInput, 1), QStringLiteral("window"),
                     tr("How many of the latest points the mlp sees at once. It has no memory "
                        "beyond them: whatever came earlier is forgotten."));
    m_features = named(enumCombo({item(Preprocessing::UnitFree), item(Preprocessing::FamilyFit),
                                  item(Preprocessing::Raw)}),
                       QStringLiteral("features"),
                       tr("What the network reads for each point. raw: just x and y, as in the "
                          "question, so it must discover the shapes alone. family-fit: x and y "
                          "scaled, plus how well each family fits the points so far and whether "
                          "its k and b lie in their ranges. unit-free: how well each family fits, "
                          "measured so that the units of x and y do not matter, for curves drawn "
                          "at any scale."));
    form->addRow(tr("Cell"), m_cell);
    form->addRow(tr("Hidden size"), m_hidden);
    form->addRow(tr("Layers"), m_layers);
    form->addRow(tr("Window"), m_window);
    form->addRow(tr("Input features"), m_features);
    watch(m_cell);
    watch(m_features);
    watch(m_hidden);
    watch(m_layers);
    watch(m_window);
    // Only the mlp reads the window; the box stays greyed for the memory cells.
    connect(m_cell, &QComboBox::currentIndexChanged, this, &SetupPanel::applyTrainingActive);
    return box;
}

QWidget *SetupPanel::createTrainingSection()
{
    auto *box = new QGroupBox(sectionTitle(QStringLiteral("training")));
    auto *form = new QFormLayout(box);
    m_optimizer = named(enumCombo({item(OptimizerType::Adam), item(OptimizerType::Sgd)}),
                        QStringLiteral("optimizer"),
                        tr("The rule that turns the error into weight changes. adam adapts its "
                           "step for every weight and usually learns quickly; sgd takes plain "
                           "steps, as in the question, and needs a well chosen learning rate."));
    m_learningRate = named(new QLineEdit, QStringLiteral("learningRate"),
                           tr("How big a step the optimiser takes after each batch. Too small: "
                              "learning crawls. Too large (10): the loss explodes and training "
                              "stops. Can be changed while training runs."));
    m_lrDown = named(new QToolButton, QStringLiteral("learningRateDown"),
                     tr("Divides the learning rate by 10: smaller, steadier steps."));
    m_lrDown->setText(tr("÷10"));
    m_lrUp = named(new QToolButton, QStringLiteral("learningRateUp"),
                   tr("Multiplies the learning rate by 10: bigger steps, until they are so big "
                      "that the loss explodes."));
    m_lrUp->setText(tr("×10"));
    connect(m_lrDown, &QToolButton::clicked, this, [this] { scaleLearningRate(0.1); });
    connect(m_lrUp, &QToolButton::clicked, this, [this] { scaleLearningRate(10.0); });
    auto *lrRow = new QHBoxLayout;
    lrRow->addWidget(m_learningRate, 1);
    lrRow->addWidget(m_lrDown);
    lrRow->addWidget(m_lrUp);

    m_batch = named(spinBox(1, kMaxBatchInput, 8), QStringLiteral("batchSize"),
                    tr("How many curves the network looks at before each weight change. Larger "
                       "batches give smoother, surer steps; 1, as in the question, gives jumpy "
                       "ones."));
    m_clip = named(doubleSpinBox(0.0, kMaxClipInput, /*decimals=*/2, /*step=*/0.5),
                   QStringLiteral("gradientClip"),
                   tr("Caps how big a single step can be, so that one unlucky batch cannot throw "
                      "the network off course. off: no cap."));
    m_clip->setSpecialValueText(tr("off"));
    m_loss = named(
        enumCombo({item(LossMode::PerStep), item(LossMode::PerStepSum), item(LossMode::LastStep)}),
        QStringLiteral("loss"),
        tr("Which guesses count when the network is corrected. per-step: its guess "
           "after every point, so it learns to answer early. per-step-sum: the same, "
           "added up instead of averaged, as in the question: bigger steps. "
           "last-step: only its guess after the last point."));
    m_target = named(doubleSpinBox(0.0, 100.0, /*decimals=*/1, /*step=*/1.0),
                     QStringLiteral("targetAccuracy"),
                     tr("Training stops once the network names the right family this often on "
                        "fresh test curves. off: no target."));
    m_target->setSuffix(tr(" %"));
    m_target->setSpecialValueText(tr("off"));
    m_steps = named(spinBox(0, kMaxStepsInput, 1000), QStringLiteral("maxSteps"),
                    tr("Training stops after this many weight changes (steps). no limit: stop "
                       "on time or on the target instead."));
    m_steps->setSpecialValueText(tr("no limit"));
    m_seconds = named(doubleSpinBox(0.0, kMaxSecondsInput, /*decimals=*/0, /*step=*/10.0),
                      QStringLiteral("maxSeconds"),
                      tr("Training stops after this many seconds. no limit: stop on steps or on "
                         "the target instead."));
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setSpecialValueText(tr("no limit"));
    m_seed = named(new QLineEdit, QStringLiteral("seed"),
                   tr("The starting number for everything random: the first weights and the "
                      "curves drawn. The same seed replays the same run; another seed shows how "
                      "much luck there is in it."));

    form->addRow(tr("Optimiser"), m_optimizer);
    form->addRow(tr("Learning rate"), lrRow);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Gradient clip"), m_clip);
    form->addRow(tr("Loss"), m_loss);
    form->addRow(tr("Target accuracy"), m_target);
    form->addRow(tr("Step budget"), m_steps);
    form->addRow(tr("Time budget"), m_seconds);
    form->addRow(tr("Seed"), m_seed);
    for (QComboBox *c : {m_optimizer, m_loss}) {
        watch(c);
    }
    for (QSpinBox *s : {m_batch, m_steps}) {
        watch(s);
    }
    for (QDoubleSpinBox *s : {m_clip, m_target, m_seconds}) {
        watch(s);
    }
    watch(m_learningRate);
    watch(m_seed);
    return box;
}

SetupPanel::FamilyRowState SetupPanel::rowState(const FunctionFamily &family, bool enabled)
{
    return {family, enabled, rangeText(family.x), rangeText(family.k), rangeText(family.b)};
}

std::vector<SetupPanel::FamilyRowState> SetupPanel::rowStates() const
{
    std::vector<FamilyRowState> states;
    for (const FamilyRow &row : m_rows) {
        states.push_back(
            {row.family, row.enabled->isChecked(), row.x->text(), row.k->text(), row.b->text()});
    }
    return states;
}

QString SetupPanel::addFamilyTip() const
{
    return tr("Adds a family of your own, written as a formula in x, k and b such as "
              "k*exp(x/10)+b. Up to %1 families can be ticked at once.")
        .arg(kMaxFamilies);
}

void SetupPanel::rebuildFamilyRows(std::vector<FamilyRowState> rows)
{
    // The question's families stay at hand, unticked, when a config leaves them out.
    for (const FunctionFamily &family : originalFamilies()) {
        const bool listed = std::any_of(rows.begin(), rows.end(), [&](const FamilyRowState &r) {
            return r.family.name == family.name;
        });
        if (!listed) {
            rows.push_back(rowState(family, /*enabled=*/false));
        }
    }
    // A fresh table replaces the old one, which may be the sender of the signal that led here:
    // it is deleted later, out of the way.
    auto *table = new QWidget;
    m_familyGrid = new QGridLayout(table);
    m_familyGrid->setContentsMargins(0, 0, 0, 0);
    m_familyGrid->setColumnStretch(1, 1);
    QLayoutItem *old = m_familyTable->parentWidget()->layout()->replaceWidget(m_familyTable, table);
    delete old;
    m_familyTable->hide();
    m_familyTable->setParent(nullptr);
    m_familyTable->deleteLater();
    m_familyTable = table;

    m_rows.clear();
    for (const FamilyRowState &row : rows) {
        addFamilyRow(row);
    }
    const bool room = m_rows.size() < static_cast<std::size_t>(kMaxListedFamilies);
    m_addFamily->setEnabled(room);
    setWrappedToolTip(m_addFamily, room ? addFamilyTip()
                                        : tr("The setup lists at most %1 families, ticked or "
                                             "not: remove one to add another.")
                                              .arg(kMaxListedFamilies));
}

void SetupPanel::addFamilyRow(const FamilyRowState &state)
{
    const FunctionFamily &family = state.family;
    const QString name = QString::fromStdString(family.name);
    const QString prefix = QLatin1String("family.") + name + QLatin1Char('.');
    FamilyRow row;
    row.family = family;
    row.enabled = named(new QCheckBox(name), prefix + QLatin1String("enabled"),
                        tr("Ticked families are in the lesson: the network learns to tell them "
                           "apart, so at least two must be ticked, and at most %1.")
                            .arg(kMaxFamilies));
    row.enabled->setChecked(state.enabled);
    row.x = named(new QLineEdit(state.x), prefix + QLatin1String("x"),
                  tr("Where the x values of this family's points are drawn from, written "
                     "low..high. If the families' x ranges differ, x alone gives the family "
                     "away."));
    row.k = named(new QLineEdit(state.k), prefix + QLatin1String("k"),
                  tr("The factor k is drawn from this range, written low..high. A wide range "
                     "lets the families look more alike, so telling them apart gets harder."));
    row.b = named(new QLineEdit(state.b), prefix + QLatin1String("b"),
                  tr("The offset b is drawn from this range, written low..high. It shifts the "
                     "whole curve up or down without changing its shape."));
    const QString formula = QString::fromStdString(family.formula());
    row.formula = plainLabel();
    row.formula->setText(row.formula->fontMetrics().elidedText(
        formula, Qt::ElideRight, row.formula->fontMetrics().horizontalAdvance(kWidestFormula)));
    row.formula->setToolTip(formula.toHtmlEscaped());
    row.edit = rowButton(prefix + QLatin1String("edit"), tr("Edit…"),
                         tr("Edits the family \"%1\": its name, its formula and its ranges, "
                            "with a preview of its curves.")
                             .arg(name));
    connect(row.edit, &QToolButton::clicked, this, [this, name] { openEditDialog(name); });
    if (!isOriginal(family.name)) {
        row.remove = rowButton(prefix + QLatin1String("remove"), QString(),
                               tr("Removes the family \"%1\" from the list. To leave it out of "
                                  "the lesson but keep it, untick it instead.")
                                   .arg(name));
        row.remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
        connect(row.remove, &QToolButton::clicked, this, [this, name] { removeFamily(name); });
    }
    // Two lines a family: the name, formula and buttons, then the ranges below them. In one
    // line the panel would need ~590 pixels and crowd out the charts at 1280.
    const int r = 2 * static_cast<int>(m_rows.size());
    m_familyGrid->addWidget(row.enabled, r, 0);
    m_familyGrid->addWidget(row.formula, r, 1);
    m_familyGrid->addWidget(row.edit, r, 2);
    if (row.remove) {
        m_familyGrid->addWidget(row.remove, r, 3);
    }
    auto *ranges = new QHBoxLayout;
    // Under the name, not under the tick box: the ranges belong to the family.
    ranges->setContentsMargins(row.enabled->iconSize().width() + kRangeIndent, 0, 0, kRowGap);
    for (auto [label, edit] : {std::pair{"x", row.x}, {"k", row.k}, {"b", row.b}}) {
        // Wide enough for "-10.5..15.5" and no wider: a line edit's own size hint is ~17
        // characters, and three of them would make the panel crowd out the charts.
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(kWidestRange) + kLineEditPadding);
        auto *name = plainLabel(QString::fromLatin1(label));
        name->setBuddy(edit);
        ranges->addWidget(name);
        ranges->addWidget(edit);
        watch(edit);
    }
    ranges->addStretch(1);
    m_familyGrid->addLayout(ranges, r + 1, 0, 1, 4);
    watch(row.enabled);
    m_rows.push_back(row);
}

QToolButton *SetupPanel::rowButton(const QString &objectName, const QString &text,
                                   const QString &tip)
{
    auto *button = named(new QToolButton, objectName, tip);
    button->setText(text);
    return button;
}

int SetupPanel::rowOf(const QString &name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (QString::fromStdString(m_rows[i].family.name) == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QStringList SetupPanel::namesExcept(const QString &name) const
{
    QStringList names;
    for (const FamilyRow &row : m_rows) {
        const QString n = QString::fromStdString(row.family.name);
        if (n != name) {
            names << n;
        }
    }
    return names;
}

bool SetupPanel::addFamily(const FunctionFamily &family)
{
    if (rowOf(QString::fromStdString(family.name)) >= 0 ||
        m_rows.size() >= static_cast<std::size_t>(kMaxListedFamilies)) {
        return false;
    }
    std::vector<FamilyRowState> rows = rowStates();
    const auto ticked =
        std::count_if(rows.begin(), rows.end(), [](const FamilyRowState &r) { return r.enabled; });
    rows.push_back(rowState(family, /*enabled=*/ticked < kMaxFamilies));
    commitFamilyRows(std::move(rows));
    return true;
}

bool SetupPanel::replaceFamily(const QString &name, const FunctionFamily &family)
{
    const int row = rowOf(name);
    if (row < 0 || namesExcept(name).contains(QString::fromStdString(family.name))) {
        return false;
    }
    std::vector<FamilyRowState> rows = rowStates();
    rows[static_cast<std::size_t>(row)] =
        rowState(family, rows[static_cast<std::size_t>(row)].enabled);
    commitFamilyRows(std::move(rows));
    return true;
}

bool SetupPanel::removeFamily(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0 || isOriginal(name.toStdString())) {
        return false;
    }
    std::vector<FamilyRowState> rows = rowStates();
    rows.erase(rows.begin() + row);
    commitFamilyRows(std::move(rows));
    return true;
}

void SetupPanel::commitFamilyRows(std::vector<FamilyRowState> rows)
{
    rebuildFamilyRows(std::move(rows));
    applyTrainingActive();
    commitEdit();
}

void SetupPanel::openAddDialog()
{
    const QStringList taken = namesExcept(QString());
    auto *dialog = new FamilyDialog(FamilyDialog::newFamily(taken), taken, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addFamily(dialog->family()); });
    openFamilyDialog(dialog, tr("Add family"));
}

void SetupPanel::openEditDialog(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0) {
        return;
    }
    auto *dialog = new FamilyDialog(shownFamily(m_rows[static_cast<std::size_t>(row)]),
                                    namesExcept(name), this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, name] { replaceFamily(name, dialog->family()); });
    openFamilyDialog(dialog, tr("Edit family \"%1\"").arg(name));
}

void SetupPanel::openFamilyDialog(FamilyDialog *dialog, const QString &title)
{
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // open(), not exec(): no nested event loop, and the rest of the window waits all the same.
    dialog->open();
}

FunctionFamily SetupPanel::shownFamily(const FamilyRow &row) const
{
    FunctionFamily family = row.family;
    const std::pair<Range *, QLineEdit *> ranges[] = {
        {&family.x, row.x}, {&family.k, row.k}, {&family.b, row.b}};
    for (const auto &[range, edit] : ranges) {
        if (const std::optional<Range> parsed = rangeFromText(edit->text())) {
            *range = *parsed;
        }
    }
    return family;
}

std::vector<FunctionFamily> SetupPanel::untickedFamilies() const
{
    std::vector<FunctionFamily> families;
    for (const FamilyRow &row : m_rows) {
        if (!row.enabled->isChecked()) {
            families.push_back(shownFamily(row));
        }
    }
    return families;
}

std::vector<FunctionFamily> SetupPanel::addedFamilies() const
{
    std::vector<FunctionFamily> families;
    for (const FamilyRow &row : m_rows) {
        if (!isOriginal(row.family.name)) {
            families.push_back(shownFamily(row));
        }
    }
    return families;
}

QStringList SetupPanel::sectionNames()
{
    return kSectionNames;
}

QString SetupPanel::sectionTitle(const QString &id)
{
    const std::pair<const char *, QString> titles[] = {{"preset", tr("Preset")},
                                                       {"families", tr("Families")},
                                                       {"data", tr("Data")},
                                                       {"model", tr("Model")},
                                                       {"training", tr("Training")}};
    for (const auto &[section, title] : titles) {
        if (id == QLatin1String(section)) {
            return title;
        }
    }
    return {};
}

void SetupPanel::setSectionHidden(const QString &section, bool hidden)
{
    if (QWidget *widget = m_sections.value(section)) {
        widget->setHidden(hidden);
    }
}

QStringList SetupPanel::hiddenSections() const
{
    QStringList hidden;
    for (const QString &id : kSectionNames) {
        if (m_sections.value(id)->isHidden()) {
            hidden << id;
        }
    }
    return hidden;
}

void SetupPanel::watch(QSpinBox *box)
{
    // Commit when typing is done, not at every keystroke (typing 64 would pass through 6).
    box->setKeyboardTracking(false);
    connect(box, &QSpinBox::valueChanged, this, &SetupPanel::commitEdit);
}

void SetupPanel::watch(QDoubleSpinBox *box)
{
    box->setKeyboardTracking(false);
    connect(box, &QDoubleSpinBox::valueChanged, this, &SetupPanel::commitEdit);
}

void SetupPanel::watch(QComboBox *box)
{
    connect(box, &QComboBox::currentIndexChanged, this, &SetupPanel::commitEdit);
}

void SetupPanel::watch(QLineEdit *edit)
{
    // Show the verdict while typing, commit on Enter or on leaving the field: typing "3e-3" into
    // the learning rate of a running training must not apply 3 on the way.
    // Leaving a field unchanged is no edit.
    connect(edit, &QLineEdit::textEdited, this, &SetupPanel::refreshValidity);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (edit->isModified()) {
            edit->setModified(false);
            commitEdit();
        }
    });
}

void SetupPanel::watch(QCheckBox *box)
{
    connect(box, &QCheckBox::toggled, this, &SetupPanel::commitEdit);
}

TrainingConfig SetupPanel::config() const
{
    return read().config;
}

void SetupPanel::setConfig(const TrainingConfig &config)
{
    setConfig(config, {});
}

void SetupPanel::setConfig(const TrainingConfig &config,
                           const std::vector<FunctionFamily> &unticked)
{
    m_base = config;
    m_loading = true;
    showConfig(config, unticked);
    m_loading = false;
    for (int i = 0; i < m_preset->count(); ++i) {
        if (firstDifference(presetByName(m_preset->itemText(i).toStdString()).config, config)
                .isEmpty()) {
            m_preset->setCurrentIndex(i);
        }
    }
    applyTrainingActive();
    commitEdit();
}

void SetupPanel::showConfig(const TrainingConfig &c, const std::vector<FunctionFamily> &unticked)
{
    const GeneratorConfig &g = c.generator;
    std::vector<FamilyRowState> rows;
    const auto listed = [&rows](const FunctionFamily &family) {
        return std::any_of(rows.begin(), rows.end(),
                           [&](const FamilyRowState &r) { return r.family.name == family.name; });
    };
    for (const FunctionFamily &family : g.families) {
        rows.push_back(rowState(family, /*enabled=*/true));
    }
    for (const FunctionFamily &family : unticked) {
        if (!listed(family)) {
            rows.push_back(rowState(family, /*enabled=*/false));
        }
    }
    rebuildFamilyRows(std::move(rows));
    select(m_world, g.world);
    select(m_kbMode, g.kbMode);
    m_noise->setValue(g.noise);
    m_noisePerSequence->setChecked(g.noiseSpread == NoiseSpread::PerSequence);
    m_length->setValue(g.length);
    select(m_xOrder, g.xOrder);

    select(m_cell, c.model.options.cell);
    m_hidden->setValue(c.model.options.hiddenSize);
    m_layers->setValue(c.model.options.layers);
    m_window->setValue(c.model.options.window);
    select(m_features, c.model.preprocessing);

    select(m_optimizer, c.optimizer);
    m_learningRate->setText(numberText(c.learningRate));
    m_batch->setValue(c.batchSize);
    m_clip->setValue(c.gradientClip);
    select(m_loss, c.loss);
    m_target->setValue(c.targetAccuracy * 100.0);
    m_steps->setValue(static_cast<int>(c.maxSteps));
    m_seconds->setValue(c.maxSeconds);
    m_seed->setText(QString::number(c.seed));
}

void SetupPanel::loadPreset(const QString &name)
{
    // A preset says which families are ticked; the ones people added stay listed, unticked.
    setConfig(presetByName(name.toStdString()).config, addedFamilies());
}

SetupPanel::Reading SetupPanel::read() const
{
    Reading r;
    r.config = m_base;
    TrainingConfig &c = r.config;
    GeneratorConfig &g = c.generator;
    readFamilies(r);
    g.world = choice<CurveWorld>(m_world);
    g.kbMode = choice<KbMode>(m_kbMode);
    g.noise = m_noise->value();
    g.noiseSpread = m_noisePerSequence->isChecked() ? NoiseSpread::PerSequence : NoiseSpread::Fixed;
    g.length = m_length->value();
    g.xOrder = choice<XOrder>(m_xOrder);

    c.model.families = g.families;
    c.model.options.cell = choice<CellType>(m_cell);
    c.model.options.hiddenSize = m_hidden->value();
    c.model.options.layers = m_layers->value();
    c.model.options.window = m_window->value();
    c.model.preprocessing = choice<Preprocessing>(m_features);

    c.optimizer = choice<OptimizerType>(m_optimizer);
    if (const std::optional<double> lr = numberFromText(m_learningRate->text())) {
        c.learningRate = *lr;
    } else {
        note(r.problem, r.field, tr("learning rate must be a number, e.g. 0.003 or 3e-3"),
             m_learningRate);
    }
    c.batchSize = m_batch->value();
    c.gradientClip = m_clip->value();
    c.loss = choice<LossMode>(m_loss);
    c.targetAccuracy = m_target->value() / 100.0;
    c.maxSteps = m_steps->value();
    c.maxSeconds = m_seconds->value();
    bool seedOk = false;
    const qulonglong seed = m_seed->text().trimmed().toULongLong(&seedOk);
    if (seedOk) {
        c.seed = seed;
    } else {
        note(r.problem, r.field, tr("the seed must be a whole number, 0 or more"), m_seed);
    }
    // The trainer draws its curves from the run's seed; the panel says so rather than keep a
    // second seed that would be ignored.
    g.seed = c.seed;
    validate(r);
    return r;
}

void SetupPanel::readFamilies(Reading &r) const
{
    std::vector<FunctionFamily> &families = r.config.generator.families;
    families.clear();
    int ticked = 0;
    for (const FamilyRow &row : m_rows) {
        if (!row.enabled->isChecked()) {
            continue;
        }
        if (++ticked > kMaxFamilies) {
            note(r.problem, r.field,
                 tr("at most %1 families can be told apart: untick one before ticking \"%2\"")
                     .arg(kMaxFamilies)
                     .arg(QString::fromStdString(row.family.name)),
                 row.enabled);
        }
        FunctionFamily family = row.family;
        const std::pair<Range *, QLineEdit *> ranges[] = {
            {&family.x, row.x}, {&family.k, row.k}, {&family.b, row.b}};
        for (const auto &[range, edit] : ranges) {
            if (const std::optional<Range> parsed = rangeFromText(edit->text())) {
                *range = *parsed;
            } else {
                note(r.problem, r.field,
                     tr("family \"%1\": write each range as low..high, e.g. 5..15")
                         .arg(QString::fromStdString(family.name)),
                     edit);
            }
        }
        try {
            validateFamily(family);
        } catch (const std::invalid_argument &e) {
            const QString why = QString::fromUtf8(e.what());
            QWidget *field = why.contains(QLatin1String("the k range"))   ? row.k
                             : why.contains(QLatin1String("the b range")) ? row.b
                                                                          : row.x;
            note(r.problem, r.field, why, field);
        }
        families.push_back(family);
    }
    try {
        validateFamilies(families);
    } catch (const std::invalid_argument &e) {
        // Too few families, or two of one name: no single field is wrong, the message says it.
        note(r.problem, r.field, QString::fromUtf8(e.what()), nullptr);
    }
}

void SetupPanel::validate(Reading &r) const
{
    if (!r.problem.isEmpty()) {
        return;
    }
    try {
        validateConfig(r.config);
    } catch (const std::invalid_argument &e) {
        const QString why = QString::fromUtf8(e.what());
        note(r.problem, r.field, why, fieldForProblem(why));
    }
}

QWidget *SetupPanel::fieldForProblem(const QString &problem) const
{
    // validateConfig names the field first in each of its reasons.
    const std::pair<const char *, QWidget *> fields[] = {
        {"learning rate", m_learningRate}, {"batch size", m_batch},
        {"sequence length", m_length},     {"noise", m_noise},
        {"k and b fixed", m_kbMode},       {"gradient clip", m_clip},
        {"step budget", m_steps},          {"time budget", m_seconds},
        {"target accuracy", m_target},     {"set a step budget", m_steps},
        {"hidden size", m_hidden},         {"layers", m_layers},
        {"the mlp's window", m_window}};
    for (const auto &[prefix, field] : fields) {
        if (problem.startsWith(QLatin1String(prefix))) {
            return field;
        }
    }
    return nullptr;
}

void SetupPanel::refreshValidity()
{
    showReading(read());
}

void SetupPanel::showReading(const Reading &r)
{
    showProblem(r.problem, r.field);
    showPresetSummary(r.config);
    showFamilyColors();
}

void SetupPanel::showFamilyColors()
{
    // The charts colour a family by its place among the ticked ones; the formulas here match, so
    // that "the orange ones" means the same family on every view.
    int index = 0;
    for (const FamilyRow &row : m_rows) {
        const bool ticked = row.enabled->isChecked();
        const QString color =
            ticked ? FamilyPalette::color(index++).name() : QStringLiteral("gray");
        row.formula->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
    }
}

void SetupPanel::commitEdit()
{
    if (m_loading) {
        return;
    }
    const Reading r = read();
    showReading(r);
    Q_EMIT configChanged();
    if (!isValid()) {
        return;
    }
    const TrainingConfig &now = r.config;
    const bool generator = !generatorDifference(m_lastValid.generator, now.generator).isEmpty();
    // One rule for "new weights", core's: the window counts for the MLP only.
    const bool model = m_lastValid.model != now.model;
    const bool learningRate = m_lastValid.learningRate != now.learningRate;
    m_lastValid = now;
    if (generator) {
        Q_EMIT generatorChanged();
    }
    if (model) {
        Q_EMIT modelChanged();
    }
    if (learningRate) {
        Q_EMIT learningRateChanged(now.learningRate);
    }
}

void SetupPanel::showProblem(const QString &problem, QWidget *field)
{
    m_error = sentenceCase(problem);
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    if (m_markedField == field) {
        return;
    }
    if (m_markedField) {
        markInvalid(m_markedField, false);
    }
    m_markedField = field;
    if (m_markedField) {
        markInvalid(m_markedField, true);
    }
}

void SetupPanel::showPresetSummary(const TrainingConfig &shown)
{
    const Preset preset = presetByName(m_preset->currentText().toStdString());
    QString text = QString::fromStdString(preset.summary);
    if (!firstDifference(preset.config, shown).isEmpty()) {
        text += QLatin1Char(' ') + tr("(Changed since it was loaded: choose it again to reload.)");
    }
    m_presetSummary->setText(text);
}

void SetupPanel::setTrainingActive(bool active)
{
    m_trainingActive = active;
    // The dialog's family could no longer be applied: training locks the families.
    if (active && m_dialog) {
        m_dialog->reject();
    }
    applyTrainingActive();
}

void SetupPanel::applyTrainingActive()
{
    for (QWidget *w : findChildren<QWidget *>()) {
        // An open family dialog is a child too, but a window of its own, with its own rules.
        if (isEditor(w) && w->window() == window()) {
            const bool live = w == m_learningRate || w == m_lrDown || w == m_lrUp;
            w->setEnabled((!m_trainingActive || live) && isUsed(w));
        }
    }
}

bool SetupPanel::isUsed(const QWidget *editor) const
{
    if (editor == m_window) {
        return choice<CellType>(m_cell) == CellType::Mlp;
    }
    if (choice<CurveWorld>(m_world) != CurveWorld::Drawn) {
        return true;
    }
    // The drawn world draws k and b at any scale, and the x of a unit-free family anywhere.
    return std::none_of(m_rows.begin(), m_rows.end(), [editor](const FamilyRow &row) {
        return editor == row.k || editor == row.b || (editor == row.x && isUnitFree(row.family));
    });
}

void SetupPanel::scaleLearningRate(double factor)
{
    const std::optional<double> lr = numberFromText(m_learningRate->text());
    if (!lr) {
        return;
    }
    // 0.003 * 10 is 0.030000000000000002 in binary: show what a person would have typed.
    m_learningRate->setText(QString::number(*lr * factor, 'g', 12));
    commitEdit();
}

} // namespace curvelab
