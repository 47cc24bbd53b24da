#pragma once

#include "setupform.h"
#include "trainingconfig.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace curvelab {

// The setup's "Training" section: the optimiser, the learning rate (with ÷10 and ×10), the
// batch, the gradient clip, the loss, when to stop and the seed.
class TrainingForm : public SetupForm
{
    Q_OBJECT

public:
    explicit TrainingForm(const QString &title, QWidget *parent = nullptr);

    // Shows the fields of `config` this form holds; the rest are other forms' or not shown.
    void display(const TrainingConfig &config);
    // Writes the fields this form holds into `config`. A learning rate or a seed that does not
    // read as one is noted in `problem` and leaves the field as it was.
    void readInto(TrainingConfig &config, FieldProblem &problem) const;
    // Whether `editor` may change while training runs: the learning rate and its buttons.
    bool isLive(const QWidget *editor) const;
    // The field that validateConfig's reason `problem` names, or nullptr.
    QWidget *fieldFor(const QString &problem) const;

private:
    void scaleLearningRate(double factor);

    QComboBox *m_optimizer = nullptr;
    QLineEdit *m_learningRate = nullptr;
    QToolButton *m_lrDown = nullptr;
    QToolButton *m_lrUp = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_clip = nullptr;
    QComboBox *m_loss = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QSpinBox *m_steps = nullptr;
    QDoubleSpinBox *m_seconds = nullptr;
    QLineEdit *m_seed = nullptr;
};

} // namespace curvelab
