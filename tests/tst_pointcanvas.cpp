#include "canvasdocument.h"
#include "canvastransform.h"
#include "familypalette.h"
#include "pointcanvas.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>
#include <cmath>
#include <limits>

using namespace curvelab;

namespace {

// The size every canvas in this suite is shown at.
const QSize kCanvasSize(640, 480);
// The training domain of the original question (x 5..15, y up to about 230).
constexpr double kXlo = 5.0;
constexpr double kXhi = 15.0;
constexpr double kYlo = 0.0;
constexpr double kYhi = 230.0;

void showCanvas(PointCanvas &canvas, CanvasDocument &document)
{
    canvas.setDocument(&document);
    canvas.setHomeView(kXlo, kXhi, kYlo, kYhi);
    canvas.setFixedSize(kCanvasSize);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
}

// A position in the plot, as shares of its width and height from the top left.
QPoint at(const PointCanvas &canvas, double fx, double fy)
{
    const QRectF plot = canvas.plotRect();
    return QPointF(plot.left() + fx * plot.width(), plot.top() + fy * plot.height()).toPoint();
}

// How far apart two data points are, in pixels at the canvas's current view.
double pixelDistance(const PointCanvas &canvas, const Point &a, const Point &b)
{
    const QPointF d = canvas.transform().toWidget(a) - canvas.transform().toWidget(b);
    return std::hypot(d.x(), d.y());
}

// QTest::mouseMove does not carry held buttons; a drag needs the buttons in the event.
void moveWithButtons(QWidget &widget, const QPointF &pos, Qt::MouseButtons buttons,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent move(QEvent::MouseMove, pos, widget.mapToGlobal(pos), Qt::NoButton, buttons,
                     modifiers);
    QApplication::sendEvent(&widget, &move);
}

// Press, move there in a few steps (as a hand would), release.
void drag(QWidget &widget, Qt::MouseButton button, const QPoint &from, const QPoint &to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    constexpr int kSteps = 5;
    QTest::mousePress(&widget, button, modifiers, from);
    for (int i = 1; i <= kSteps; ++i) {
        moveWithButtons(widget, QPointF(from) + QPointF(to - from) * i / kSteps, button, modifiers);
    }
    QTest::mouseRelease(&widget, button, modifiers, to);
}

void wheel(QWidget &widget, const QPoint &pos, double notches)
{
    const QPoint angle(0, static_cast<int>(std::lround(120 * notches)));
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), angle, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, /*inverted=*/false);
    QApplication::sendEvent(&widget, &event);
}

void hover(QWidget &widget, const QPoint &pos)
{
    moveWithButtons(widget, pos, Qt::NoButton);
}

bool sameColor(QColor a, const QColor &b, int tolerance = 2)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

int countPixelsNear(const QImage &image, const QColor &color, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            n += sameColor(image.pixelColor(x, y), color, 8) ? 1 : 0;
        }
    }
    return n;
}

} // namespace

class TestPointCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickAppendsPointAtClickedPosition_data();
    void clickAppendsPointAtClickedPosition();
    void clicksAreNumberedInOrder();
    void dragMovesPointInOneUndoStep();
    void dragFromEmptySpacePlacesOnePoint();
    void pressAndReleaseOnPointChangesNothing();
    void undoDuringADragEndsTheDrag();
    void rightClickDeletesThatPoint_data();
    void rightClickDeletesThatPoint();
    void topmostPointWinsWhereTheyOverlap();
    void clickOutsidePlotDoesNothing_data();
    void clickOutsidePlotDoesNothing();
    void wheelZoomKeepsPointUnderCursor_data();
    void wheelZoomKeepsPointUnderCursor();
    void panMovesViewWithMouse_data();
    void panMovesViewWithMouse();
    void resetViewRestoresHomeView_data();
    void resetViewRestoresHomeView();
    void hoveredPointChangedFollowsMouse();
    void tooltipNamesPointAndNote();

    void transformRoundTrips_data();
    void transformRoundTrips();
    void setViewKeepsViewSane_data();
    void setViewKeepsViewSane();
    void zoomStaysWithinBounds_data();
    void zoomStaysWithinBounds();
    void ticksAreNiceAndInRange_data();
    void ticksAreNiceAndInRange();

    void pointsAreDrawnInTheirFamilyColour();
    void curvesDrawInFamilyColourEvenWithGaps();
    void largeTextGrowsPoints();
};

