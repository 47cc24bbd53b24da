#include "pointstransfer.h"

#include "canvasdocument.h"
#include "corewording.h"
#include "filestore.h"
#include "localpath.h"
#include "pointcanvas.h"
#include "pointscsv.h"

#include <QFileDialog>
#include <QLocale>
#include <QWidget>
#include <sstream>

namespace curvelab {

namespace {

// A points file larger than this is not something a person drew; refuse it before reading.
constexpr qint64 kMaxPointsFileBytes = 4 * 1024 * 1024;

} // namespace

PointsTransfer::PointsTransfer(CanvasDocument *document, PointCanvas *canvas, QWidget *parent)
    : QObject(parent), m_document(document), m_canvas(canvas), m_dialogParent(parent)
{
}

bool PointsTransfer::paste(const QString &text)
{
    std::vector<PointSequence> sequences;
    try {
        sequences = readPointSequences(text.toStdString());
    } catch (const CsvError &e) {
        Q_EMIT problem(tr("Cannot read these points: %1").arg(localReason(e)));
        return false;
    }
    if (sequences.empty() || sequences.front().empty()) {
        Q_EMIT problem(tr("No points found: expected lines \"x,y\" (or \"x;y\", or two columns)"));
        return false;
    }
    const PointSequence &points = sequences.front();
    if (static_cast<int>(points.size()) > CanvasDocument::kMaxPoints) {
        Q_EMIT problem(tr("%1 points are more than the canvas holds (%2)")
                           .arg(points.size())
                           .arg(CanvasDocument::kMaxPoints));
        return false;
    }
    Q_EMIT aboutToReplace();
    m_document->replace(points, tr("Paste %n point(s)", nullptr, static_cast<int>(points.size())));
    m_canvas->fitToPoints();
    if (sequences.size() > 1) {
        Q_EMIT problem(
            tr("The text held %1 sequences; the canvas shows the first.").arg(sequences.size()));
    }
    return true;
}

bool PointsTransfer::open(const QString &path)
{
    // Read with a limit, not by the size the file claims: a device claims none and never ends.
    std::string bytes;
    try {
        bytes = readWholeFile(localPath(path), kMaxPointsFileBytes);
    } catch (const FileReadError &e) {
        Q_EMIT problem(tr("Cannot open %1: %2").arg(path, localText(e.reasonMessage())));
        return false;
    }
    return paste(QString::fromStdString(bytes));
}

bool PointsTransfer::save(const QString &path)
{
    // Written as a spreadsheet in this locale reads it (';' and "1,5" where the decimal mark is a
    // comma); the reader reads every dialect back.
    std::ostringstream csv;
    writePointSequences(csv, {m_document->points()},
                        csvDialectForDecimalMark(QLocale().decimalPoint().front().toLatin1()));
    try {
        writeFileAtomically(localPath(path), csv.str());
    } catch (const FileWriteError &e) {
        Q_EMIT problem(tr("Cannot write %1: %2").arg(path, localText(e.reasonMessage())));
        return false;
    }
    return true;
}

void PointsTransfer::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open points"), QString(),
                                                      tr("Points (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        open(path);
    }
}

void PointsTransfer::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save points"),
                                                      "points.csv", tr("Points (*.csv)"));
    if (!path.isEmpty()) {
        save(path);
    }
}

} // namespace curvelab
