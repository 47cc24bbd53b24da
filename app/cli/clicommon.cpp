#include "clicommon.h"

#include "familyspec.h"
#include "filestore.h"

#include <QCoreApplication>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
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
        // Qt's usage line names the executable by its path and leaves out the command.
        QString text = parser.helpText();
        const QString qtUsage = "Usage: " + QCoreApplication::arguments().constFirst();
        if (text.startsWith(qtUsage)) {
            text.replace(0, qtUsage.size(), "Usage: curvelab-cli " + arguments.front());
        }
        out(text);
        std::exit(kExitOk);
    }
}

namespace {

[[noreturn]] void badValue(const QString &name, const QString &value, const char *what)
{
    throw UsageError("--" + toStd(name) + " expects " + what + ", got \"" + toStd(value) + "\"");
}

} // namespace

QCommandLineOption familyOption()
{
    return {"family",
            "A family to tell apart, repeatable: \"name: formula; x=a..b; k=c..d; b=e..f\" "
            "(formula in x, k and b, e.g. \"wave: k*sin(x)+b; x=0..6.3\"; a missing range is "
            "the question's) or line, parabola or sqrt. Replaces the preset's families.",
            "SPEC"};
}

namespace {

FunctionFamily familyFromOption(const std::string &text)
{
    if (text.find(':') == std::string::npos) {
        for (const FunctionFamily &f : originalFamilies()) {
            if (f.name == text) {
                return f;
            }
        }
    }
    const NarrowedFamily narrowed = narrowToDefined(parseFamilySpec(text));
    if (narrowed.why) {
        err(QString::fromStdString("family \"" + narrowed.family.name +
                                   "\": " + narrowed.why->english() + "\n"));
    }
    validateFamily(narrowed.family);
    return narrowed.family;
}

} // namespace

void applyFamilyOption(const QCommandLineParser &parser, TrainingConfig &config)
{
    const QStringList specs = parser.values("family");
    if (specs.isEmpty()) {
        return;
    }
    std::vector<FunctionFamily> families;
    try {
        for (const QString &spec : specs) {
            families.push_back(familyFromOption(toStd(spec)));
        }
    } catch (const std::invalid_argument &e) {
        throw UsageError(std::string("--family: ") + e.what());
    }
    config.generator.families = families;
    config.model.families = families;
}

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

QCommandLineOption csvDialectOption()
{
    return {"csv-dialect",
            "CSV written as comma (1.5,2: the default) or semicolon (1,5;2: what spreadsheets "
            "read in a locale with a decimal comma).",
            "DIALECT", "comma"};
}

CsvDialect csvDialect(const QCommandLineParser &parser)
{
    const std::optional<CsvDialect> dialect =
        csvDialectFromName(toStd(parser.value("csv-dialect")));
    if (!dialect) {
        throw UsageError("--csv-dialect must be comma or semicolon, got \"" +
                         toStd(parser.value("csv-dialect")) + "\"");
    }
    return *dialect;
}

std::string outputPath(const QCommandLineParser &parser, const QString &option)
{
    const std::string path = toStd(parser.value(option));
    try {
        checkWritable(path);
    } catch (const FileWriteError &e) {
        throw UsageError("--" + toStd(option) + ": " + e.what());
    }
    return path;
}

void progress(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
}

void out(const std::string &text)
{
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
        throw OutputError(std::string("cannot write to standard output: ") + std::strerror(errno));
    }
}

void out(const char *text)
{
    out(std::string(text));
}

void out(const QString &text)
{
    out(text.toLocal8Bit().toStdString());
}

void finishOutput()
{
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        throw OutputError(std::string("cannot write to standard output: ") + std::strerror(errno));
    }
}

void err(const QString &text)
{
    // By character, not byte: C1 controls (U+0080..U+009F, e.g. U+009B, a terminal's CSI) are
    // escaped too, and bytes that were no UTF-8 arrive here as U+FFFD.
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool finalNewline = c == '\n' && i == text.size() - 1;
        if (c.category() == QChar::Other_Control && c != '\t' && !finalNewline) {
            shown += QString("\\x%1").arg(c.unicode(), 2, 16, QChar('0'));
        } else {
            shown += c;
        }
    }
    std::fputs(shown.toLocal8Bit().constData(), stderr);
}

} // namespace curvelab::cli
