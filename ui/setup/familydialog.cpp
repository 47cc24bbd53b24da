#include "familydialog.h"

#include "corewording.h"
#include "familypreview.h"
#include "familyspec.h"
#include "formfields.h"
#include "message.h"
#include "shapefunction.h"
#include "statuscolours.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace curvelab {

namespace {

// What "Add family…" starts from: a curve none of the question's families resembles.
const char *const kNewFamilySpec = "wave: k*sin(x)+b; x=0..6.28; k=0.5..2; b=-1..1";
// The name the formula and ranges are judged under, so that a refused name (judged on its own)
// does not hide what is wrong with them. core's messages name it; the dialog edits one family,
// so it drops that name.
const char *const kJudgedName = "judged";
// How core's ShapeFunction says in English (what()) where the parser stopped: "(at position 5)",
// counting from 1, or "(at the end)".
const QRegularExpression kPositionPattern(QStringLiteral("\\(at position (\\d+)\\)"));
const QLatin1String kAtTheEnd("(at the end)");
const QRegularExpression kNonSpace(QStringLiteral("\\S"));

// core says what is wrong with a family as "family \"judged\": " and the reason, a phrase of its
// own: the reason alone, in the app's language.
QString withoutJudgedPrefix(const std::exception &error)
{
    if (const auto *worded = dynamic_cast<const WordedError *>(&error)) {
        const std::vector<MessageArgument> &arguments = worded->message().arguments();
        if (arguments.size() == 2 && arguments[0].kind() == MessageArgument::Kind::Text &&
            arguments[0].text() == kJudgedName &&
            arguments[1].kind() == MessageArgument::Kind::Phrase) {
            return localText(arguments[1].phrase());
        }
    }
    return localReason(error);
}

} // namespace

