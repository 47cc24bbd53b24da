#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace curvelab {

// Every text in `window` `scale` times larger, for presentation mode: the window's font, which
// widgets without a font of their own follow, and the fonts the others have (tabs, toolbar,
// banner, status bar). The views set theirs again from their style afterwards.
void enlargeFonts(QWidget &window, qreal scale);

} // namespace curvelab
