#include "familydialog.h"
#include "familypreview.h"
#include "familyspec.h"
#include "formfields.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(curvelab::FunctionFamily)

namespace curvelab {

// How QCOMPARE shows a family that differs.
char *toString(const FunctionFamily &family)
{
    return qstrdup(familySpec(family).c_str());
}

} // namespace curvelab

using namespace curvelab;
using curvelab::test::field;
using curvelab::test::typeOver;

namespace {

QLineEdit *lineEdit(QWidget &dialog, const QString &name)
{
    return qobject_cast<QLineEdit *>(field(dialog, name));
}

QPushButton *okButton(QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLabel *label(QWidget &dialog, const QString &name)
{
    return qobject_cast<QLabel *>(field(dialog, name));
}

bool isMarked(QWidget *w)
{
    const QPalette::ColorGroup group = w->palette().currentColorGroup();
    return w->palette().color(group, QPalette::Base) !=
           QApplication::palette(w).color(group, QPalette::Base);
}

int previewCurves(QWidget &dialog)
{
    return dialog.findChild<FamilyPreview *>(QStringLiteral("preview"))->curveCount();
}

// The fields a problem can be marked in.
const QStringList kFields = {QStringLiteral("name"), QStringLiteral("formula"), QStringLiteral("x"),
                             QStringLiteral("k"), QStringLiteral("b")};

// Only `marked` is marked, if anything.
void verifyOnlyMarked(QWidget &dialog, const QString &marked)
{
    for (const QString &name : kFields) {
        QVERIFY2(isMarked(field(dialog, name)) == (name == marked), qPrintable(name));
    }
}

} // namespace

class TestFamilyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheFamilyItEdits();
    void newFamilyTakesAFreeName_data();
    void newFamilyTakesAFreeName();
    void unreadableFormulaShowsWhereTheParserStopped_data();
    void unreadableFormulaShowsWhereTheParserStopped();
    void formulaNotOfTheFormKgPlusBIsRefused_data();
    void formulaNotOfTheFormKgPlusBIsRefused();
    void partlyUndefinedFormulaIsNarrowed_data();
    void partlyUndefinedFormulaIsNarrowed();
    void formulaUndefinedEverywhereIsRefused();
    void okIsEnabledOnlyWhenValid_data();
    void okIsEnabledOnlyWhenValid();
    void takenNamesAreRefused_data();
    void takenNamesAreRefused();
    void fixingTheFormulaClearsTheRefusal();
    void familyIsWhatWasTyped_data();
    void familyIsWhatWasTyped();
    void everyFieldHasATooltip();
};

void TestFamilyDialog::showsTheFamilyItEdits()
{
    const FunctionFamily parabola = originalFamilies()[1];
    FamilyDialog dialog(parabola, {QStringLiteral("line")});
    QCOMPARE(lineEdit(dialog, QStringLiteral("name"))->text(), QStringLiteral("parabola"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("formula"))->text(), QStringLiteral("x^2"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("x"))->text(), QStringLiteral("5..15"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("k"))->text(), QStringLiteral("0..1"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("b"))->text(), QStringLiteral("0..5"));
    // A shape typed alone is read as the family k*g(x) + b, and the dialog says so.
    QCOMPARE(label(dialog, QStringLiteral("formulaText"))->text(), QStringLiteral("y = k*x^2 + b"));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.family(), parabola);
    QCOMPARE(previewCurves(dialog), 5);
}

void TestFamilyDialog::newFamilyTakesAFreeName_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::addRow("a new family is a wave") << QStringList{"line", "parabola"} << "wave";
    QTest::addRow("a second wave is wave 2") << QStringList{"line", "wave"} << "wave 2";
    QTest::addRow("a third wave is wave 3") << QStringList{"wave", "wave 2"} << "wave 3";
    QTest::addRow("names differing in case count as taken") << QStringList{"Wave"} << "wave 2";
}

void TestFamilyDialog::newFamilyTakesAFreeName()
{
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    const FunctionFamily family = FamilyDialog::newFamily(taken);
    QCOMPARE(QString::fromStdString(family.name), name);
    QCOMPARE(family.shape, std::string("k*sin(x)+b"));
    FamilyDialog dialog(family, taken);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
}

