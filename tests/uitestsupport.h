#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

namespace curvelab::test {

inline QWidget *field(QWidget &panel, const QString &name)
{
    auto *w = panel.findChild<QWidget *>(name);
    if (!w) {
        qFatal("no field named %s", qPrintable(name));
    }
    return w;
}

// Edits one field the way a user would: types into line edits (and presses Enter), steps spin
// boxes, picks combo items, ticks check boxes ("on"/"off").
inline void edit(QWidget &panel, const QString &name, const QString &value)
{
    QWidget *w = field(panel, name);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->selectAll();
        QTest::keyClicks(line, value);
        QTest::keyClick(line, Qt::Key_Return);
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setValue(value.toInt());
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w)) {
        dspin->setValue(value.toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        combo->setCurrentIndex(combo->findText(value));
    } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
        check->setChecked(value == QLatin1String("on"));
    } else {
        qFatal("cannot edit %s", qPrintable(name));
    }
}

// Replaces a line edit's text by typing, without Enter: in a dialog Enter would press OK.
inline void typeOver(QWidget &root, const QString &name, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(field(root, name));
    if (!line) {
        qFatal("%s is no line edit", qPrintable(name));
    }
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

} // namespace curvelab::test
