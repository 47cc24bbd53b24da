#include "textcontrast.h"

#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// WCAG's minimum contrast for normal text.
constexpr double kMinTextContrast = 4.5;
// Deepening steps before giving up; 12 steps of 20% reach near black from any colour.
constexpr int kMaxDeepening = 12;
// Steps from a colour to black or white in withContrast(): fine enough to stop within a few
// hundredths of the ratio asked for.
constexpr int kContrastSteps = 40;

double linearChannel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linearChannel(c.redF()) + 0.7152 * linearChannel(c.greenF()) +
           0.0722 * linearChannel(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor legibleOn(QColor color, const QColor &background)
{
    for (int i = 0; i < kMaxDeepening && contrastRatio(color, background) < kMinTextContrast; ++i) {
        color = color.darker(120);
    }
    return color;
}

QColor withContrast(const QColor &color, const QColor &background, double ratio)
{
    const QColor toward =
        contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
            ? QColor(Qt::black)
            : QColor(Qt::white);
    QColor moved = color;
    for (int i = 1; i <= kContrastSteps && contrastRatio(moved, background) < ratio; ++i) {
        moved = blend(toward, color, static_cast<qreal>(i) / kContrastSteps);
    }
    return moved;
}

QColor blend(const QColor &over, const QColor &under, qreal opacity)
{
    auto mix = [opacity](int o, int u) { return qRound(opacity * o + (1.0 - opacity) * u); };
    return QColor(mix(over.red(), under.red()), mix(over.green(), under.green()),
                  mix(over.blue(), under.blue()));
}

QFont fontOfSize(QFont font, qreal pointSize, bool bold)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace curvelab