void TestFamilyDialog::unreadableFormulaShowsWhereTheParserStopped_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("position"); // in the field, from 0
    QTest::addRow("missing parenthesis is placed at the end") << "k*sin(x+b"
                                                              << "Missing parenthesis"
                                                              << "(at the end)" << 9;
    QTest::addRow("doubled operator is placed at the second one") << "k*x^^2+b"
                                                                  << "Unexpected operator"
                                                                  << "(at position 5)" << 4;
    QTest::addRow("stray parenthesis is placed where it stands") << "k*x)+b"
                                                                 << "Unexpected parenthesis"
                                                                 << "(at position 4)" << 3;
    QTest::addRow("unknown variable is placed where it stands") << "k*x+y+b"
                                                                << "Unexpected token \"y\""
                                                                << "(at position 5)" << 4;
    QTest::addRow("formula ending in an operator is placed at the end") << "k*sin(x)+"
                                                                        << "Unexpected end"
                                                                        << "(at the end)" << 9;
    QTest::addRow("spaces before the formula do not shift the place") << "  k*x^^2+b"
                                                                      << "Unexpected operator"
                                                                      << "(at position 5)" << 6;
}

void TestFamilyDialog::unreadableFormulaShowsWhereTheParserStopped()
{
    QFETCH(QString, formula);
    QFETCH(QString, reason);
    QFETCH(QString, where);
    QFETCH(int, position);
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeOver(dialog, QStringLiteral("formula"), formula);
    QVERIFY(!dialog.isValid());
    QVERIFY2(dialog.errorText().contains(reason), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(where), qPrintable(dialog.errorText()));
    QLabel *error = label(dialog, QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), dialog.errorText());
    // Under the reason, the formula with a caret under the place.
    QLabel *place = label(dialog, QStringLiteral("errorPlace"));
    QVERIFY(place->isVisible());
    QCOMPARE(place->text(),
             formula + QLatin1Char('\n') + QString(position, QLatin1Char(' ')) + QLatin1Char('^'));
    verifyOnlyMarked(dialog, QStringLiteral("formula"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(previewCurves(dialog), 0);

    // Typing goes on undisturbed; once done (Enter), the cursor goes to the place.
    QLineEdit *edit = lineEdit(dialog, QStringLiteral("formula"));
    QCOMPARE(edit->cursorPosition(), static_cast<int>(formula.size()));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Enter pressed no disabled OK
    if (position < formula.size()) {
        QCOMPARE(edit->selectionStart(), position);
        QCOMPARE(edit->selectedText(), formula.mid(position, 1));
    } else {
        QVERIFY(!edit->hasSelectedText());
        QCOMPARE(edit->cursorPosition(), position);
    }
}

void TestFamilyDialog::formulaNotOfTheFormKgPlusBIsRefused_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addRow("k inside the sine is refused") << "sin(k*x)+b";
    QTest::addRow("k squared is refused") << "k*k*x+b";
    QTest::addRow("b inside a function is refused") << "exp(b)*k*x";
    QTest::addRow("b squared is refused") << "k*x^2+b^2";
}

