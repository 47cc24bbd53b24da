#pragma once

#include "functionfamily.h"
#include "viewstyle.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace curvelab {

class FamilyPreview;

// Edits one family: its name, its formula and its x, k and b ranges, with a sketch of the curves
// it draws. Every keystroke is judged: a refused family shows why in the error colour (a formula
// the parser cannot read, with the place where it stopped), marks the field and disables OK. A
// formula undefined on part of its x range is not refused: the dialog says where it is defined
// and family() uses that narrower range.
class FamilyDialog : public QDialog
{
    Q_OBJECT

public:
    // Edits `family`. Its name must stay clear of `takenNames`, the other families' names.
    FamilyDialog(const FunctionFamily &family, const QStringList &takenNames,
                 QWidget *parent = nullptr);
    ~FamilyDialog() override;

    // What a new family starts as: a sine wave, named to take none of `takenNames`.
    static FunctionFamily newFamily(const QStringList &takenNames);

    // The family as typed, its x range narrowed to where the formula is defined.
    FunctionFamily family() const { return m_family; }
    bool isValid() const { return m_error.isEmpty(); }
    // Why the family is refused, as shown; empty when it is valid.
    QString errorText() const { return m_error; }
    // Why x was narrowed, as shown; empty when it was not.
    QString noteText() const { return m_note; }
    // The colours of the refusal, the note and the marked field (StatusColours).
    void setViewStyle(const ViewStyle &style);

private:
    // The fields read and judged.
    struct Verdict
    {
        FunctionFamily family;
        QString problem;
        QLineEdit *field = nullptr;
        // Where in the formula the parser stopped, from 0; -1 when it did not.
        int position = -1;
        QString note;
        bool formulaRead = false;
        bool drawable = false;
    };

    QLineEdit *addField(const QString &objectName, const QString &tip);
    QWidget *createHelp();
    Verdict judge() const;
    // Records the first problem found; later ones wait until it is fixed.
    static void refuse(Verdict &v, const QString &problem, QLineEdit *field);
    void judgeName(Verdict &v) const;
    // Each returns whether its fields could be read at all.
    bool judgeFormula(Verdict &v) const;
    bool readRanges(Verdict &v) const;
    // Where in the formula field the parser stopped, from core's reason; -1 when it does not say.
    int errorPosition(const QString &why) const;
    // Narrows x to where the formula is defined and judges the family on it.
    void judgeCurves(Verdict &v) const;
    QLineEdit *fieldForProblem(const QString &problem) const;

    void revalidate();
    void showVerdict(const Verdict &v);
    // For a formula the parser cannot read: the formula, and a caret under where it stopped.
    QString errorPlace() const;
    // Puts the formula field's cursor where the parser stopped, with that character selected.
    void selectErrorPosition();
    void showStatusColours();

    ViewStyle m_style;
    QStringList m_takenNames;
    FunctionFamily m_family;
    QString m_error;
    QString m_note;
    int m_errorPosition = -1;
    QLineEdit *m_markedField = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_formula = nullptr;
    QLabel *m_formulaText = nullptr;
    QLineEdit *m_x = nullptr;
    QLineEdit *m_k = nullptr;
    QLineEdit *m_b = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_errorPlace = nullptr;
    QLabel *m_noteLabel = nullptr;
    FamilyPreview *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace curvelab
