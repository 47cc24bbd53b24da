#include "highcontrast.h"

#include <QColor>

namespace curvelab {

namespace {

bool isBlackOrWhite(const QColor &c)
{
    const QRgb rgb = c.rgb() & RGB_MASK;
    return rgb == 0x000000 || rgb == 0xFFFFFF;
}

bool paletteIsBlackAndWhite(const QPalette &p)
{
    const QColor window = p.color(QPalette::Window);
    const QColor text = p.color(QPalette::WindowText);
    return isBlackOrWhite(window) && isBlackOrWhite(text) && window != text &&
           p.color(QPalette::Button) == window && p.color(QPalette::Base) == window;
}

} // namespace

bool desktopAsksHighContrast(const QPalette &palette, const QByteArray &gtkTheme,
                             const QString &styleName)
{
    const QLatin1String name("highcontrast");
    return QString::fromUtf8(gtkTheme)
               .remove(QLatin1Char('-'))
               .contains(name, Qt::CaseInsensitive) ||
           QString(styleName).remove(QLatin1Char('-')).contains(name, Qt::CaseInsensitive) ||
           paletteIsBlackAndWhite(palette);
}

} // namespace curvelab