void TestPointCanvas::clickAppendsPointAtClickedPosition_data()
{
    QTest::addColumn<double>("fx");
    QTest::addColumn<double>("fy");
    QTest::addRow("in the middle") << 0.5 << 0.5;
    QTest::addRow("near the top left corner") << 0.02 << 0.02;
    QTest::addRow("near the bottom right corner") << 0.98 << 0.98;
    QTest::addRow("outside the training range") << 0.01 << 0.99;
}

void TestPointCanvas::clickAppendsPointAtClickedPosition()
{
    QFETCH(double, fx);
    QFETCH(double, fy);
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);

    const QPoint click = at(canvas, fx, fy);
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, click);

    QCOMPARE(document.count(), 1);
    const Point expected = canvas.transform().toData(click);
    QVERIFY(pixelDistance(canvas, document.points()[0], expected) < 1.0);
    QVERIFY((canvas.widgetPosition(0) - QPointF(click)).manhattanLength() < 1.0);
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestPointCanvas::clicksAreNumberedInOrder()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);

    const QPoint clicks[] = {at(canvas, 0.2, 0.8), at(canvas, 0.7, 0.3), at(canvas, 0.4, 0.5),
                             at(canvas, 0.9, 0.1)};
    for (const QPoint &click : clicks) {
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, click);
    }

    QCOMPARE(document.count(), 4);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(pixelDistance(canvas, document.points()[static_cast<std::size_t>(i)],
                              canvas.transform().toData(clicks[i])) < 1.0);
        QCOMPARE(canvas.pointAt(clicks[i]), i);
        QVERIFY(canvas.pointText(i).startsWith(QStringLiteral("Point %1:").arg(i + 1)));
    }
}

void TestPointCanvas::dragMovesPointInOneUndoStep()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.3, 0.6));
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.6, 0.4));
    const PointSequence before = document.points();
    const int stepsBefore = document.undoStack()->count();

    const QPoint from = canvas.widgetPosition(0).toPoint();
    const QPoint to = at(canvas, 0.8, 0.8);
    drag(canvas, Qt::LeftButton, from, to);

    QCOMPARE(document.count(), 2);
    QVERIFY((canvas.widgetPosition(0) - QPointF(to)).manhattanLength() < 2.0);
    QCOMPARE(document.points()[1].x, before[1].x);
    QCOMPARE(document.undoStack()->count(), stepsBefore + 1);

    const PointSequence moved = document.points();
    document.undoStack()->undo();
    QCOMPARE(document.points()[0].x, before[0].x);
    QCOMPARE(document.points()[0].y, before[0].y);
    document.undoStack()->redo();
    QCOMPARE(document.points()[0].x, moved[0].x);
    QCOMPARE(document.points()[0].y, moved[0].y);
}

void TestPointCanvas::dragFromEmptySpacePlacesOnePoint()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);

    const QPoint to = at(canvas, 0.7, 0.2);
    drag(canvas, Qt::LeftButton, at(canvas, 0.5, 0.5), to);

    QCOMPARE(document.count(), 1);
    QVERIFY((canvas.widgetPosition(0) - QPointF(to)).manhattanLength() < 2.0);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.undoStack()->undoText().startsWith(QStringLiteral("Add point")));
    document.undoStack()->undo();
    QCOMPARE(document.count(), 0);
}

void TestPointCanvas::pressAndReleaseOnPointChangesNothing()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.5, 0.5));
    const Point before = document.points()[0];

    // Slightly off centre, as a real click on a point is.
    const QPoint onPoint = canvas.widgetPosition(0).toPoint() + QPoint(3, -2);
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, onPoint);
    // A hand that trembles by a pixel is still a click.
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, onPoint);
    moveWithButtons(canvas, onPoint + QPoint(1, 0), Qt::LeftButton);
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, onPoint + QPoint(1, 0));

    QCOMPARE(document.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.points()[0].x, before.x);
    QCOMPARE(document.points()[0].y, before.y);
}

void TestPointCanvas::rightClickDeletesThatPoint_data()
{
    QTest::addColumn<int>("victim");
    QTest::addRow("the first point") << 0;
    QTest::addRow("a middle point") << 1;
    QTest::addRow("the last point") << 2;
}

