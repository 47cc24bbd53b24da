#include "guesstext.h"

#include "localnumber.h"

namespace curvelab {

QString percentText(double probability)
{
    return localNumber(100.0 * probability, 'f', 1) + QLatin1Char('%');
}

QString compactNumber(double value)
{
    return localNumber(value, 'g', 3);
}

QString inFamilyColour(const QString &text, int family, const ViewStyle &style)
{
    return QString("<span style=\"color:%1\">%2</span>")
        .arg(style.familyColor(family).name(), text.toHtmlEscaped());
}

} // namespace curvelab
