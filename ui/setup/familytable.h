#pragma once

#include "curvegenerator.h"
#include "setupform.h"
#include "viewstyle.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <vector>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace curvelab {

class FamilyDialog;

// The setup's "Families" section, a table of them: a row a family (a tick, its formula in its chart
// colour, its x, k and b ranges, Edit… and, for families people added, a remove button), and "Add
// family…" below. Ticked families are in the lesson. The question's three families can be edited
// and unticked but not removed: they always come back. Edit… and Add family… open a FamilyDialog.
//
// Typing into a range and ticking are edits (edited(), typing()); adding, replacing and removing
// a family rebuild the rows and emit listChanged() instead.
class FamilyTable : public SetupForm
{
    Q_OBJECT

public:
    explicit FamilyTable(const QString &title, QWidget *parent = nullptr);

    // Lists `ticked` ticked, then `unticked` unticked (those named like a family already listed
    // are skipped), then the question's families still missing, unticked. Emits nothing.
    void setFamilies(const std::vector<FunctionFamily> &ticked,
                     const std::vector<FunctionFamily> &unticked);
    // The ticked families, top to bottom, with the ranges their fields show; the first field
    // that does not read as a range, a family that validateFamily() refuses, too many ticked
    // or a list that validateFamilies() refuses is noted in `problem`.
    std::vector<FunctionFamily> readTicked(FieldProblem &problem) const;
    // The families listed but not ticked, top to bottom, with the ranges their fields show
    // (where a field does not read as a range, the family keeps the range it was listed with).
    std::vector<FunctionFamily> untickedFamilies() const;
    // The families listed that are not the question's, ticked or not, read likewise.
    std::vector<FunctionFamily> addedFamilies() const;

    // As SetupPanel's functions of the same names (setuppanel.h); each change emits listChanged().
    bool addFamily(const FunctionFamily &family);
    bool replaceFamily(const QString &name, const FunctionFamily &family);
    bool removeFamily(const QString &name);

    // Whether `editor` counts in `world`: the drawn world draws k and b at any scale, and the x
    // of a unit-free family anywhere, so those ranges do not.
    bool isUsed(const QWidget *editor, CurveWorld world) const;
    // Closes the family dialog, if one is open, applying nothing.
    void closeDialog();
    // For the family dialog, open or yet to open: the colours of its refusals and notes.
    void setViewStyle(const ViewStyle &style);

Q_SIGNALS:
    // A family was added, replaced or removed: the rows are new, and what they read changed.
    void listChanged();

private:
    // One family's row: the family's name and shape, and the editors of its ranges.
    struct Row
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
    struct RowState
    {
        FunctionFamily family;
        bool enabled = false;
        QString x;
        QString k;
        QString b;
    };

    static RowState rowState(const FunctionFamily &family, bool enabled);
    std::vector<RowState> rowStates() const;
    void rebuild(std::vector<RowState> rows);
    // Rebuilds the table from `rows` and says so.
    void commit(std::vector<RowState> rows);
    QString addFamilyTip() const;
    void addRow(const RowState &state);
    QToolButton *rowButton(const QString &objectName, const QString &text, const QString &tip);
    int rowOf(const QString &name) const;
    // The row's family, with the ranges its fields show where those read as ranges.
    FunctionFamily shownFamily(const Row &row) const;
    // The first of the row's range fields that does not read as a range, or nullptr.
    static QLineEdit *unreadRange(const Row &row);
    QStringList namesExcept(const QString &name) const;
    // The charts colour a family by its place among the ticked ones; the formulas match.
    void showColors();
    void openAddDialog();
    void openEditDialog(const QString &name);
    void openDialog(FamilyDialog *dialog, const QString &title);

    // Replaced whole when the rows are rebuilt.
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<Row> m_rows;
    QPushButton *m_addFamily = nullptr;
    // The family dialog while one is open: it is closed when training starts.
    QPointer<FamilyDialog> m_dialog;
    ViewStyle m_style;
};

} // namespace curvelab