void TestPointCanvas::rightClickDeletesThatPoint()
{
    QFETCH(int, victim);
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    for (double f : {0.2, 0.5, 0.8}) {
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, f, 1.0 - f));
    }
    const PointSequence before = document.points();

    QTest::mouseClick(&canvas, Qt::RightButton, Qt::NoModifier,
                      canvas.widgetPosition(victim).toPoint());

    QCOMPARE(document.count(), 2);
    PointSequence expected = before;
    expected.erase(expected.begin() + victim);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(document.points()[i].x, expected[i].x);
    }
    document.undoStack()->undo();
    QCOMPARE(document.count(), 3);
    for (std::size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(document.points()[i].x, before[i].x);
        QCOMPARE(document.points()[i].y, before[i].y);
    }
}

void TestPointCanvas::topmostPointWinsWhereTheyOverlap()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    const QPoint spot = at(canvas, 0.5, 0.5);
    document.append(canvas.transform().toData(spot));
    document.append(canvas.transform().toData(spot + QPoint(4, 0)));

    QCOMPARE(canvas.pointAt(spot), 1);
    QTest::mouseClick(&canvas, Qt::RightButton, Qt::NoModifier, spot);
    QCOMPARE(document.count(), 1);
    QCOMPARE(canvas.pointAt(spot), 0);
}

void TestPointCanvas::clickOutsidePlotDoesNothing_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("button");
    QTest::addRow("left click on the y tick labels") << "left" << int(Qt::LeftButton);
    QTest::addRow("left click on the x tick labels") << "below" << int(Qt::LeftButton);
    QTest::addRow("left click in the top right corner") << "corner" << int(Qt::LeftButton);
    QTest::addRow("right click on the x tick labels") << "below" << int(Qt::RightButton);
}

void TestPointCanvas::clickOutsidePlotDoesNothing()
{
    QFETCH(QString, where);
    QFETCH(int, button);
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    // A point right at the bottom edge, whose circle reaches over the x labels.
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.5, 1.0));
    QCOMPARE(document.count(), 1);

    const QRectF plot = canvas.plotRect();
    QPoint click;
    if (where == QLatin1String("left")) {
        click = QPointF(plot.left() - 15, plot.center().y()).toPoint();
    } else if (where == QLatin1String("below")) {
        click = QPointF(plot.center().x(), plot.bottom() + 6).toPoint();
    } else {
        click = QPoint(canvas.width() - 2, 1);
    }
    QVERIFY(!plot.contains(click));
    QTest::mouseClick(&canvas, static_cast<Qt::MouseButton>(button), Qt::NoModifier, click);

    QCOMPARE(document.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestPointCanvas::wheelZoomKeepsPointUnderCursor_data()
{
    QTest::addColumn<double>("fx");
    QTest::addColumn<double>("fy");
    QTest::addColumn<double>("notches");
    QTest::addRow("one notch in at the centre") << 0.5 << 0.5 << 1.0;
    QTest::addRow("three notches in near a corner") << 0.1 << 0.9 << 3.0;
    QTest::addRow("two notches out") << 0.7 << 0.2 << -2.0;
    QTest::addRow("far out, where the tick labels grow wider") << 0.3 << 0.6 << -40.0;
}

void TestPointCanvas::wheelZoomKeepsPointUnderCursor()
{
    QFETCH(double, fx);
    QFETCH(double, fy);
    QFETCH(double, notches);
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    const QPoint cursor = at(canvas, fx, fy);
    const Point under = canvas.transform().toData(cursor);
    const double width = canvas.transform().xMax() - canvas.transform().xMin();

    wheel(canvas, cursor, notches);

    const QPointF now = canvas.transform().toWidget(under);
    QVERIFY2((now - QPointF(cursor)).manhattanLength() < 1.0,
             qPrintable(QStringLiteral("moved to %1, %2").arg(now.x()).arg(now.y())));
    const double newWidth = canvas.transform().xMax() - canvas.transform().xMin();
    QVERIFY(std::abs(width / newWidth - std::pow(PointCanvas::kWheelZoom, notches)) <
            1e-6 * std::pow(PointCanvas::kWheelZoom, notches));
    QCOMPARE(document.count(), 0);
}

void TestPointCanvas::panMovesViewWithMouse_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<int>("modifiers");
    QTest::addRow("middle-button drag") << int(Qt::MiddleButton) << int(Qt::NoModifier);
    QTest::addRow("shift and left drag") << int(Qt::LeftButton) << int(Qt::ShiftModifier);
}

