#include "localnumber.h"

#include <QLocale>

namespace curvelab {

QString localNumber(double value, char format, int precision)
{
    return withLocalDecimalMark(QString::number(value, format, precision));
}

QString withLocalDecimalMark(QString number)
{
    const QString mark = QLocale().decimalPoint();
    if (mark != QLatin1String(".")) {
        number.replace(QLatin1Char('.'), mark);
    }
    return number;
}

} // namespace curvelab
