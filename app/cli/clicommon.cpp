#include "clicommon.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace curvelab::cli {

void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        throw UsageError(toStd(parser.errorText()));
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        std::exit(kExitOk);
    }
}

namespace {

[[noreturn]] void badValue(const QString &name, const QString &value, const char *what)
{
    throw UsageError("--" + toStd(name) + " expects " + what + ", got \"" + toStd(value) + "\"");
}

} // namespace

long longOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const QString value = parser.value(name);
    const long v = value.trimmed().toLong(&ok);
    if (!ok) {
        badValue(name, value, "a whole number");
    }
    return v;
}

int intOption(const QCommandLineParser &parser, const QString &name)
{
    const long v = longOption(parser, name);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
        badValue(name, parser.value(name), "a whole number of a sensible size");
    }
    return static_cast<int>(v);
}

double doubleOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const QString value = parser.value(name);
    const double v = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        badValue(name, value, "a finite number");
    }
    return v;
}

std::uint64_t seedOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const QString value = parser.value(name);
    const qulonglong v = value.trimmed().toULongLong(&ok);
    if (!ok) {
        badValue(name, value, "a whole number >= 0");
    }
    return v;
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

void err(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
}

} // namespace curvelab::cli
