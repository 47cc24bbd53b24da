#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace curvelab {

// The English text of a sentence with %1..%9, and the catalogue context the app finds its
// translation under. Written with CURVELAB_WORDING so that lupdate collects it; both are string
// literals, which outlive every Message.
struct Wording
{
    const char *context;
    const char *text;
};

#define CURVELAB_WORDING(context, text) (::curvelab::Wording{context, text})

class Message;

// A value that fills a Message's %1..%9: a name or a system's reason (said as it is), a count, a
// measured number (written to a few significant digits, with the reader's decimal mark in the
// app), or a phrase that is itself a Message (worded in the reader's language too).
class MessageArgument
{
public:
    enum class Kind
    {
        Text,
        Count,
        Number,
        Phrase
    };

    MessageArgument(std::string text);
    MessageArgument(const char *text);
    MessageArgument(int count);
    MessageArgument(long count);
    MessageArgument(long long count);
    MessageArgument(unsigned count);
    MessageArgument(unsigned long count);
    MessageArgument(unsigned long long count);
    // A measured value, to `digits` significant digits ("k = 9.7").
    MessageArgument(double number, int digits = 4);
    MessageArgument(Message phrase);

    Kind kind() const { return m_kind; }
    const std::string &text() const { return m_text; }
    long long count() const { return m_count; }
    double number() const { return m_number; }
    int digits() const { return m_digits; }
    const Message &phrase() const;

    // The value as the English sentence says it.
    std::string english() const;

private:
    Kind m_kind = Kind::Text;
    std::string m_text;
    long long m_count = 0;
    double m_number = 0.0;
    int m_digits = 0;
    std::vector<Message> m_phrase; // one, when kind() is Phrase
};

// A sentence of core for a person, kept as its wording and the values that fill it, so that the
// app can say it in the user's language while the CLI and the logs print english().
class Message
{
public:
    Message(Wording wording, std::vector<MessageArgument> arguments = {});
    // A text said as it is in every language: what the system or a library says (strerror(),
    // muparser), which no catalogue holds.
    static Message verbatim(std::string text);

    const Wording &wording() const { return m_wording; }
    const std::vector<MessageArgument> &arguments() const { return m_arguments; }

    std::string english() const;

private:
    Wording m_wording;
    std::vector<MessageArgument> m_arguments;
};

// `wording` with %1..%9 replaced by `values` in order of their numbers; a %n without a value stays.
std::string filledWording(const std::string &wording, const std::vector<std::string> &values);

// What `error` says, to fill a sentence: its Message when core worded it (so that the phrase is
// worded in the reader's language too), else its what() as it is.
MessageArgument reasonOf(const std::exception &error);

// An error that can say itself in the user's language. Core's exceptions derive from it beside
// their standard base (std::invalid_argument, std::runtime_error), so that a catch by the standard
// type still works and what() is the English sentence.
class WordedError
{
public:
    explicit WordedError(Message message) : m_message(std::move(message)) {}
    virtual ~WordedError() = default;
    const Message &message() const { return m_message; }

private:
    Message m_message;
};

// A value core refuses: a hyper-parameter out of range, a formula that is no family.
class InvalidInput : public std::invalid_argument, public WordedError
{
public:
    explicit InvalidInput(Message message);
};

// Something core cannot do with what it was given, though every value was valid on its own.
class Refusal : public std::runtime_error, public WordedError
{
public:
    explicit Refusal(Message message);
};

} // namespace curvelab
