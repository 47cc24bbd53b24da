#pragma once

#include "fieldproblem.h"
#include "trainingconfig.h"
#include "viewstyle.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;

namespace curvelab {

class DataForm;
class FamilyTable;
class ModelForm;
class TrainingForm;

// The name of the first field in which two configs differ ("learningRate",
// "generator.families", ...), or an empty string when they are equal in every field.
QString firstDifference(const TrainingConfig &a, const TrainingConfig &b);

// Edits a TrainingConfig: a preset to start from, the families (FamilyTable), how their curves are
// drawn (DataForm), the model (ModelForm) and the training (TrainingForm), each in a section of
// its own; the panel reads them all, validates the whole and emits. Invalid input is refused
// inline, with the reason in a label in the error colour and the field marked. Fits in a
// QScrollArea (it has no scroll bars of its own).
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
    // The colours of the refusal and of the marked field, here and in the family dialog
    // (StatusColours).
    void setViewStyle(const ViewStyle &style);

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
    // The config read from the controls, with the first problem found in doing so.
    struct Reading
    {
        TrainingConfig config;
        FieldProblem problem;
    };

    QWidget *createPresetSection();
    void showConfig(const TrainingConfig &config, const std::vector<FunctionFamily> &unticked);

    Reading read() const;
    void validate(Reading &r) const;
    QWidget *fieldForProblem(const QString &problem) const;

    // Refreshes the error display; emits nothing.
    void refreshValidity();
    // Refreshes the error display and emits what changed since the last valid config.
    void commitEdit();
    void showProblem(const FieldProblem &problem);
    void showReading(const Reading &r);
    void showPresetSummary(const TrainingConfig &shown);
    void applyTrainingActive();
    // Whether an editor counts in the config shown: the mlp's window, and the ranges that the
    // drawn world draws at any scale, do not.
    bool isUsed(const QWidget *editor) const;

    // Fields the panel does not show pass through from here.
    TrainingConfig m_base;
    // The last valid config that the signals were emitted for.
    TrainingConfig m_lastValid;
    QString m_error;
    ViewStyle m_style;
    bool m_trainingActive = false;
    // Set while setConfig() fills the controls, so that their signals do not commit half a config.
    bool m_loading = false;

    QLabel *m_errorLabel = nullptr;
    // A guarded pointer: the family table is rebuilt, and the field deleted with it.
    QPointer<QWidget> m_markedField;
    QHash<QString, QWidget *> m_sections;

    QComboBox *m_preset = nullptr;
    QLabel *m_presetSummary = nullptr;
    FamilyTable *m_families = nullptr;
    DataForm *m_data = nullptr;
    ModelForm *m_model = nullptr;
    TrainingForm *m_training = nullptr;
};

} // namespace curvelab
