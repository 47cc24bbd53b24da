#include "fontscale.h"

#include <QWidget>

namespace curvelab {

void enlargeFonts(QWidget &window, qreal scale)
{
    auto enlarge = [scale](QWidget &widget) {
        QFont font = widget.font();
        if (font.pointSizeF() > 0) {
            font.setPointSizeF(font.pointSizeF() * scale);
        } else {
            font.setPixelSize(qRound(font.pixelSize() * scale));
        }
        widget.setFont(font);
    };
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->testAttribute(Qt::WA_SetFont)) {
            enlarge(*widget);
        }
    }
    enlarge(window);
}

} // namespace curvelab
