#include "message.h"

#include "textfields.h"

#include <cctype>

namespace curvelab {

MessageArgument::MessageArgument(std::string text) : m_text(std::move(text)) {}

MessageArgument::MessageArgument(const char *text) : m_text(text) {}

MessageArgument::MessageArgument(long long count) : m_kind(Kind::Count), m_count(count) {}

MessageArgument::MessageArgument(int count) : MessageArgument(static_cast<long long>(count)) {}

MessageArgument::MessageArgument(long count) : MessageArgument(static_cast<long long>(count)) {}

MessageArgument::MessageArgument(unsigned count) : MessageArgument(static_cast<long long>(count)) {}

MessageArgument::MessageArgument(unsigned long count)
    : MessageArgument(static_cast<long long>(count))
{
}

MessageArgument::MessageArgument(unsigned long long count)
    : MessageArgument(static_cast<long long>(count))
{
}

MessageArgument::MessageArgument(double number, int digits)
    : m_kind(Kind::Number), m_number(number), m_digits(digits)
{
}

MessageArgument::MessageArgument(Message phrase) : m_kind(Kind::Phrase)
{
    m_phrase.push_back(std::move(phrase));
}

const Message &MessageArgument::phrase() const
{
    if (m_phrase.empty()) {
        throw std::logic_error("MessageArgument::phrase() of an argument that is no phrase");
    }
    return m_phrase.front();
}

std::string MessageArgument::english() const
{
    switch (m_kind) {
    case Kind::Text:
        return m_text;
    case Kind::Count:
        return std::to_string(m_count);
    case Kind::Number:
        return roundedNumber(m_number, m_digits);
    case Kind::Phrase:
        return phrase().english();
    }
    return m_text;
}

Message::Message(Wording wording, std::vector<MessageArgument> arguments)
    : m_wording(wording), m_arguments(std::move(arguments))
{
}

Message Message::verbatim(std::string text)
{
    // Not CURVELAB_WORDING: a sentence without words of its own has nothing to translate.
    return Message(Wording{"curvelab::message", "%1"}, {std::move(text)});
}

std::string Message::english() const
{
    std::vector<std::string> values;
    values.reserve(m_arguments.size());
    for (const MessageArgument &argument : m_arguments) {
        values.push_back(argument.english());
    }
    return filledWording(m_wording.text, values);
}

std::string filledWording(const std::string &wording, const std::vector<std::string> &values)
{
    // One pass, so that a value holding "%2" (a file named so) is never filled in turn.
    std::string out;
    out.reserve(wording.size());
    for (std::size_t i = 0; i < wording.size(); ++i) {
        const bool marker = wording[i] == '%' && i + 1 < wording.size() &&
                            std::isdigit(static_cast<unsigned char>(wording[i + 1])) &&
                            wording[i + 1] != '0';
        const std::size_t index = marker ? static_cast<std::size_t>(wording[i + 1] - '1') : 0;
        if (marker && index < values.size()) {
            out += values[index];
            ++i;
        } else {
            out += wording[i];
        }
    }
    return out;
}

MessageArgument reasonOf(const std::exception &error)
{
    if (const auto *worded = dynamic_cast<const WordedError *>(&error)) {
        return worded->message();
    }
    return std::string(error.what());
}

InvalidInput::InvalidInput(Message message)
    : std::invalid_argument(message.english()), WordedError(std::move(message))
{
}

Refusal::Refusal(Message message)
    : std::runtime_error(message.english()), WordedError(std::move(message))
{
}

} // namespace curvelab