void TestPointCanvas::panMovesViewWithMouse()
{
    QFETCH(int, button);
    QFETCH(int, modifiers);
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    const QPoint from = at(canvas, 0.5, 0.5);
    const QPoint to = from + QPoint(80, -50);
    const Point grabbed = canvas.transform().toData(from);
    const double xMin = canvas.transform().xMin();

    drag(canvas, static_cast<Qt::MouseButton>(button), from, to,
         static_cast<Qt::KeyboardModifiers>(modifiers));

    QVERIFY((canvas.transform().toWidget(grabbed) - QPointF(to)).manhattanLength() < 1.0);
    QVERIFY(canvas.transform().xMin() < xMin);
    QCOMPARE(document.count(), 0);
}

void TestPointCanvas::resetViewRestoresHomeView_data()
{
    QTest::addColumn<bool>("middleDoubleClick");
    QTest::addRow("resetView()") << false;
    QTest::addRow("middle-button double click") << true;
}

void TestPointCanvas::resetViewRestoresHomeView()
{
    QFETCH(bool, middleDoubleClick);
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    const double m = PointCanvas::kHomeMargin;
    QCOMPARE(canvas.transform().xMin(), kXlo - m * (kXhi - kXlo));
    QCOMPARE(canvas.transform().xMax(), kXhi + m * (kXhi - kXlo));
    QCOMPARE(canvas.transform().yMin(), kYlo - m * (kYhi - kYlo));
    QCOMPARE(canvas.transform().yMax(), kYhi + m * (kYhi - kYlo));
    const CanvasTransform home = canvas.transform();

    wheel(canvas, at(canvas, 0.2, 0.3), 4.0);
    drag(canvas, Qt::MiddleButton, at(canvas, 0.5, 0.5), at(canvas, 0.6, 0.2));
    QVERIFY(canvas.transform().xMin() != home.xMin());

    if (middleDoubleClick) {
        QTest::mouseDClick(&canvas, Qt::MiddleButton, Qt::NoModifier, at(canvas, 0.5, 0.5));
    } else {
        canvas.resetView();
    }
    QCOMPARE(canvas.transform().xMin(), home.xMin());
    QCOMPARE(canvas.transform().xMax(), home.xMax());
    QCOMPARE(canvas.transform().yMin(), home.yMin());
    QCOMPARE(canvas.transform().yMax(), home.yMax());
    QCOMPARE(canvas.plotRect(), home.plotRect());
}

void TestPointCanvas::hoveredPointChangedFollowsMouse()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.3, 0.3));
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.7, 0.7));
    hover(canvas, at(canvas, 0.5, 0.5));
    QCOMPARE(canvas.hoveredPoint(), 0);
    QSignalSpy spy(&canvas, &PointCanvas::hoveredPointChanged);

    hover(canvas, canvas.widgetPosition(1).toPoint() + QPoint(2, 2));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 2);
    hover(canvas, canvas.widgetPosition(1).toPoint() - QPoint(2, 1));
    QCOMPARE(spy.count(), 1); // still on the same point
    QCOMPARE(canvas.hoveredPoint(), 2);

    hover(canvas, at(canvas, 0.5, 0.5));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toInt(), 0);

    hover(canvas, canvas.widgetPosition(0).toPoint());
    QCOMPARE(spy.last().at(0).toInt(), 1);
    // The hovered point deleted (here by undo) is no longer hovered.
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(spy.last().at(0).toInt(), 0);
}

void TestPointCanvas::tooltipNamesPointAndNote()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    document.append({6.0, 20.0});
    document.append({9.5, 100.0});
    document.append({7.21, 54.3});
    canvas.setPointNotes({QString(), QString(), QStringLiteral("network: parabola 91%")});

    QCOMPARE(canvas.pointText(2), QStringLiteral("Point 3: x = 7.21, y = 54.3\n"
                                                 "network: parabola 91%"));
    QCOMPARE(canvas.pointText(0), QStringLiteral("Point 1: x = 6, y = 20"));
    QCOMPARE(canvas.pointText(3), QString());

    // What the mouse shows, resting on point 3.
    const QPoint onPoint = canvas.widgetPosition(2).toPoint() + QPoint(2, 2);
    QHelpEvent help(QEvent::ToolTip, onPoint, canvas.mapToGlobal(onPoint));
    QApplication::sendEvent(&canvas, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), canvas.pointText(2));
}

