#pragma once

#include "fieldproblem.h"

#include <QComboBox>
#include <QGroupBox>
#include <QString>
#include <initializer_list>
#include <utility>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace curvelab {

// A section of the setup panel, titled, with its fields (the families, the data, the model, the
// training). A form shows its part of a config and reads it back; it reports edits and applies
// none: the panel reads every form, validates the whole and says what changed.
class SetupForm : public QGroupBox
{
    Q_OBJECT

public:
    using QGroupBox::QGroupBox;

Q_SIGNALS:
    // A field's value was set: a box's when typing is done, a line edit's on Enter or on leaving
    // it changed, a tick or a choice at once.
    void edited();
    // A line edit's text changed as it is typed, not yet set.
    void typing();

protected:
    // What the fields are built from: a name (tests, lessons and classroom mode find fields by
    // it) and a tooltip that wraps.
    template <typename W> static W *named(W *widget, const QString &objectName, const QString &tip)
    {
        nameField(widget, objectName, tip);
        return widget;
    }
    static void nameField(QWidget *widget, const QString &objectName, const QString &tip);
    static QSpinBox *spinBox(int lo, int hi, int step);
    static QDoubleSpinBox *doubleSpinBox(double lo, double hi, int decimals, double step);

    // A box that offers values of a core enum, each shown as `text`.
    template <typename Enum>
    static QComboBox *enumCombo(std::initializer_list<std::pair<QString, Enum>> items)
    {
        auto *box = new QComboBox;
        for (const auto &[text, value] : items) {
            box->addItem(text, static_cast<int>(value));
        }
        return box;
    }
    // An enum value shown as core names it ("lstm", "per-step").
    template <typename Enum> static std::pair<QString, Enum> item(Enum value)
    {
        return {QString::fromStdString(toString(value)), value};
    }
    template <typename Enum> static Enum choice(const QComboBox *box)
    {
        return static_cast<Enum>(box->currentData().toInt());
    }
    template <typename Enum> static void select(QComboBox *box, Enum value)
    {
        box->setCurrentIndex(box->findData(static_cast<int>(value)));
    }

    // The field whose prefix `problem` starts with: validateConfig names the field first in each
    // of its reasons. nullptr when none does.
    static QWidget *fieldByPrefix(const QString &problem,
                                  std::initializer_list<std::pair<const char *, QWidget *>> fields);

    // Reports the field's edits as edited() (and a line edit's keystrokes as typing()).
    void watch(QSpinBox *box);
    void watch(QDoubleSpinBox *box);
    void watch(QComboBox *box);
    void watch(QLineEdit *edit);
    void watch(QCheckBox *box);
};

} // namespace curvelab