void TestFamilyDialog::formulaNotOfTheFormKgPlusBIsRefused()
{
    QFETCH(QString, formula);
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    typeOver(dialog, QStringLiteral("formula"), formula);
    QVERIFY(!dialog.isValid());
    QVERIFY2(dialog.errorText().contains(QLatin1String("must have the form k*g(x) + b")),
             qPrintable(dialog.errorText()));
    // The family is judged alone: its name is not repeated in front of the reason.
    QVERIFY2(dialog.errorText().startsWith(formula), qPrintable(dialog.errorText()));
    verifyOnlyMarked(dialog, QStringLiteral("formula"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(previewCurves(dialog), 0);
    // The parser read it: there is no place to point at.
    QVERIFY(label(dialog, QStringLiteral("errorPlace"))->isHidden());
    QCOMPARE(label(dialog, QStringLiteral("formulaText"))->text(), QLatin1String("y = ") + formula);
}

void TestFamilyDialog::partlyUndefinedFormulaIsNarrowed_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("x");
    QTest::addColumn<QString>("narrowed");
    QTest::addRow("log on 0..10 starts at 0.01") << "k*log(x)+b"
                                                 << "0..10"
                                                 << "0.01..10";
    QTest::addRow("a pole at 5 keeps 0..4.99") << "k/(x-5)+b"
                                               << "0..10"
                                               << "0..4.99";
    QTest::addRow("sqrt from -5 keeps the positive x") << "k*sqrt(x)+b"
                                                       << "-5..10"
                                                       << "0.01..10";
    QTest::addRow("a shape alone is narrowed too") << "log(x)"
                                                   << "0..10"
                                                   << "0.01..10";
}

void TestFamilyDialog::partlyUndefinedFormulaIsNarrowed()
{
    QFETCH(QString, formula);
    QFETCH(QString, x);
    QFETCH(QString, narrowed);
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeOver(dialog, QStringLiteral("formula"), formula);
    typeOver(dialog, QStringLiteral("x"), x);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
    QVERIFY(okButton(dialog)->isEnabled());
    // Never silently: the note says what x becomes, and OK takes it. It opens with the formula,
    // in the case it was typed in.
    QVERIFY2(dialog.noteText().startsWith(QLatin1String("y = ")), qPrintable(dialog.noteText()));
    QVERIFY2(dialog.noteText().contains(QLatin1String("x narrowed to ") + narrowed),
             qPrintable(dialog.noteText()));
    QVERIFY2(dialog.noteText().contains(QLatin1String("OK uses x = ") + narrowed),
             qPrintable(dialog.noteText()));
    QLabel *note = label(dialog, QStringLiteral("noteLabel"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), dialog.noteText());
    QVERIFY(!label(dialog, QStringLiteral("errorLabel"))->isVisible());
    QCOMPARE(lineEdit(dialog, QStringLiteral("x"))->text(), x); // what was typed stays
    verifyOnlyMarked(dialog, QString());
    QCOMPARE(previewCurves(dialog), 5);

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(rangeText(dialog.family().x), narrowed);
    validateFamily(dialog.family());
}

void TestFamilyDialog::formulaUndefinedEverywhereIsRefused()
{
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    typeOver(dialog, QStringLiteral("formula"), QStringLiteral("k*sqrt(x-20)+b"));
    typeOver(dialog, QStringLiteral("x"), QStringLiteral("0..10"));
    QVERIFY(!dialog.isValid());
    QVERIFY2(dialog.errorText().contains(QLatin1String("undefined everywhere on x = 0..10")),
             qPrintable(dialog.errorText()));
    verifyOnlyMarked(dialog, QStringLiteral("x"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.noteText().isEmpty());
}

void TestFamilyDialog::okIsEnabledOnlyWhenValid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // empty when valid
    QTest::addRow("a shape alone is accepted") << "formula"
                                               << "x^3"
                                               << "";
    QTest::addRow("a whole family is accepted") << "formula"
                                                << "k*exp(x/10)+b"
                                                << "";
    QTest::addRow("a decimal comma is accepted") << "k"
                                                 << "0,5..2"
                                                 << "";
    QTest::addRow("an empty name is refused") << "name"
                                              << ""
                                              << "needs a name";
    QTest::addRow("a name with a semicolon is refused") << "name"
                                                        << "a;b"
                                                        << "cannot contain";
    QTest::addRow("an empty formula is refused") << "formula"
                                                 << ""
                                                 << "write a formula";
    QTest::addRow("k range with low above high is refused") << "k"
                                                            << "2..0.5"
                                                            << "low < high";
    QTest::addRow("x range with low equal to high is refused") << "x"
                                                               << "1..1"
                                                               << "low < high";
    QTest::addRow("b range not written low..high is refused") << "b"
                                                              << "-1 1"
                                                              << "low..high";
    QTest::addRow("x range that is no number is refused") << "x"
                                                          << "a..b"
                                                          << "low..high";
}

void TestFamilyDialog::okIsEnabledOnlyWhenValid()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(okButton(dialog)->isEnabled());
    typeOver(dialog, field, text);
    const bool valid = reason.isEmpty();
    QCOMPARE(dialog.isValid(), valid);
    QCOMPARE(okButton(dialog)->isEnabled(), valid);
    QCOMPARE(label(dialog, QStringLiteral("errorLabel"))->isVisible(), !valid);
    QVERIFY2(dialog.errorText().contains(reason, Qt::CaseInsensitive),
             qPrintable(dialog.errorText()));
    verifyOnlyMarked(dialog, valid ? QString() : field);
}