FamilyDialog::FamilyDialog(const FunctionFamily &family, const QStringList &takenNames,
                           QWidget *parent)
    : QDialog(parent), m_takenNames(takenNames), m_family(family)
{
    setWindowTitle(tr("Family"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = addField(QStringLiteral("name"),
                      tr("What the charts and the canvas call this family. Each family needs a "
                         "name of its own."));
    m_formula = addField(QStringLiteral("formula"),
                         tr("The curves in x, k and b, written k*g(x) + b: k stretches the shape "
                            "g(x), b moves it up or down. For example k*exp(x/10)+b, or the shape "
                            "alone: x^3."));
    m_formulaText = plainLabel();
    m_formulaText->setObjectName(QStringLiteral("formulaText"));
    m_x = addField(QStringLiteral("x"), tr("Where the x values of the points are drawn from, "
                                           "written low..high."));
    m_k = addField(QStringLiteral("k"), tr("The range the factor k is drawn from, written "
                                           "low..high."));
    m_b = addField(QStringLiteral("b"), tr("The range the offset b is drawn from, written "
                                           "low..high."));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Formula"), m_formula);
    form->addRow(QString(), m_formulaText);
    form->addRow(tr("x range"), m_x);
    form->addRow(tr("k range"), m_k);
    form->addRow(tr("b range"), m_b);
    layout->addLayout(form);
    layout->addWidget(createHelp());

    m_errorLabel = plainLabel();
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    // In a fixed-pitch font, or the caret would not stand under its character.
    m_errorPlace = plainLabel();
    m_errorPlace->setObjectName(QStringLiteral("errorPlace"));
    m_errorPlace->setTextFormat(Qt::PlainText);
    m_errorPlace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_noteLabel = plainLabel();
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    showStatusColours();
    m_preview = new FamilyPreview;
    m_preview->setObjectName(QStringLiteral("preview"));
    setWrappedToolTip(m_preview, tr("Five curves of the family: k and b at the ends of their "
                                    "ranges and in the middle."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_errorPlace);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    m_name->setText(QString::fromStdString(family.name));
    m_formula->setText(QString::fromStdString(family.shape));
    m_x->setText(rangeText(family.x));
    m_k->setText(rangeText(family.k));
    m_b->setText(rangeText(family.b));
    for (QLineEdit *edit : {m_name, m_formula, m_x, m_k, m_b}) {
        connect(edit, &QLineEdit::textChanged, this, &FamilyDialog::revalidate);
    }
    // Not while typing: a selection there would be overwritten by the next key.
    connect(m_formula, &QLineEdit::editingFinished, this, &FamilyDialog::selectErrorPosition);
    revalidate();
    selectErrorPosition();
}

void FamilyDialog::setViewStyle(const ViewStyle &style)
{
    m_style = style;
    showStatusColours();
    if (m_markedField) {
        markInvalid(m_markedField, true, m_style);
    }
}

// The refusal in the error colour and the note on a narrowed x range in the warning colour.
void FamilyDialog::showStatusColours()
{
    const StatusColours colours = StatusColours::of(m_style, *this);
    const QString error = QStringLiteral("color: %1;").arg(colours.text(Status::Error).name());
    m_errorLabel->setStyleSheet(error);
    m_errorPlace->setStyleSheet(error);
    m_noteLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(colours.text(Status::Warning).name()));
}

FamilyDialog::~FamilyDialog()
{
    // ~QDialog hides the dialog, and the formula field losing focus then emits editingFinished
    // into this object's slot after its own destructor has run (UBSan: "downcast of address
    // ... which does not point to an object of type FamilyDialog").
    m_formula->disconnect(this);
}

FunctionFamily FamilyDialog::newFamily(const QStringList &takenNames)
{
    FunctionFamily family = parseFamilySpec(kNewFamilySpec);
    const QString base = QString::fromStdString(family.name);
    QString name = base;
    for (int n = 2; takenNames.contains(name, Qt::CaseInsensitive); ++n) {
        name = base + QLatin1Char(' ') + QString::number(n);
    }
    family.name = name.toStdString();
    return family;
}

QLineEdit *FamilyDialog::addField(const QString &objectName, const QString &tip)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    setWrappedToolTip(edit, tip);
    return edit;
}

QWidget *FamilyDialog::createHelp()
{
    auto *help = plainLabel(
        tr("Write y in x, k and b as k*g(x) + b, e.g. k*exp(x/10)+b, or the shape g(x) alone, "
           "e.g. x^3. Use + - * / ^, sin, cos, tan, exp, ln, log10, sqrt, abs and _pi."));
    help->setObjectName(QStringLiteral("help"));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    return help;
}

FamilyDialog::Verdict FamilyDialog::judge() const
{
    Verdict v;
    v.family.name = m_name->text().trimmed().toStdString();
    v.family.shape = m_formula->text().trimmed().toStdString();
    // In the order of the fields, so that the first refusal shown is the topmost field's; the
    // curves are judged even when the name is refused, for the preview.
    judgeName(v);
    v.formulaRead = judgeFormula(v);
    const bool rangesRead = readRanges(v);
    if (v.formulaRead && rangesRead) {
        judgeCurves(v);
    }
    return v;
}

void FamilyDialog::refuse(Verdict &v, const QString &problem, QLineEdit *field)
{
    if (v.problem.isEmpty()) {
        v.problem = problem;
        v.field = field;
    }
}

void FamilyDialog::judgeName(Verdict &v) const
{
    const QString name = QString::fromStdString(v.family.name);
    if (name.isEmpty()) {
        refuse(v, tr("a family needs a name"), m_name);
        return;
    }
    if (m_takenNames.contains(name, Qt::CaseInsensitive)) {
        refuse(v, tr("another family is already named \"%1\"").arg(name), m_name);
        return;
    }
    // core's rules for names, on a family that is fine in every other way.
    FunctionFamily named = originalFamilies().front();
    named.name = v.family.name;
    try {
        validateFamily(named);
    } catch (const std::invalid_argument &e) {
        refuse(v, localReason(e), m_name);
    }
}

bool FamilyDialog::judgeFormula(Verdict &v) const
{
    if (v.family.shape.empty()) {
        refuse(v, tr("write a formula in x, e.g. k*sin(x)+b"), m_formula);
        return false;
    }
    try {
        ShapeFunction{v.family.shape}; // throws with the parser's reason and position
        return true;
    } catch (const std::invalid_argument &e) {
        if (v.problem.isEmpty()) {
            v.position = errorPosition(QString::fromUtf8(e.what()));
        }
        refuse(v, localReason(e), m_formula);
        return false;
    }
}

int FamilyDialog::errorPosition(const QString &why) const
{
    // The parser read the formula without the spaces around it; the field has them.
    const QString text = m_formula->text();
    const int leading = static_cast<int>(std::max<qsizetype>(0, text.indexOf(kNonSpace)));
    if (why.contains(kAtTheEnd)) {
        return leading + static_cast<int>(text.trimmed().size());
    }
    const QRegularExpressionMatch at = kPositionPattern.match(why);
    return at.hasMatch() ? leading + at.captured(1).toInt() - 1 : -1;
}

bool FamilyDialog::readRanges(Verdict &v) const
{
    bool read = true;
    const std::tuple<Range *, QLineEdit *, QString, QString> ranges[] = {
        {&v.family.x, m_x, QStringLiteral("x"), QStringLiteral("0..6.28")},
        {&v.family.k, m_k, QStringLiteral("k"), QStringLiteral("0.5..2")},
        {&v.family.b, m_b, QStringLiteral("b"), QStringLiteral("-1..1")}};
    for (const auto &[range, edit, what, example] : ranges) {
        if (const std::optional<Range> parsed = rangeFromText(edit->text())) {
            *range = *parsed;
        } else {
            refuse(v, tr("write the %1 range as low..high, e.g. %2").arg(what, example), edit);
            read = false;
        }
    }
    return read;
}

void FamilyDialog::judgeCurves(Verdict &v) const
{
    FunctionFamily judged = v.family;
    judged.name = kJudgedName;
    try {
        const NarrowedFamily narrowed = narrowToDefined(judged);
        validateFamily(narrowed.family);
        v.family.x = narrowed.family.x;
        v.note = narrowed.why ? localText(*narrowed.why) : QString();
        v.drawable = true;
    } catch (const std::invalid_argument &e) {
        // The field is found by core's English sentence, in whatever language the reason is.
        refuse(v, withoutJudgedPrefix(e), fieldForProblem(QString::fromUtf8(e.what())));
    }
}

QLineEdit *FamilyDialog::fieldForProblem(const QString &problem) const
{
    const std::pair<const char *, QLineEdit *> fields[] = {
        {"the x range", m_x}, {"the k range", m_k}, {"the b range", m_b}, {"undefined", m_x}};
    for (const auto &[words, field] : fields) {
        if (problem.contains(QLatin1String(words))) {
            return field;
        }
    }
    return m_formula;
}

void FamilyDialog::revalidate()
{
    showVerdict(judge());
}

void FamilyDialog::showVerdict(const Verdict &v)
{
    m_family = v.family;
    m_error = sentenceCase(v.problem);
    m_errorPosition = v.field == m_formula ? v.position : -1;
    m_note = v.note.isEmpty() ? QString()
                              : sentenceCase(v.note) + QLatin1String(". ") +
                                    tr("OK uses x = %1.").arg(rangeText(v.family.x));
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_errorPlace->setText(errorPlace());
    m_errorPlace->setVisible(m_errorPosition >= 0);
    m_noteLabel->setText(m_note);
    m_noteLabel->setVisible(!m_note.isEmpty());
    m_formulaText->setText(v.formulaRead ? QString::fromStdString(v.family.formula()) : QString());
    if (m_markedField != v.field) {
        if (m_markedField) {
            markInvalid(m_markedField, false, m_style);
        }
        m_markedField = v.field;
        if (m_markedField) {
            markInvalid(m_markedField, true, m_style);
        }
    }
    if (v.drawable) {
        m_preview->setFamily(v.family);
    } else {
        m_preview->clear(tr("The curves appear once the formula and its ranges are accepted."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

QString FamilyDialog::errorPlace() const
{
    if (m_errorPosition < 0) {
        return {};
    }
    // The formula with a caret under the place where the parser stopped, as compilers show it.
    return m_formula->text() + QLatin1Char('\n') + QString(m_errorPosition, QLatin1Char(' ')) +
           QLatin1Char('^');
}

void FamilyDialog::selectErrorPosition()
{
    if (m_errorPosition < 0) {
        return;
    }
    const int end = static_cast<int>(m_formula->text().size());
    if (m_errorPosition < end) {
        m_formula->setSelection(m_errorPosition, 1);
    } else {
        m_formula->setCursorPosition(end);
    }
}

} // namespace curvelab
