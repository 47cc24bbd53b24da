#pragma once

#include "viewstyle.h"

#include <QColor>
#include <QPalette>

class QWidget;

namespace curvelab {

// What a message or a refusal says about the state of things.
enum class Status
{
    Info,    // a hint: what to try next
    Success, // done
    Warning, // done, but look
    Error,   // refused or failed
};

// A message in a box of its own (the banner): text on a background inside a border.
struct StatusBox
{
    QColor text;
    QColor background;
    QColor border;
    int borderWidth = 1; // in pixels
};

// The colours that say "hint", "done", "careful" and "refused" in the widgets that are not
// painted views: the banner, the setup's and the family dialog's refusals and notes, refused
// fields, the guess panel's states and errors. Chosen here from the view style and the palette
// they are drawn on, so that no widget keeps colours of its own.
//
// In the standard style they are the app's own whatever the palette: pale boxes with dark text of
// the same hue, dark red refusals. In high contrast (ViewStyle::highContrast) they follow the
// palette as a high-contrast theme does: a box takes the window's background inside a border of
// its text's colour, and every text reaches WCAG AAA (7:1) on what it is drawn on, dark on a
// light palette and light on a dark one (white on black).
class StatusColours
{
public:
    StatusColours(const ViewStyle &style, const QPalette &palette);
    // The colours for `widget`, from the palette the desktop gives its kind of widget: not from
    // the widget's own, which its style sheet (or a refusal's mark) has already coloured.
    static StatusColours of(const ViewStyle &style, const QWidget &widget);

    StatusBox box(Status status) const;
    // A status said in a line of text on the window: a refusal, a note on what OK will do.
    QColor text(Status status) const;
    // A state rather than an answer ("No model yet"), quieter than the text around it.
    QColor mutedText() const;
    // Text in a colour of its own on the window (a family's formula in its family's colour): as
    // it is in the standard style, moved until it reaches 7:1 in high contrast.
    QColor coloredText(const QColor &color) const;
    // The base of a field whose value is refused; the field's text stays legible on it.
    QColor refusedFieldBase() const;

private:
    // `color` where it reaches 7:1 on the window, or moved until it does (high contrast).
    QColor onWindow(const QColor &color) const;

    bool m_highContrast = false;
    QPalette m_palette;
};

} // namespace curvelab
