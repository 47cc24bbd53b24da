#include "formfields.h"

#include "familyspec.h"
#include "statuscolours.h"
#include "textfields.h"

#include <QColor>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QWidget>

namespace curvelab {

namespace {

// A sentence that opens with a word, not with a formula: a lower-case word and a space, where the
// word is not one of the formulas' variables and is not followed by "=".
const QRegularExpression kOpensWithAWord(QStringLiteral("^(?![xykb] )[a-z]+ (?!=)"));

// A decimal comma reads as a point: whoever types "0,5" means a half.
std::string withDecimalPoints(QString text)
{
    return text.replace(QLatin1Char(','), QLatin1Char('.')).toStdString();
}

} // namespace

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString rangeText(const Range &range)
{
    return numberText(range.lo) + QLatin1String("..") + numberText(range.hi);
}

std::optional<double> numberFromText(const QString &text)
{
    double value = 0;
    const std::string field = withDecimalPoints(text);
    return parseNumber(trimmed(field), value) == std::errc() ? std::optional<double>(value)
                                                             : std::nullopt;
}

std::optional<Range> rangeFromText(const QString &text)
{
    return parseRange(withDecimalPoints(text));
}

QString sentenceCase(QString text)
{
    if (kOpensWithAWord.match(text).hasMatch()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString shortened(const QString &text, int characters)
{
    return text.size() <= characters ? text : text.left(characters - 1) + QChar(0x2026);
}

void setWrappedToolTip(QWidget *widget, const QString &tip)
{
    widget->setToolTip(QLatin1String("<p>") + tip.toHtmlEscaped() + QLatin1String("</p>"));
    // A screen reader reads the tooltip as the description, tags and all: give it the text.
    widget->setAccessibleDescription(tip);
}

void describeAfterToolTip(QWidget *widget)
{
    widget->setAccessibleDescription(
        QTextDocumentFragment::fromHtml(widget->toolTip()).toPlainText());
}

void nameFieldsAfterLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        if (!label || !fieldItem) {
            continue;
        }
        QWidget *field = fieldItem->widget();
        for (QLayout *layout = fieldItem->layout(); !field && layout && layout->count() > 0;) {
            field = layout->itemAt(0)->widget();
            layout = layout->itemAt(0)->layout();
        }
        if (field && field->accessibleName().isEmpty()) {
            field->setAccessibleName(label->text().remove(QLatin1Char('&')));
        }
    }
}

void markInvalid(QWidget *field, bool invalid, const ViewStyle &style)
{
    if (!invalid) {
        field->setPalette(QPalette());
        return;
    }
    QPalette marked = field->palette();
    marked.setColor(QPalette::Base, StatusColours::of(style, *field).refusedFieldBase());
    field->setPalette(marked);
}

} // namespace curvelab
