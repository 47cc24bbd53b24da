#pragma once

#include "trainingconfig.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <stdexcept>
#include <string>

namespace curvelab::cli {

// Exit statuses: 2 for anything the user typed or fed in wrong, 1 for failures at run time.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// A mistake in what the user typed; main() prints it on one line and exits with kExitUsage.
class UsageError : public std::runtime_error
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

std::string toStd(const QString &s);

// Writes `text` to stdout / stderr.
void out(const QString &text);
void err(const QString &text);

} // namespace curvelab::cli
