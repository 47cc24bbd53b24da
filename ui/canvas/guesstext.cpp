#include "guesstext.h"

namespace curvelab {

QString percentText(double probability)
{
    return QString("%1%").arg(100.0 * probability, 0, 'f', 1);
}

QString compactNumber(double value)
{
    return QString::number(value, 'g', 3);
}

QString inFamilyColour(const QString &text, int family, const ViewStyle &style)
{
    return QString("<span style=\"color:%1\">%2</span>")
        .arg(style.familyColor(family).name(), text.toHtmlEscaped());
}

} // namespace curvelab