void TestPointCanvas::transformRoundTrips_data()
{
    QTest::addColumn<double>("xlo");
    QTest::addColumn<double>("xhi");
    QTest::addColumn<double>("ylo");
    QTest::addColumn<double>("yhi");
    QTest::addRow("training domain") << 4.2 << 15.8 << -18.4 << 248.4;
    QTest::addRow("unit square") << 0.0 << 1.0 << 0.0 << 1.0;
    QTest::addRow("negative values") << -1000.0 << -900.0 << -3.0 << -2.0;
    QTest::addRow("tiny range at zero") << 0.0 << 1e-6 << -5e-7 << 5e-7;
    QTest::addRow("tiny range far from zero") << 1e5 << 1e5 + 1e-4 << -7.0 << -7.0 + 1e-6;
    QTest::addRow("huge range") << -5e8 << 5e8 << 0.0 << 1e9;
    QTest::addRow("huge and tiny axes together") << -5e8 << 5e8 << 1.0 << 1.0 + 1e-6;
}

void TestPointCanvas::transformRoundTrips()
{
    QFETCH(double, xlo);
    QFETCH(double, xhi);
    QFETCH(double, ylo);
    QFETCH(double, yhi);
    CanvasTransform t;
    t.setView(xlo, xhi, ylo, yhi);
    t.setPlotRect(QRectF(60, 12, 560, 400));
    QCOMPARE(t.xMin(), xlo);
    QCOMPARE(t.yMax(), yhi);

    // The view's corners land on the plot's corners.
    QVERIFY((t.toWidget({xlo, yhi}) - QPointF(60, 12)).manhattanLength() < 1e-6);
    QVERIFY((t.toWidget({xhi, ylo}) - QPointF(620, 412)).manhattanLength() < 1e-6);
    for (double fx : {-0.5, 0.0, 0.37, 1.0, 1.5}) {
        for (double fy : {-0.5, 0.0, 0.61, 1.0, 1.5}) {
            const QPointF w(60 + fx * 560, 12 + fy * 400);
            const Point d = t.toData(w);
            QVERIFY(std::isfinite(d.x) && std::isfinite(d.y));
            const QPointF back = t.toWidget(d);
            // Near the smallest span a double leaves about a thousandth of a pixel.
            QVERIFY2((back - w).manhattanLength() < 1e-3,
                     qPrintable(QStringLiteral("%1,%2 came back as %3,%4")
                                    .arg(w.x())
                                    .arg(w.y())
                                    .arg(back.x())
                                    .arg(back.y())));
            const Point again = t.toData(back);
            QVERIFY(std::abs(again.x - d.x) <= 1e-9 * (xhi - xlo) + 1e-15 * std::abs(d.x));
            QVERIFY(std::abs(again.y - d.y) <= 1e-9 * (yhi - ylo) + 1e-15 * std::abs(d.y));
        }
    }
}

void TestPointCanvas::setViewKeepsViewSane_data()
{
    QTest::addColumn<double>("xlo");
    QTest::addColumn<double>("xhi");
    QTest::addColumn<double>("expectedWidth");
    QTest::addColumn<double>("expectedCentre");
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    QTest::addRow("reversed range is turned round") << 10.0 << 2.0 << 8.0 << 6.0;
    QTest::addRow("empty range is widened") << 3.0 << 3.0 << CanvasTransform::kMinSpan << 3.0;
    QTest::addRow("vast range is narrowed") << -1e12 << 1e12 << CanvasTransform::kMaxSpan << 0.0;
    QTest::addRow("NaN is ignored") << nan << 1.0 << 1.0 << 0.5;
    QTest::addRow("infinity is ignored") << 0.0 << inf << 1.0 << 0.5;
}

void TestPointCanvas::setViewKeepsViewSane()
{
    QFETCH(double, xlo);
    QFETCH(double, xhi);
    QFETCH(double, expectedWidth);
    QFETCH(double, expectedCentre);
    CanvasTransform t; // starts at the unit square
    t.setView(xlo, xhi, 0.0, 1.0);
    QVERIFY(std::abs(t.xMax() - t.xMin() - expectedWidth) <= 1e-9 * expectedWidth);
    QVERIFY(std::abs(0.5 * (t.xMin() + t.xMax()) - expectedCentre) <= 1e-9 * expectedWidth);
    QVERIFY(t.xMin() < t.xMax());
}

