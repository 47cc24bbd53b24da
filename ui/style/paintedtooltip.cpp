#include "paintedtooltip.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

namespace curvelab {

bool showPaintedToolTip(QWidget &widget, QHelpEvent &event, const QString &text)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
        event.ignore();
    } else {
        QToolTip::showText(event.globalPos(), text, &widget);
    }
    return true;
}

} // namespace curvelab
