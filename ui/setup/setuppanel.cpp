#include "setuppanel.h"

#include "corewording.h"
#include "dataform.h"
#include "familytable.h"
#include "formfields.h"
#include "modelform.h"
#include "presets.h"
#include "statuscolours.h"
#include "trainingform.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <initializer_list>
#include <stdexcept>
#include <utility>

namespace curvelab {

namespace {

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

bool isEditor(const QWidget *w)
{
    return qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w);
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
    m_errorLabel->hide();
    // On top, so that the reason is in view whichever field was refused.
    layout->addWidget(m_errorLabel);
    m_families = new FamilyTable(sectionTitle(QStringLiteral("families")));
    m_data = new DataForm(sectionTitle(QStringLiteral("data")));
    m_model = new ModelForm(sectionTitle(QStringLiteral("model")));
    m_training = new TrainingForm(sectionTitle(QStringLiteral("training")));
    const QList<QWidget *> sections = {createPresetSection(), m_families, m_data, m_model,
                                       m_training};
    for (int i = 0; i < sections.size(); ++i) {
        sections[i]->setObjectName(kSectionNames[i] + QLatin1String("Section"));
        m_sections.insert(kSectionNames[i], sections[i]);
        layout->addWidget(sections[i]);
    }
    layout->addStretch(1);
    for (SetupForm *form :
         std::initializer_list<SetupForm *>{m_families, m_data, m_model, m_training}) {
        connect(form, &SetupForm::edited, this, &SetupPanel::commitEdit);
        connect(form, &SetupForm::typing, this, &SetupPanel::refreshValidity);
    }
    // New rows are locked like the others while training runs.
    connect(m_families, &FamilyTable::listChanged, this, [this] {
        applyTrainingActive();
        commitEdit();
    });
    // The drawn world greys the ranges it does not read; only the mlp reads the window.
    connect(m_data, &DataForm::worldChanged, this, &SetupPanel::applyTrainingActive);
    connect(m_model, &ModelForm::cellChanged, this, &SetupPanel::applyTrainingActive);
    setViewStyle(m_style);
    loadPreset(QStringLiteral("recommended"));
}

QWidget *SetupPanel::createPresetSection()
{
    auto *section = new QGroupBox(sectionTitle(QStringLiteral("preset")));
    auto *layout = new QVBoxLayout(section);
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->setAccessibleName(tr("Preset"));
    setWrappedToolTip(m_preset,
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
    return section;
}

std::vector<FunctionFamily> SetupPanel::untickedFamilies() const
{
    return m_families->untickedFamilies();
}

bool SetupPanel::addFamily(const FunctionFamily &family)
{
    return m_families->addFamily(family);
}

bool SetupPanel::replaceFamily(const QString &name, const FunctionFamily &family)
{
    return m_families->replaceFamily(name, family);
}

bool SetupPanel::removeFamily(const QString &name)
{
    return m_families->removeFamily(name);
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
    m_families->setFamilies(c.generator.families, unticked);
    m_data->display(c.generator);
    m_model->display(c.model);
    m_training->display(c);
}

void SetupPanel::loadPreset(const QString &name)
{
    // A preset says which families are ticked; the ones people added stay listed, unticked.
    setConfig(presetByName(name.toStdString()).config, m_families->addedFamilies());
}

SetupPanel::Reading SetupPanel::read() const
{
    Reading r;
    r.config = m_base;
    TrainingConfig &c = r.config;
    c.generator.families = m_families->readTicked(r.problem);
    m_data->readInto(c.generator);
    c.model.families = c.generator.families;
    m_model->readInto(c.model);
    m_training->readInto(c, r.problem);
    // The trainer draws its curves from the run's seed; the panel says so rather than keep a
    // second seed that would be ignored.
    c.generator.seed = c.seed;
    validate(r);
    return r;
}

void SetupPanel::validate(Reading &r) const
{
    if (!r.problem.isEmpty()) {
        return;
    }
    try {
        validateConfig(r.config);
    } catch (const std::invalid_argument &e) {
        // The field is found by core's English sentence, in whatever language the note is.
        r.problem.note(localReason(e), fieldForProblem(QString::fromUtf8(e.what())));
    }
}

QWidget *SetupPanel::fieldForProblem(const QString &problem) const
{
    for (QWidget *field :
         {m_data->fieldFor(problem), m_model->fieldFor(problem), m_training->fieldFor(problem)}) {
        if (field) {
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
    showProblem(r.problem);
    showPresetSummary(r.config);
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

void SetupPanel::showProblem(const FieldProblem &problem)
{
    m_error = sentenceCase(problem.text);
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    if (m_markedField == problem.field) {
        return;
    }
    if (m_markedField) {
        markInvalid(m_markedField, false, m_style);
    }
    m_markedField = problem.field;
    if (m_markedField) {
        markInvalid(m_markedField, true, m_style);
    }
}

void SetupPanel::setViewStyle(const ViewStyle &style)
{
    m_style = style;
    m_errorLabel->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;")
            .arg(StatusColours::of(m_style, *this).text(Status::Error).name()));
    if (m_markedField) {
        markInvalid(m_markedField, true, m_style);
    }
    m_families->setViewStyle(m_style);
}

void SetupPanel::showPresetSummary(const TrainingConfig &shown)
{
    const Preset preset = presetByName(m_preset->currentText().toStdString());
    QString text = QCoreApplication::translate("curvelab::presets", preset.summary.c_str());
    if (!firstDifference(preset.config, shown).isEmpty()) {
        text += QLatin1Char(' ') + tr("(Changed since it was loaded: choose it again to reload.)");
    }
    m_presetSummary->setText(text);
}

void SetupPanel::setTrainingActive(bool active)
{
    m_trainingActive = active;
    // The dialog's family could no longer be applied: training locks the families.
    if (active) {
        m_families->closeDialog();
    }
    applyTrainingActive();
}

void SetupPanel::applyTrainingActive()
{
    for (QWidget *w : findChildren<QWidget *>()) {
        // An open family dialog is a child too, but a window of its own, with its own rules.
        if (isEditor(w) && w->window() == window()) {
            w->setEnabled((!m_trainingActive || m_training->isLive(w)) && isUsed(w));
        }
    }
}

bool SetupPanel::isUsed(const QWidget *editor) const
{
    return m_model->isUsed(editor) && m_families->isUsed(editor, m_data->world());
}

} // namespace curvelab