void TestPointCanvas::zoomStaysWithinBounds_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("times");
    QTest::addRow("zooming in forever stops at the smallest span") << 10.0 << 40;
    QTest::addRow("zooming out forever stops at the largest span") << 0.1 << 40;
    QTest::addRow("a zero factor is ignored") << 0.0 << 1;
    QTest::addRow("a NaN factor is ignored") << std::numeric_limits<double>::quiet_NaN() << 1;
}

void TestPointCanvas::zoomStaysWithinBounds()
{
    QFETCH(double, factor);
    QFETCH(int, times);
    CanvasTransform t;
    t.setView(4.2, 15.8, -18.4, 248.4);
    t.setPlotRect(QRectF(60, 12, 560, 400));
    for (int i = 0; i < times; ++i) {
        t.zoom(factor, QPointF(200, 300));
    }
    // Within rounding: the ends are stored, not the span.
    for (double span : {t.xMax() - t.xMin(), t.yMax() - t.yMin()}) {
        QVERIFY(std::isfinite(span));
        QVERIFY2(span >= CanvasTransform::kMinSpan * (1 - 1e-6), qPrintable(QString::number(span)));
        QVERIFY2(span <= CanvasTransform::kMaxSpan * (1 + 1e-6), qPrintable(QString::number(span)));
    }
    const Point d = t.toData(QPointF(200, 300));
    QVERIFY(std::isfinite(d.x) && std::isfinite(d.y));
    if (!(factor > 0.0)) {
        QCOMPARE(t.xMin(), 4.2);
        QCOMPARE(t.yMax(), 248.4);
    }
}

void TestPointCanvas::ticksAreNiceAndInRange_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("maxTicks");
    QTest::addRow("x of the training domain") << 4.2 << 15.8 << 7;
    QTest::addRow("y of the training domain") << -18.4 << 248.4 << 8;
    QTest::addRow("across zero") << -3.7 << 2.2 << 6;
    QTest::addRow("tenths") << 0.0 << 1.0 << 11;
    QTest::addRow("tiny range") << 0.0 << 1e-6 << 5;
    QTest::addRow("tiny range far from zero") << 1000.0001 << 1000.0003 << 5;
    QTest::addRow("huge range") << -2e9 << 7e9 << 8;
    QTest::addRow("only two ticks wanted") << 0.0 << 97.0 << 2;
}

void TestPointCanvas::ticksAreNiceAndInRange()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, maxTicks);
    const std::vector<double> ticks = CanvasTransform::ticks(lo, hi, maxTicks);
    const double step = CanvasTransform::tickStep(lo, hi, maxTicks);

    QVERIFY(!ticks.empty());
    QVERIFY(static_cast<int>(ticks.size()) <= maxTicks);
    // A step may be up to 2.5 times the least one, so 6 asked for always give 2.
    if (maxTicks >= 6) {
        QVERIFY(ticks.size() >= 2);
    }
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-12));
    QVERIFY2(std::abs(mantissa - 1.0) < 1e-9 || std::abs(mantissa - 2.0) < 1e-9 ||
                 std::abs(mantissa - 5.0) < 1e-9,
             qPrintable(QStringLiteral("step %1").arg(step)));
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        QVERIFY(ticks[i] >= lo - 1e-9 * step && ticks[i] <= hi + 1e-9 * step);
        const double index = ticks[i] / step;
        QVERIFY(std::abs(index - std::round(index)) < 1e-6);
        if (i > 0) {
            QVERIFY(std::abs(ticks[i] - ticks[i - 1] - step) < 1e-6 * step);
        }
    }
    // Every multiple of the step in the range is there: none skipped at either end.
    QVERIFY(ticks.front() - step < lo);
    QVERIFY(ticks.back() + step > hi);

    QVERIFY(CanvasTransform::ticks(hi, lo, maxTicks).empty());
    QVERIFY(CanvasTransform::ticks(lo, lo, maxTicks).empty());
}

