#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace curvelab {

class CanvasDocument;
class PointCanvas;

// Points in and out of the canvas as CSV lines "x,y" (the format of curvelab-cli classify, in
// any dialect pointscsv.h reads: two columns copied from a spreadsheet, "x;y" with decimal
// commas): pasted, opened from a file or saved to one in the dialect of the system's locale. A
// failure says why through problem() and changes nothing; points taken in replace the drawing as
// one undo step and are brought into view.
class PointsTransfer : public QObject
{
    Q_OBJECT

public:
    // `parent` is also the parent of the file dialogs.
    PointsTransfer(CanvasDocument *document, PointCanvas *canvas, QWidget *parent);

    bool paste(const QString &text);
    bool open(const QString &path);
    bool save(const QString &path);
    // Ask for a file, then open or save it; nothing happens when the person cancels.
    void openWithDialog();
    void saveWithDialog();

Q_SIGNALS:
    // Points were accepted and are about to replace the drawing.
    void aboutToReplace();
    // For the person to read: why points were refused or not written, or what was left out.
    void problem(const QString &text);

private:
    CanvasDocument *m_document = nullptr;
    PointCanvas *m_canvas = nullptr;
    QWidget *m_dialogParent = nullptr;
};

} // namespace curvelab
