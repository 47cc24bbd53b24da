#pragma once

#include <QByteArray>
#include <QPalette>
#include <QString>

namespace curvelab {

// Whether the desktop asks for high contrast, as far as Qt 6.4 lets an app tell (it has no
// setting for it): a theme whose name says so (GTK_THEME=HighContrast, Adwaita's
// HighContrastInverse, a Qt style named so), or a palette of only black and white: text black on
// white or white on black, with buttons like the window (what high-contrast themes give and no
// ordinary theme does). The arguments are what the desktop hands the app, so that a test can
// pass any.
bool desktopAsksHighContrast(const QPalette &palette, const QByteArray &gtkTheme,
                             const QString &styleName);

} // namespace curvelab
