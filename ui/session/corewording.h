#pragma once

#include <QString>
#include <exception>

namespace curvelab {

class Message;

// core's sentences in the app's language: the wording from the app's catalogue (English when it
// has none), names as they are, numbers with the locale's decimal mark.
QString localText(const Message &message);

// What `error` says to a person: a core error in the app's language, any other its what().
QString localReason(const std::exception &error);

} // namespace curvelab
