#pragma once

#include "trainingconfig.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace curvelab {

class FamilyDialog;

// The name of the first field in which two configs differ ("learningRate",
// "generator.families", ...), or an empty string when they are equal in every field.
QString firstDifference(const TrainingConfig &a, const TrainingConfig &b);

// Edits a TrainingConfig: a preset to start from, the families, how their curves are drawn, the
// model and the training. Invalid input is refused inline, with the reason in a red label and
// the field marked. Fits in a QScrollArea (it has no scroll bars of its own).
//
// Families can be added, edited (in a FamilyDialog) and removed; ticked ones are in the lesson.
// The question's three families can be edited and unticked but not removed: they always come
// back. Unticked families are not part of the config; untickedFamilies() and
// setConfig(config, unticked) carry them, for settings and lesson files.
//
// Signals: configChanged() on every edit, valid or not (ask isValid()). The others fire only for a
// valid config and compare it with the last valid one, so listeners never receive a config that
// cannot be used: generatorChanged() when the curves change (families, ranges, world, noise,
// length, k,b mode, x order, seed), modelChanged() when new weights are needed (cell, hidden size,
// layers, the mlp's window, features, families), learningRateChanged() when only that may change in
// a running training.
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
    // The same, with `unticked` listed unticked after the config's families (those named like a
    // family already listed are skipped), then the question's families still missing.
    void setConfig(const TrainingConfig &config, const std::vector<FunctionFamily> &unticked);
    // The families listed but not ticked, top to bottom, with the ranges their fields show
    // (where a field does not read as a range, the family keeps the range it was listed with).
    std::vector<FunctionFamily> untickedFamilies() const;

    // Stable ids of the panel's sections, top to bottom: "preset", "families" (the family table
    // and its buttons), "data" (how curves are drawn: world, k,b mode, noise, points, x order),
    // "model"
    // and "training". Classroom mode hides some of them.
    static QStringList sectionNames();
    // The section's title for people ("Families"); empty for an unknown id.
    static QString sectionTitle(const QString &id);
    // Hides a section's widgets, and the space they took; an unknown id is ignored.
    void setSectionHidden(const QString &section, bool hidden);
    QStringList hiddenSections() const;

    bool isValid() const { return m_error.isEmpty(); }
    // Why the config is refused, as shown in the panel; empty when it is valid.
    QString errorText() const { return m_error; }

public Q_SLOTS:
    // Loads a preset by name (question, answer, seed, recommended).
    void loadPreset(const QString &name);
    // While training runs, everything but the learning rate is locked: the rest would need a new
    // network or new data.
    void setTrainingActive(bool active);

    // Lists `family` below the others, ticked unless kMaxFamilies are ticked already. Returns
    // false, and changes nothing, when a family of that name is listed.
    bool addFamily(const FunctionFamily &family);
    // Replaces the family named `name`, keeping its tick. Returns false, and changes nothing,
    // when no family has that name or `family` is named like another listed one.
    bool replaceFamily(const QString &name, const FunctionFamily &family);
    // Removes the family named `name`. Returns false, and changes nothing, for a family of the
    // question (they can only be unticked) or a name that is not listed.
    bool removeFamily(const QString &name);

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
        QToolButton *edit = nullptr;
        QToolButton *remove = nullptr; // none for the question's families
    };

    // What a row shows, so that rows can be rebuilt without losing what was typed in them.
    struct FamilyRowState
    {
        FunctionFamily family;
        bool enabled = false;
        QString x;
        QString k;
        QString b;
    };

    // The config read from the controls, with the first problem found in doing so.
    struct Reading
    {
        TrainingConfig config;
        QString problem;
        QWidget *field = nullptr;
    };

    QWidget *createPresetSection();
    QWidget *createFamilySection();
    QWidget *createDataSection();
    QWidget *createModelSection();
    QWidget *createTrainingSection();
    static FamilyRowState rowState(const FunctionFamily &family, bool enabled);
    std::vector<FamilyRowState> rowStates() const;
    void rebuildFamilyRows(std::vector<FamilyRowState> rows);
    QString addFamilyTip() const;
    void addFamilyRow(const FamilyRowState &state);
    QToolButton *rowButton(const QString &objectName, const QString &text, const QString &tip);
    // Rebuilds the table from `rows` and commits, as any other edit.
    void commitFamilyRows(std::vector<FamilyRowState> rows);
    int rowOf(const QString &name) const;
    // The families listed, with the ranges their fields show where those read as ranges.
    FunctionFamily shownFamily(const FamilyRow &row) const;
    std::vector<FunctionFamily> addedFamilies() const;
    QStringList namesExcept(const QString &name) const;
    void openAddDialog();
    void openEditDialog(const QString &name);
    void openFamilyDialog(FamilyDialog *dialog, const QString &title);
    void showConfig(const TrainingConfig &config, const std::vector<FunctionFamily> &unticked);

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
    // Whether an editor counts in the config shown: the mlp's window, and the ranges that the
    // drawn world draws at any scale, do not.
    bool isUsed(const QWidget *editor) const;
    // The noise box's tooltip, which says what its level means in the world chosen.
    void explainNoise();
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
    // A guarded pointer: the family table is rebuilt, and the field deleted with it.
    QPointer<QWidget> m_markedField;
    QHash<QString, QWidget *> m_sections;

    QComboBox *m_preset = nullptr;
    QLabel *m_presetSummary = nullptr;

    QWidget *m_familyTable = nullptr;
    QGridLayout *m_familyGrid = nullptr;
    std::vector<FamilyRow> m_rows;
    QPushButton *m_addFamily = nullptr;
    // The family dialog while one is open: it is closed when training starts.
    QPointer<FamilyDialog> m_dialog;
    QComboBox *m_world = nullptr;
    QComboBox *m_kbMode = nullptr;
    QDoubleSpinBox *m_noise = nullptr;
    QCheckBox *m_noisePerSequence = nullptr;
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
