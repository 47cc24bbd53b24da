#include "chartexport.h"

#include "corewording.h"
#include "filestore.h"
#include "livechart.h"
#include "localpath.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace curvelab::chartexport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("curvelab::chartexport", text);
}

// Brings the widget up to date before it is drawn off screen: live charts push what they
// buffer, and pending layouts (the chart's own included) settle, also for a widget never shown.
void prepare(QWidget &widget)
{
    if (auto *chart = qobject_cast<LiveChart *>(&widget)) {
        chart->flush();
    }
    for (LiveChart *chart : widget.findChildren<LiveChart *>()) {
        chart->flush();
    }
    widget.ensurePolished();
    if (widget.layout() != nullptr) {
        widget.layout()->activate();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

[[noreturn]] void refuse(const QString &why)
{
    throw ChartExportError(why.toStdString());
}

void writeFile(const QString &path, const QByteArray &data)
{
    try {
        writeFileAtomically(localPath(path), data.toStdString());
    } catch (const FileWriteError &e) {
        refuse(tr("Could not save %1: %2").arg(path, localText(e.reasonMessage())));
    }
}

} // namespace

void savePng(QWidget &widget, const QString &path, qreal scale)
{
    prepare(widget);
    if (widget.size().isEmpty() || !(scale > 0.0)) {
        refuse(tr("Nothing to save: the chart has no size."));
    }
    QImage image(widget.size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget.render(&painter);
    painter.end();

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        refuse(tr("Could not encode the PNG image."));
    }
    writeFile(path, data);
}

void saveSvg(QWidget &widget, const QString &path, const QString &title)
{
    prepare(widget);
    if (widget.size().isEmpty()) {
        refuse(tr("Nothing to save: the chart has no size."));
    }
    QByteArray data;
    QBuffer buffer(&data);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget.size());
    generator.setViewBox(QRect(QPoint(0, 0), widget.size()));
    // The widget lays its text out at the screen's resolution; at the SVG default of 72 dpi the
    // same point sizes would come out smaller than the boxes measured for them.
    generator.setResolution(widget.logicalDpiX());
    generator.setTitle(title);
    generator.setDescription(tr("Exported from CurveLab"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        refuse(tr("Could not start the SVG drawing."));
    }
    widget.render(&painter);
    painter.end();
    writeFile(path, data);
}

void save(QWidget &widget, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        savePng(widget, path);
    } else if (suffix == QLatin1String("svg")) {
        saveSvg(widget, path);
    } else {
        refuse(tr("Unknown image type \"%1\": use .png or .svg.").arg(suffix));
    }
}

} // namespace curvelab::chartexport
