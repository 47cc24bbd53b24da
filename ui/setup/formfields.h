#pragma once

#include "functionfamily.h"
#include "viewstyle.h"

#include <QString>
#include <optional>

class QFormLayout;
class QLabel;
class QWidget;

namespace curvelab {

// Text and marks of the fields that people type numbers and ranges into, shared by the setup
// panel and the family dialog so that both read "0,5..2" alike.

// The shortest text that reads back as exactly the same double, so values round-trip.
QString numberText(double value);
// "lo..hi", each number as numberText() writes it.
QString rangeText(const Range &range);
// Accepts "0.003", "3e-3" and, for teachers used to it, a decimal comma ("0,003").
std::optional<double> numberFromText(const QString &text);
// Reads "lo..hi" as core's parseRange() does, with decimal commas; does not check that lo < hi
// (validateFamily() says why that is wrong).
std::optional<Range> rangeFromText(const QString &text);

// core's messages start in lower case to read well after a prefix; a label shows them alone, so
// their first letter is raised. Text that opens with a formula ("sin(k*x)+b must ...",
// "y = k*log(x) ...") is left as it is: a formula's case is part of it.
QString sentenceCase(QString text);

// Rich text, so that Qt wraps a long tooltip instead of showing one screen-wide line. The
// accessible description gets the plain text.
void setWrappedToolTip(QWidget *widget, const QString &tip);
// The widget's rich-text tooltip, as plain text, becomes its accessible description: Qt would
// hand the screen reader the markup.
void describeAfterToolTip(QWidget *widget);

// A label that shows its text as typed, never as HTML. QLabel's default guesses (a text that
// looks like a tag is rendered as one), and text from files (names, formulas, messages that quote
// them) must not be guessed at. The few labels that are rich text say so and escape what they
// quote.
QLabel *plainLabel(const QString &text = {});

// Gives each field of `form` its row's label as accessible name, where it has none. Qt reads
// the label out for a plain field but not for a combo box (it reads the current item) nor for
// a row that holds a layout (it reads the group's title); in a layout the first field is named.
void nameFieldsAfterLabels(QFormLayout *form);

// `text` cut to `characters` with "…" at the end, for a title or name quoted in a message.
QString shortened(const QString &text, int characters = 60);
// Colours the field's background to say that its value is refused (StatusColours, in `style`),
// or restores it.
void markInvalid(QWidget *field, bool invalid, const ViewStyle &style);

} // namespace curvelab
