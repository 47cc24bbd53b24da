#include "corewording.h"

#include "localnumber.h"
#include "message.h"
#include "textfields.h"

#include <QCoreApplication>

namespace curvelab {

namespace {

QString localArgument(const MessageArgument &argument)
{
    switch (argument.kind()) {
    case MessageArgument::Kind::Text:
        return QString::fromStdString(argument.text());
    case MessageArgument::Kind::Count:
        return QString::number(argument.count());
    case MessageArgument::Kind::Number:
        return withLocalDecimalMark(
            QString::fromStdString(roundedNumber(argument.number(), argument.digits())));
    case MessageArgument::Kind::Phrase:
        return localText(argument.phrase());
    }
    return {};
}

} // namespace

QString localText(const Message &message)
{
    std::vector<std::string> values;
    for (const MessageArgument &argument : message.arguments()) {
        values.push_back(localArgument(argument).toStdString());
    }
    // filledWording rather than QString::arg: arg() fills the lowest marker left, so a name that
    // holds "%2" would be filled in turn.
    const QString wording =
        QCoreApplication::translate(message.wording().context, message.wording().text);
    return QString::fromStdString(filledWording(wording.toStdString(), values));
}

QString localReason(const std::exception &error)
{
    return localArgument(reasonOf(error));
}

} // namespace curvelab
