#include "trainingform.h"

#include "formfields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <optional>

namespace curvelab {

namespace {

// Upper bounds of the spin boxes: only there to keep the boxes a sensible width. The real limits
// live in validateConfig(), which refuses too large a value with its reason.
constexpr int kMaxBatchInput = 999999;
constexpr int kMaxStepsInput = 99999999;
constexpr double kMaxSecondsInput = 86400.0; // a day
constexpr double kMaxClipInput = 1000.0;

} // namespace

TrainingForm::TrainingForm(const QString &title, QWidget *parent) : SetupForm(title, parent)
{
    auto *form = new QFormLayout(this);
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
    m_lrDown->setAccessibleName(tr("Divide learning rate by 10"));
    m_lrUp = named(new QToolButton, QStringLiteral("learningRateUp"),
                   tr("Multiplies the learning rate by 10: bigger steps, until they are so big "
                      "that the loss explodes."));
    m_lrUp->setText(tr("×10"));
    m_lrUp->setAccessibleName(tr("Multiply learning rate by 10"));
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
    nameFieldsAfterLabels(form);
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
}

void TrainingForm::display(const TrainingConfig &c)
{
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

void TrainingForm::readInto(TrainingConfig &c, FieldProblem &problem) const
{
    c.optimizer = choice<OptimizerType>(m_optimizer);
    if (const std::optional<double> lr = numberFromText(m_learningRate->text())) {
        c.learningRate = *lr;
    } else {
        problem.note(tr("learning rate must be a number, e.g. 0.003 or 3e-3"), m_learningRate);
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
        problem.note(tr("the seed must be a whole number, 0 or more"), m_seed);
    }
}

bool TrainingForm::isLive(const QWidget *editor) const
{
    return editor == m_learningRate || editor == m_lrDown || editor == m_lrUp;
}

QWidget *TrainingForm::fieldFor(const QString &problem) const
{
    return fieldByPrefix(problem, {{"learning rate", m_learningRate},
                                   {"batch size", m_batch},
                                   {"gradient clip", m_clip},
                                   {"step budget", m_steps},
                                   {"time budget", m_seconds},
                                   {"target accuracy", m_target},
                                   {"set a step budget", m_steps}});
}

void TrainingForm::scaleLearningRate(double factor)
{
    const std::optional<double> lr = numberFromText(m_learningRate->text());
    if (!lr) {
        return;
    }
    // 0.003 * 10 is 0.030000000000000002 in binary: show what a person would have typed.
    m_learningRate->setText(QString::number(*lr * factor, 'g', 12));
    Q_EMIT edited();
}

} // namespace curvelab