void TestPointCanvas::pointsAreDrawnInTheirFamilyColour()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    canvas.setTrainingDomain(kXlo, kXhi, kYlo, kYhi);
    const QPoint spots[] = {at(canvas, 0.2, 0.7), at(canvas, 0.5, 0.4), at(canvas, 0.8, 0.2),
                            at(canvas, 0.9, 0.8)};
    for (const QPoint &spot : spots) {
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, spot);
    }
    canvas.setPointFamilies({0, 1, 2}); // the fourth has no guess yet
    canvas.setHighlightedPoint(2);

    const QImage image = canvas.grab().toImage();
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(sameColor(image.pixelColor(spots[i]), FamilyPalette::color(i)),
                 qPrintable(QStringLiteral("point %1 is %2")
                                .arg(i + 1)
                                .arg(image.pixelColor(spots[i]).name())));
    }
    const QColor neutral = image.pixelColor(spots[3]);
    QVERIFY(neutral.red() == neutral.green() && neutral.green() == neutral.blue());
    QVERIFY(neutral != QColor(Qt::white));
    // The ring around point 2 is dark; around point 1 there is none.
    const int ringOffset = qRound(7.0 + 3.5 + 1.25);
    QVERIFY(image.pixelColor(spots[1] + QPoint(0, ringOffset)).lightness() < 100);
    QVERIFY(image.pixelColor(spots[0] + QPoint(0, ringOffset)).lightness() > 150);
}

void TestPointCanvas::curvesDrawInFamilyColourEvenWithGaps()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    canvas.setHomeView(-10.0, 10.0, -10.0, 10.0);
    document.append({1.0, 4.0});
    document.append({4.0, -2.0});
    // Undefined left of 0 and unbounded at 0: drawn where defined, without a wall at the gap.
    canvas.setCurves({{2, QStringLiteral("sqrt"), [](double x) { return 3.0 * std::sqrt(x); }},
                      {1, QStringLiteral("reciprocal"), [](double x) { return 1.0 / x; }}});
    canvas.setShowResiduals(true);

    const QImage image = canvas.grab().toImage();
    // Below the legend, which shows a sample of each curve in the top left.
    const QRect plot = canvas.plotRect().toRect();
    const QRect leftHalf(plot.left() + 10, plot.top() + plot.height() / 4, plot.width() / 2 - 20,
                         plot.height() / 4 - 10);
    const QRect rightHalf = leftHalf.translated(plot.width() / 2, 0);
    QVERIFY(countPixelsNear(image, FamilyPalette::color(2), rightHalf) > 20);
    QCOMPARE(countPixelsNear(image, FamilyPalette::color(2), leftHalf), 0);
    // No vertical wall where 1/x jumps from -inf to +inf.
    const int zero = qRound(canvas.transform().toWidget({0.0, 0.0}).x());
    const QRect wall(zero - 1, plot.top() + plot.height() / 4, 3, plot.height() / 2);
    QVERIFY(countPixelsNear(image, FamilyPalette::color(1), wall) < 6);
}

void TestPointCanvas::largeTextGrowsPoints()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    const QPoint spot = at(canvas, 0.5, 0.5);
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, spot);
    const QRectF normalPlot = canvas.plotRect();
    const QPointF edge = canvas.widgetPosition(0) + QPointF(12.0, 0.0);
    QCOMPARE(canvas.pointAt(edge), -1);
    // 8 pixels right of the centre: background at normal size, inside the point with large text.
    auto besideCentre = [&canvas] {
        const QImage image = canvas.grab().toImage();
        const QPointF centre = canvas.widgetPosition(0);
        return sameColor(image.pixelColor((centre + QPointF(8.0, 0.0)).toPoint()),
                         image.pixelColor(centre.toPoint()));
    };
    QVERIFY(!besideCentre());

    canvas.setLargeText(true);
    QCOMPARE(canvas.pointAt(canvas.widgetPosition(0) + QPointF(12.0, 0.0)), 0);
    QVERIFY(canvas.plotRect().width() < normalPlot.width());
    QVERIFY(besideCentre());
}

void TestPointCanvas::undoDuringADragEndsTheDrag()
{
    CanvasDocument document;
    PointCanvas canvas;
    showCanvas(canvas, document);
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.2, 0.5));
    // Press on empty space places a point; Ctrl+Z with the button still held takes it away.
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.6, 0.5));
    QCOMPARE(document.count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.count(), 1);
    moveWithButtons(canvas, at(canvas, 0.7, 0.4), Qt::LeftButton);
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, 0.7, 0.4));
    QCOMPARE(document.count(), 1);
    QVERIFY(std::abs(document.points()[0].x - canvas.transform().toData(at(canvas, 0.2, 0.5)).x) <
            1e-9);
}

QTEST_MAIN(TestPointCanvas)
#include "tst_pointcanvas.moc"
