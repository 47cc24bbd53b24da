#pragma once

#include <QFile>
#include <QString>
#include <string>

namespace curvelab {

// A path as the system's file functions take it (the user's file-name encoding), for core's
// readers and writers (filestore.h).
inline std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace curvelab
