#pragma once

#include "csvdialect.h"
#include "trainingconfig.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <stdexcept>
#include <string>

namespace curvelab::cli {

// The exit statuses, one rule for every command (README, "Exit statuses"):
// 0 done; 1 a failure while running (an output that cannot be written, a run that diverged, too
// little memory); 2 a mistake in what was typed (an unknown option, a bad hyper-parameter or
// family); 3 an input that cannot be read (a missing, unreadable, corrupt or foreign model or
// points file). Every failure says why on one line of stderr.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;

// A mistake in what the user typed; main() prints it on one line and exits with kExitUsage.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Standard output cannot take what is written (a full disk, a closed pipe): kExitFailure.
class OutputError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses `arguments` (the sub-command's name first) and handles --help. Throws UsageError.
void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments);

// Value parsers that name the option in their UsageError.
int intOption(const QCommandLineParser &parser, const QString &name);
long longOption(const QCommandLineParser &parser, const QString &name);
double doubleOption(const QCommandLineParser &parser, const QString &name);
std::uint64_t seedOption(const QCommandLineParser &parser, const QString &name);

// --family, repeatable: "name: formula; x=a..b; k=c..d; b=e..f" or the name of one of the
// question's families. Given once or more, the families replace the preset's.
QCommandLineOption familyOption();
// Applies --family to `config` (generator and model alike). A family whose formula is undefined on
// part of its x range is narrowed, with a note on stderr. Throws UsageError for a bad family.
void applyFamilyOption(const QCommandLineParser &parser, TrainingConfig &config);

// --csv-dialect comma|semicolon: how the CSV a command writes separates fields and marks
// decimals (comma by default; semicolon for a spreadsheet in a locale that writes "1,5").
QCommandLineOption csvDialectOption();
// The dialect --csv-dialect names. Throws UsageError for another name.
CsvDialect csvDialect(const QCommandLineParser &parser);

std::string toStd(const QString &s);

// The file an output option names (--save, --metrics, --csv), checked before any work is done:
// its folder exists and is writable, and it is no device, pipe or folder (filestore.h). Throws
// UsageError saying why not, so that a run never trains for minutes to fail at the end.
std::string outputPath(const QCommandLineParser &parser, const QString &option);

// Writes `text` to stdout; throws OutputError with the system's reason when it cannot.
void out(const QString &text);
void out(const std::string &text);
void out(const char *text);
// Flushes stdout; throws OutputError when what was written did not all arrive.
void finishOutput();
// Writes `text` to stderr, with control characters from files shown as \xNN, so that a crafted
// file cannot fake a message or move the terminal's cursor; a final newline stays.
void err(const QString &text);
// Writes our own progress line to stderr as it is ("\r" redraws it in place).
void progress(const QString &text);

} // namespace curvelab::cli