void TestFamilyDialog::takenNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("another family's name is refused") << "line" << false;
    QTest::addRow("another family's name in other case is refused") << "Parabola" << false;
    QTest::addRow("spaces around a taken name do not hide it") << " sqrt " << false;
    QTest::addRow("a free name is accepted") << "line 2" << true;
    QTest::addRow("the family's own name is accepted") << "wave" << true;
}

void TestFamilyDialog::takenNamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    // Editing "wave": its own name is not among the taken ones.
    FamilyDialog dialog(FamilyDialog::newFamily({}), {"line", "parabola", "sqrt"});
    typeOver(dialog, QStringLiteral("name"), name);
    QCOMPARE(dialog.isValid(), accepted);
    QCOMPARE(okButton(dialog)->isEnabled(), accepted);
    if (!accepted) {
        QVERIFY2(dialog.errorText().contains(QLatin1String("already named")),
                 qPrintable(dialog.errorText()));
        verifyOnlyMarked(dialog, QStringLiteral("name"));
        // The name is judged on its own: the curves are still drawn.
        QCOMPARE(previewCurves(dialog), 5);
    }
    QCOMPARE(QString::fromStdString(dialog.family().name), name.trimmed());
}

void TestFamilyDialog::fixingTheFormulaClearsTheRefusal()
{
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeOver(dialog, QStringLiteral("formula"), QStringLiteral("k*sin(x+b"));
    QVERIFY(!dialog.isValid());
    QTest::keyClick(lineEdit(dialog, QStringLiteral("formula")), Qt::Key_End);
    QTest::keyClicks(lineEdit(dialog, QStringLiteral("formula")), QStringLiteral(")"));
    QVERIFY(!dialog.isValid()); // sin(x+b) is no k*g(x) + b
    typeOver(dialog, QStringLiteral("formula"), QStringLiteral("k*sin(x)+b"));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
    QVERIFY(!label(dialog, QStringLiteral("errorLabel"))->isVisible());
    QVERIFY(!label(dialog, QStringLiteral("errorPlace"))->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    verifyOnlyMarked(dialog, QString());
    QCOMPARE(label(dialog, QStringLiteral("formulaText"))->text(),
             QStringLiteral("y = k*sin(x)+b"));
    QCOMPARE(previewCurves(dialog), 5);
}

void TestFamilyDialog::familyIsWhatWasTyped_data()
{
    QTest::addColumn<QStringList>("typed"); // name, formula, x, k, b
    QTest::addColumn<FunctionFamily>("family");
    QTest::addRow("an exponential family is what was typed")
        << QStringList{"growth", "k*exp(x/10)+b", "0..20", "0.5..2", "-1..1"}
        << FunctionFamily{"growth", "k*exp(x/10)+b", {0, 20}, {0.5, 2}, {-1, 1}};
    QTest::addRow("a shape alone is kept as typed")
        << QStringList{"cubic", "x^3", "-2..2", "0..1", "0..5"}
        << FunctionFamily{"cubic", "x^3", {-2, 2}, {0, 1}, {0, 5}};
    QTest::addRow("spaces around the name and formula are dropped")
        << QStringList{" tide ", " k*cos(x)+b ", "0..6", "1..2", "0..1"}
        << FunctionFamily{"tide", "k*cos(x)+b", {0, 6}, {1, 2}, {0, 1}};
    QTest::addRow("decimal commas read as points")
        << QStringList{"slope", "k*x+b", "0,5..1,5", "0..0,25", "-1..1"}
        << FunctionFamily{"slope", "k*x+b", {0.5, 1.5}, {0, 0.25}, {-1, 1}};
}

void TestFamilyDialog::familyIsWhatWasTyped()
{
    QFETCH(QStringList, typed);
    QFETCH(FunctionFamily, family);
    FamilyDialog dialog(originalFamilies()[0], {QStringLiteral("parabola")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    for (int i = 0; i < kFields.size(); ++i) {
        typeOver(dialog, kFields[i], typed[i]);
    }
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.noteText().isEmpty());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.family(), family);
}

void TestFamilyDialog::everyFieldHasATooltip()
{
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    for (const QString &name : kFields + QStringList{QStringLiteral("preview")}) {
        QVERIFY2(!field(dialog, name)->toolTip().trimmed().isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(TestFamilyDialog)
#include "tst_familydialog.moc"
