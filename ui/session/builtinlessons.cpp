#include "builtinlessons.h"

#include "lessonfile.h"

#include <QDir>
#include <QFile>

namespace curvelab {

std::vector<Lesson> builtInLessons()
{
    const QDir folder(QStringLiteral(":/lessons"));
    std::vector<Lesson> lessons;
    const QStringList names =
        folder.entryList({QStringLiteral("*.curvelab-lesson")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            throw LessonFileError("the built-in lesson " + name.toStdString() + " is missing");
        }
        lessons.push_back(lessonFromJson(file.readAll()));
    }
    return lessons;
}

} // namespace curvelab
