#pragma once

#include <QStringList>

namespace curvelab::cli {

// Each takes the arguments from the sub-command's name on and returns the exit status.
int trainCommand(const QStringList &arguments);
int classifyCommand(const QStringList &arguments);
int evalCommand(const QStringList &arguments);
int raceCommand(const QStringList &arguments);

} // namespace curvelab::cli
