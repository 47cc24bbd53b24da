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

QString inColour(const QString &text, const QColor &colour)
{
    return QString("<span style=\"color:%1\">%2</span>").arg(colour.name(), text.toHtmlEscaped());
}

} // namespace curvelab
