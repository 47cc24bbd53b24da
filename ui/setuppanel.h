#pragma once

#include "trainingconfig.h"

#include <QString>
#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace curvelab {

// The name of the first field in which two configs differ ("learningRate",
// "generator.families", ...), or an empty string when they are equal in every field.
QString firstDifference(const TrainingConfig &a, const TrainingConfig &b);

// Edits a TrainingConfig: a preset to start from, the data (families and how curves are drawn),
// the model and the training. Invalid input is refused inline, with the reason in a red label and
// the field marked. Fits in a QScrollArea (it has no scroll bars of its own).
//
// Signals: configChanged() on every edit, valid or not (ask isValid()). The others fire only for a
// valid config and compare it with the last valid one, so listeners never receive a config that
// cannot be used: generatorChanged() when the curves change (families, ranges, noise, length,
// k,b mode, x order, seed), modelChanged() when new weights are needed (cell, hidden size, layers,
// the mlp's window, features, families), learningRateChanged() when only that may change in a
// running training.
class SetupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPanel(QWidget *parent = nullptr);

    // The config as the controls show it now. Fields the panel does not show (test length, test
    // sequences, evaluation interval) come from the last setConfig(). generator.seed is the seed,
    // as the trainer makes it; model.families == generator.families == the ticked families.
    TrainingConfig config() const;
    // Shows `config`; families of the original question that it lacks are listed unticked.
    void setConfig(const TrainingConfig &config);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the config is refused, as shown in the panel; empty when it is valid.
    QString errorText() const { return m_error; }

public Q_SLOTS:
    // Loads a preset by name (question, answer, recommended).
    void loadPreset(const QString &name);
    // While training runs, everything but the learning rate is locked: the rest would need a new
    // network or new data.
    void setTrainingActive(bool active);

Q_SIGNALS:
    void configChanged();
    void generatorChanged();
    void modelChanged();
    void learningRateChanged(double learningRate);

private:
    // One family's row: the family's name and shape, and the editors of its ranges.
    struct FamilyRow
    {
        FunctionFamily family;
        QCheckBox *enabled = nullptr;
        QLabel *formula = nullptr;
        QLineEdit *x = nullptr;
        QLineEdit *k = nullptr;
        QLineEdit *b = nullptr;
    };

    // The config read from the controls, with the first problem found in doing so.
    struct Reading
    {
        TrainingConfig config;
        QString problem;
        QWidget *field = nullptr;
    };

    QWidget *createPresetSection();
    QWidget *createDataSection();
    QWidget *createModelSection();
    QWidget *createTrainingSection();
    void rebuildFamilyRows(const std::vector<FunctionFamily> &enabled);
    void addFamilyRow(const FunctionFamily &family, bool enabled);
    void showConfig(const TrainingConfig &config);

    Reading read() const;
    void readFamilies(Reading &r) const;
    void validate(Reading &r) const;
    QWidget *fieldForProblem(const QString &problem) const;

    // Refreshes the error display; emits nothing.
    void refreshValidity();
    // Refreshes the error display and emits what changed since the last valid config.
    void commitEdit();
    void showProblem(const QString &problem, QWidget *field);
    void showReading(const Reading &r);
    void showPresetSummary(const TrainingConfig &shown);
    void showFamilyColors();
    void applyTrainingActive();
    void scaleLearningRate(double factor);

    void watch(QSpinBox *box);
    void watch(QDoubleSpinBox *box);
    void watch(QComboBox *box);
    void watch(QLineEdit *edit);
    void watch(QCheckBox *box);

    // Fields the panel does not show pass through from here.
    TrainingConfig m_base;
    // The last valid config that the signals were emitted for.
    TrainingConfig m_lastValid;
    QString m_error;
    bool m_trainingActive = false;
    // Set while setConfig() fills the controls, so that their signals do not commit half a config.
    bool m_loading = false;

    QLabel *m_errorLabel = nullptr;
    QWidget *m_markedField = nullptr;

    QComboBox *m_preset = nullptr;
    QLabel *m_presetSummary = nullptr;

    QWidget *m_familyTable = nullptr;
    QGridLayout *m_familyGrid = nullptr;
    std::vector<FamilyRow> m_rows;
    QComboBox *m_kbMode = nullptr;
    QDoubleSpinBox *m_noise = nullptr;
    QSpinBox *m_length = nullptr;
    QComboBox *m_xOrder = nullptr;

    QComboBox *m_cell = nullptr;
    QSpinBox *m_hidden = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_window = nullptr; // the mlp's; enabled only while the cell is mlp
    QComboBox *m_features = nullptr;

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
