#include "pointcanvas.h"

#include "canvasdocument.h"
#include "familypalette.h"
#include "paintedtooltip.h"
#include "paintkit.h"
#include "textcontrast.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace curvelab {

namespace {

// Pixels between a label and what it labels (the margin: paintkit.h), and the tick marks' length.
constexpr qreal kGap = 4.0;
constexpr qreal kTickLength = 5.0;
// Text sizes at font scale 1, in points; 12 pt tick labels stay readable on a projector, like
// the charts beside the canvas.
constexpr qreal kTickPointSize = 12.0;
constexpr qreal kTitlePointSize = 13.0;
constexpr qreal kNumberPointSize = 11.0;
constexpr qreal kLegendPointSize = 11.0;
constexpr qreal kDomainPointSize = 10.0;
constexpr qreal kHintPointSize = 13.0;
// Room each tick label asks for along its axis, at font scale 1.
constexpr qreal kPixelsPerXTick = 90.0;
constexpr qreal kPixelsPerYTick = 50.0;
// Ticks asked for on the shortest axis; three give a step of at most half the range.
constexpr int kMinTicks = 3;
// Point size at font scale 1, and how close to its centre a press still takes it.
constexpr qreal kPointRadius = 7.0;
constexpr qreal kPointOutline = 1.25;
constexpr qreal kHitRadius = 10.0;
// Gap between a point and the ring that highlights it, and the ring's width.
constexpr qreal kRingGap = 3.5;
constexpr qreal kRingWidth = 2.5;
// Widths at line scale 1: the line joining the points, curves, residual segments.
constexpr qreal kPathWidth = 1.0;
constexpr qreal kCurveWidth = 2.5;
constexpr qreal kResidualWidth = 1.5;
// Pixels between curve samples: smooth to the eye, a few hundred evaluations per curve.
constexpr qreal kCurveSampleStep = 2.0;
// A curve sample further off the plot than this many plot heights ends the line there, so an
// asymptote or a jump does not draw a wall across the plot (nor feed the rasteriser huge
// coordinates).
constexpr qreal kCurveFarOff = 2.0;
// How far, in pixels, a curve sample may lie off the straight line that replaces it, and the most
// samples one straight piece may replace (which bounds the check's cost).
constexpr qreal kFlatness = 0.2;
constexpr std::size_t kMaxDroppedSamples = 64;
// Halvings that check a curve for a pole where two neighbouring samples lie more than the plot's
// height apart.
constexpr int kContinuityProbes = 8;
// Horizontal distance between the residuals of neighbouring curves, so that each stays visible.
constexpr qreal kResidualSpread = 2.5;
// Manhattan distance the mouse must travel before a press on a point becomes a drag: a shaky
// click does not move the point.
constexpr qreal kDragThreshold = 3.0;
// Above this many points a number may cover another point; the overlap test would cost more
// than the labels are then worth.
constexpr int kMaxPointsForLabelAvoidance = 200;
// Segments are clipped this far outside the plot before drawing; the clip rectangle hides the rest.
constexpr qreal kClipMargin = 50.0;
// Pixels between legend rows at font scale 1.
constexpr qreal kLegendRowGap = 2.0;

const QColor kGridColor(0xEA, 0xEA, 0xEA);
const QColor kZeroLineColor(0xC4, 0xC4, 0xC4);
// The line joining the points in click order: there to show the order, not to be looked at.
const QColor kPathColor(0xC8, 0xC8, 0xC8);
// A point the network has not judged (no model yet).
const QColor kNeutralPoint(0x99, 0x99, 0x99);
const QColor kDomainFill(0xF1, 0xF5, 0xFA);
const QColor kDomainEdge(0xDA, 0xE3, 0xEE);
const QColor kDomainText(0x8E, 0x9B, 0xAA);
const QColor kHalo(255, 255, 255, 215);
const QColor kLegendFill(255, 255, 255, 230);
const QColor kLegendEdge(0xD0, 0xD0, 0xD0);
// Influence halos: the largest grows the point's radius by this many pixels (at font scale 1);
// below kMinHalo a point changes the guess too little to draw; fills are this opaque.
constexpr qreal kMaxHaloGrowth = 22.0;
constexpr double kMinHalo = 0.01;
constexpr qreal kHaloAlpha = 0.28;
// Residual segments look this opaque, so the points and curves stay in front.
constexpr qreal kResidualOpacity = 0.55;

// The colour `color` at `opacity` shows over the background, as an opaque colour.
QColor onBackground(const QColor &color, qreal opacity)
{
    auto mix = [opacity](int c, int b) { return qRound(opacity * c + (1.0 - opacity) * b); };
    return QColor(mix(color.red(), kBackground.red()), mix(color.green(), kBackground.green()),
                  mix(color.blue(), kBackground.blue()));
}

// Liang-Barsky: shortens the segment to the part inside r; false if none of it is.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &r)
{
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    qreal t0 = 0.0;
    qreal t1 = 1.0;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) {
                return false;
            }
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0.0) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
        if (t0 > t1) {
            return false;
        }
    }
    const QPointF start = a;
    a = start + t0 * QPointF(dx, dy);
    b = start + t1 * QPointF(dx, dy);
    return true;
}

// Whether f runs from (x0, y0) to (x1, y1) without a pole or a jump: over a few halvings, f at the
// midpoint stays between the ends of the half where it changes most. A steep but continuous
// stretch passes; 1/x across 0 does not.
bool continuousBetween(const std::function<double(double)> &f, double x0, double y0, double x1,
                       double y1)
{
    for (int i = 0; i < kContinuityProbes; ++i) {
        const double xm = 0.5 * (x0 + x1);
        const double ym = f(xm);
        if (!std::isfinite(ym) || ym < std::min(y0, y1) || ym > std::max(y0, y1)) {
            return false;
        }
        if (std::abs(ym - y0) > std::abs(y1 - ym)) {
            x1 = xm;
            y1 = ym;
        } else {
            x0 = xm;
            y0 = ym;
        }
    }
    return true;
}

// Enough significant digits to tell v from the next value a step away, and at least `least`.
QString compactNumber(double v, double resolution, int least)
{
    if (v == 0.0) {
        return QStringLiteral("0");
    }
    const double magnitude = std::floor(std::log10(std::abs(v)));
    const double finest = resolution > 0.0 ? std::floor(std::log10(resolution)) : magnitude;
    const int digits = std::clamp(static_cast<int>(magnitude - finest) + 1, least, 15);
    return QString::number(v, 'g', digits);
}

// A coordinate for people: to about a pixel at the current view (at least 3 digits), and never in
// exponent form for a value a double prints exactly in plain digits.
QString coordinate(double v, double pixel)
{
    if (v == 0.0) {
        return QStringLiteral("0");
    }
    const int whole = static_cast<int>(std::floor(std::log10(std::abs(v)))) + 1;
    const int digits = whole <= 15 ? std::max(3, whole) : 3;
    return compactNumber(v, pixel, std::min(digits, 15));
}

} // namespace

PointCanvas::PointCanvas(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // A right click deletes a point; a menu from a parent widget must not open as well.
    setContextMenuPolicy(Qt::PreventContextMenu);
    // Focus on click, so that the undo shortcuts of the view around it work after drawing.
    setFocusPolicy(Qt::ClickFocus);
    resetView();
}

void PointCanvas::setDocument(CanvasDocument *document)
{
    if (m_document == document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_drag = Drag::None;
    if (m_document) {
        connect(m_document, &CanvasDocument::changed, this, &PointCanvas::onDocumentChanged);
    }
    onDocumentChanged();
}

void PointCanvas::setHomeView(double xlo, double xhi, double ylo, double yhi)
{
    if (!std::isfinite(xlo) || !std::isfinite(xhi) || !std::isfinite(ylo) || !std::isfinite(yhi)) {
        return;
    }
    m_home = TrainingDomain{{std::min(xlo, xhi), std::max(xlo, xhi)},
                            {std::min(ylo, yhi), std::max(ylo, yhi)}};
    resetView();
}

void PointCanvas::setHomeView(const TrainingDomain &domain)
{
    setHomeView(domain.x.lo, domain.x.hi, domain.y.lo, domain.y.hi);
}

void PointCanvas::resetView()
{
    showWithMargin(m_home.x, m_home.y);
}

void PointCanvas::fitToPoints()
{
    frame(m_document ? m_document->points() : PointSequence{});
}

void PointCanvas::frame(const PointSequence &points)
{
    if (points.empty()) {
        resetView();
        return;
    }
    constexpr double inf = std::numeric_limits<double>::infinity();
    Range x{inf, -inf};
    Range y{inf, -inf};
    for (const Point &p : points) {
        x = {std::min(x.lo, p.x), std::max(x.hi, p.x)};
        y = {std::min(y.lo, p.y), std::max(y.hi, p.y)};
    }
    // A single point, or points in a row: give the flat direction the home view's extent.
    if (!(x.width() > 0.0)) {
        x = {x.lo - 0.5 * m_home.x.width(), x.hi + 0.5 * m_home.x.width()};
    }
    if (!(y.width() > 0.0)) {
        y = {y.lo - 0.5 * m_home.y.width(), y.hi + 0.5 * m_home.y.width()};
    }
    showWithMargin(x, y);
}

void PointCanvas::showWithMargin(const Range &x, const Range &y)
{
    const double mx = kHomeMargin * x.width();
    const double my = kHomeMargin * y.width();
    m_transform.setView(x.lo - mx, x.hi + mx, y.lo - my, y.hi + my);
    updateLayout();
    update();
}

void PointCanvas::setTrainingDomain(double xlo, double xhi, double ylo, double yhi)
{
    m_domain = TrainingDomain{{std::min(xlo, xhi), std::max(xlo, xhi)},
                              {std::min(ylo, yhi), std::max(ylo, yhi)}};
    m_hasDomain =
        std::isfinite(xlo) && std::isfinite(xhi) && std::isfinite(ylo) && std::isfinite(yhi);
    update();
}

void PointCanvas::setTrainingDomain(const TrainingDomain &domain)
{
    setTrainingDomain(domain.x.lo, domain.x.hi, domain.y.lo, domain.y.hi);
}

void PointCanvas::clearTrainingDomain()
{
    m_hasDomain = false;
    update();
}

void PointCanvas::setPointFamilies(const std::vector<int> &families)
{
    m_families = families;
    update();
}

void PointCanvas::setPointNotes(const QStringList &notes)
{
    m_notes = notes;
}

void PointCanvas::setCurves(std::vector<CanvasCurve> curves)
{
    m_curves = std::move(curves);
    update();
}

void PointCanvas::setShowResiduals(bool show)
{
    m_showResiduals = show;
    update();
}

void PointCanvas::setHighlightedPoint(int point)
{
    if (point != m_highlighted) {
        m_highlighted = point;
        update();
    }
}

void PointCanvas::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    m_numberTexts.clear();
    updateLayout();
    updateGeometry();
    update();
}

QSize PointCanvas::sizeHint() const
{
    return QSize(640, 480);
}

QSize PointCanvas::minimumSizeHint() const
{
    return QSize(320, 240);
}

QFont PointCanvas::tickFont() const
{
    return fontOfSize(font(), kTickPointSize * m_style.fontScale, /*bold=*/false);
}

QFont PointCanvas::titleFont() const
{
    return fontOfSize(font(), kTitlePointSize * m_style.fontScale, /*bold=*/true);
}

QFont PointCanvas::numberFont() const
{
    return fontOfSize(font(), kNumberPointSize * m_style.fontScale, /*bold=*/true);
}

qreal PointCanvas::pointRadius() const
{
    return kPointRadius * m_style.fontScale;
}

int PointCanvas::maxTicks(qreal pixels, qreal perTick) const
{
    // Asking for two ticks allows a step as wide as the range, which may put both outside it: a
    // short axis (large text on a projector) would have no numbers at all.
    return std::max(kMinTicks, static_cast<int>(pixels / (perTick * m_style.fontScale)));
}

QString PointCanvas::tickLabel(double v, double step) const
{
    return compactNumber(v, step, /*least=*/4);
}

void PointCanvas::updateLayout()
{
    const QFontMetricsF tick(tickFont(), this);
    const QFontMetricsF title(titleFont(), this);
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    // Half a label above the plot, so the top y label is not cut; below, the x labels and title.
    const qreal top = area.top() + std::ceil(tick.height() / 2.0);
    const qreal bottom =
        area.bottom() - std::ceil(title.height() + kGap + tick.height() + kTickLength + kGap);

    // The y labels decide the left margin, and they depend only on the height.
    const int yCount = maxTicks(bottom - top, kPixelsPerYTick);
    const double yStep = CanvasTransform::tickStep(m_transform.yMin(), m_transform.yMax(), yCount);
    qreal widestY = tick.horizontalAdvance(QStringLiteral("-000"));
    for (double v : CanvasTransform::ticks(m_transform.yMin(), m_transform.yMax(), yCount)) {
        widestY = std::max(widestY, tick.horizontalAdvance(tickLabel(v, yStep)));
    }
    const qreal left = area.left() + std::ceil(title.horizontalAdvance(QStringLiteral("y")) +
                                               2 * kGap + widestY + kTickLength);

    // Room on the right for half of the last x label, which is centred on its tick.
    const qreal provisional = area.right() - left;
    const int xCount = maxTicks(provisional, kPixelsPerXTick);
    const double xStep = CanvasTransform::tickStep(m_transform.xMin(), m_transform.xMax(), xCount);
    qreal widestX = tick.horizontalAdvance(QStringLiteral("00"));
    for (double v : CanvasTransform::ticks(m_transform.xMin(), m_transform.xMax(), xCount)) {
        widestX = std::max(widestX, tick.horizontalAdvance(tickLabel(v, xStep)));
    }
    const qreal right = area.right() - std::ceil(widestX / 2.0);

    m_transform.setPlotRect(QRectF(
        QPointF(std::round(left), std::round(top)),
        QPointF(std::round(std::max(right, left + 1.0)), std::round(std::max(bottom, top + 1.0)))));
}

int PointCanvas::pointAt(const QPointF &widgetPos) const
{
    if (!m_document || !plotRect().contains(widgetPos)) {
        return -1;
    }
    const qreal hit = std::max(kHitRadius, pointRadius() + 3.0);
    const PointSequence &points = m_document->points();
    for (int i = static_cast<int>(points.size()) - 1; i >= 0; --i) {
        const QPointF d = m_transform.toWidget(points[static_cast<std::size_t>(i)]) - widgetPos;
        if (QPointF::dotProduct(d, d) <= hit * hit) {
            return i;
        }
    }
    return -1;
}

QPointF PointCanvas::widgetPosition(int index) const
{
    if (!m_document || index < 0 || index >= m_document->count()) {
        return {};
    }
    return m_transform.toWidget(m_document->points()[static_cast<std::size_t>(index)]);
}

QString PointCanvas::pointText(int index) const
{
    if (!m_document || index < 0 || index >= m_document->count()) {
        return {};
    }
    const Point &p = m_document->points()[static_cast<std::size_t>(index)];
    const QRectF plot = plotRect();
    const double xPixel = (m_transform.xMax() - m_transform.xMin()) / std::max(plot.width(), 1.0);
    const double yPixel = (m_transform.yMax() - m_transform.yMin()) / std::max(plot.height(), 1.0);
    QString text = tr("Point %1: x = %2, y = %3")
                       .arg(index + 1)
                       .arg(coordinate(p.x, xPixel), coordinate(p.y, yPixel));
    if (index < m_notes.size() && !m_notes[index].isEmpty()) {
        text += QLatin1Char('\n') + m_notes[index];
    }
    return text;
}

void PointCanvas::setHovered(int point)
{
    if (point != m_hovered) {
        m_hovered = point;
        update();
        Q_EMIT hoveredPointChanged(point);
    }
}

void PointCanvas::updateCursor(const QPointF &pos)
{
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_drag != Drag::None) {
        shape = Qt::ClosedHandCursor;
    } else if (pointAt(pos) >= 0) {
        shape = Qt::OpenHandCursor;
    } else if (plotRect().contains(pos)) {
        shape = Qt::CrossCursor;
    }
    if (cursor().shape() != shape) {
        setCursor(shape);
    }
}

void PointCanvas::onDocumentChanged()
{
    const int count = m_document ? m_document->count() : 0;
    if (m_dragIndex >= count) {
        // Undone from the keyboard in the middle of a drag: the point is gone.
        m_drag = Drag::None;
        m_dragIndex = -1;
    }
    if (m_hovered > count) {
        setHovered(0);
    }
    update();
}

bool PointCanvas::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    auto *help = static_cast<QHelpEvent *>(event);
    return showPaintedToolTip(*this, *help, pointText(pointAt(help->pos())));
}

void PointCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_numberTexts.clear();
        updateLayout();
        update();
    }
}

void PointCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

void PointCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    // A second button during a drag, or a click on the axis labels, does nothing.
    if (m_drag != Drag::None || !plotRect().contains(pos)) {
        return;
    }
    Q_EMIT pressed();
    const bool pan =
        event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
    if (pan) {
        m_drag = Drag::Pan;
        m_dragButton = event->button();
        m_lastPos = pos;
        updateCursor(pos);
        return;
    }
    if (!m_document) {
        return;
    }
    if (event->button() == Qt::RightButton) {
        m_document->remove(pointAt(pos));
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_dragButton = Qt::LeftButton;
    m_pressPos = pos;
    m_dragMoved = false;
    // One key for the whole press: every move of this drag folds into one undo step.
    m_mergeKey = m_document->newMergeKey();
    const int hit = pointAt(pos);
    if (hit >= 0) {
        m_drag = Drag::MovePoint;
        m_dragIndex = hit;
        m_grabOffset = widgetPosition(hit) - pos;
    } else if (m_document->append(m_transform.toData(pos), m_mergeKey)) {
        m_drag = Drag::PlaceNewPoint;
        m_dragIndex = m_document->count() - 1;
        m_grabOffset = QPointF();
    }
    updateCursor(pos);
}

void PointCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::None:
        setHovered(pointAt(pos) + 1);
        updateCursor(pos);
        return;
    case Drag::Pan:
        m_transform.pan(pos - m_lastPos);
        m_lastPos = pos;
        updateLayout();
        update();
        return;
    case Drag::MovePoint:
    case Drag::PlaceNewPoint:
        break;
    }
    // An undo (Ctrl+Z with the button still held) may have taken the dragged point away.
    if (!m_document || m_dragIndex >= m_document->count()) {
        m_drag = Drag::None;
        return;
    }
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < kDragThreshold) {
        return;
    }
    m_dragMoved = true;
    // Kept inside the plot, so a point cannot be dropped behind the axis labels and lost.
    const QRectF plot = plotRect();
    const QPointF target = pos + m_grabOffset;
    const Point to = m_transform.toData(QPointF(std::clamp(target.x(), plot.left(), plot.right()),
                                                std::clamp(target.y(), plot.top(), plot.bottom())));
    if (m_drag == Drag::MovePoint) {
        m_document->move(m_dragIndex, to, m_mergeKey);
    } else {
        // Same key as the append, under the append's name: undo removes the point it placed,
        // wherever it was dragged, and the Edit menu still says "Undo Add point".
        PointSequence points = m_document->points();
        points[static_cast<std::size_t>(m_dragIndex)] = to;
        m_document->replace(points, tr("Add point %1").arg(m_dragIndex + 1), m_mergeKey);
    }
}

void PointCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != m_dragButton) {
        return;
    }
    m_drag = Drag::None;
    m_dragButton = Qt::NoButton;
    m_dragIndex = -1;
    setHovered(pointAt(event->position()) + 1);
    updateCursor(event->position());
}

void PointCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        resetView();
        return;
    }
    // The second press of a quick double click adds (or takes) a point like any other press.
    mousePressEvent(event);
}

void PointCanvas::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    const double notches = event->angleDelta().y() / 120.0;
    if (!plotRect().contains(pos) || notches == 0.0) {
        event->ignore();
        return;
    }
    const Point anchor = m_transform.toData(pos);
    m_transform.zoom(std::pow(kWheelZoom, notches), pos);
    updateLayout();
    // Wider tick labels move the plot's left edge; bring the anchor back under the cursor.
    m_transform.pan(pos - m_transform.toWidget(anchor));
    update();
}

void PointCanvas::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_drag == Drag::None) {
        setHovered(0);
    }
}

const QStaticText &PointCanvas::numberText(int number) const
{
    const QFont font = numberFont();
    while (static_cast<int>(m_numberTexts.size()) < number) {
        QStaticText text(QString::number(m_numberTexts.size() + 1));
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        m_numberTexts.push_back(std::move(text));
    }
    return m_numberTexts[static_cast<std::size_t>(number - 1)];
}

void PointCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    painter.save();
    painter.setClipRect(plotRect());
    paintTrainingDomain(painter);
    paintGrid(painter);
    paintCurves(painter);
    if (m_showResiduals) {
        paintResiduals(painter);
    }
    paintPoints(painter);
    painter.restore();

    paintAxes(painter);
    paintLegend(painter);
    if (!m_document || m_document->count() == 0) {
        paintHint(painter);
    }
}

void PointCanvas::paintTrainingDomain(QPainter &painter) const
{
    if (!m_hasDomain) {
        return;
    }
    const QRectF domain = QRectF(m_transform.toWidget({m_domain.x.lo, m_domain.y.hi}),
                                 m_transform.toWidget({m_domain.x.hi, m_domain.y.lo}))
                              .normalized();
    const QRectF visible = domain.intersected(plotRect().adjusted(-1, -1, 1, 1));
    if (visible.isEmpty()) {
        return;
    }
    painter.fillRect(visible, kDomainFill);
    painter.setPen(QPen(kDomainEdge, m_style.thinLineWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(visible.adjusted(0.5, 0.5, -0.5, -0.5));

    // In the bottom-right corner: the legend takes the top left, and points drawn along a
    // rising curve leave this corner free more often than the others.
    const QFont font =
        fontOfSize(this->font(), kDomainPointSize * m_style.fontScale, /*bold=*/false);
    const QFontMetricsF metrics(font, this);
    const QString label = tr("training range");
    const QSizeF size(metrics.horizontalAdvance(label) + 2 * kGap, metrics.height() + kGap);
    if (visible.width() > size.width() + 2 * kGap && visible.height() > 2 * size.height()) {
        painter.setFont(font);
        painter.setPen(kDomainText);
        painter.drawText(QRectF(visible.bottomRight() - QPointF(size.width(), size.height()), size),
                         Qt::AlignCenter, label);
    }
}

void PointCanvas::paintGrid(QPainter &painter) const
{
    const QRectF plot = plotRect();
    const std::vector<double> xs = CanvasTransform::ticks(m_transform.xMin(), m_transform.xMax(),
                                                          maxTicks(plot.width(), kPixelsPerXTick));
    const std::vector<double> ys = CanvasTransform::ticks(m_transform.yMin(), m_transform.yMax(),
                                                          maxTicks(plot.height(), kPixelsPerYTick));
    // On the pixel centre, so that 1-pixel lines stay crisp under antialiasing.
    auto crisp = [](qreal v) { return std::floor(v) + 0.5; };
    painter.setPen(QPen(kGridColor, m_style.thinLineWidth));
    for (double x : xs) {
        const qreal px = crisp(m_transform.toWidget({x, 0.0}).x());
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    }
    for (double y : ys) {
        const qreal py = crisp(m_transform.toWidget({0.0, y}).y());
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
    }
    // The axes through 0, where they are in view, a little darker than the grid.
    painter.setPen(QPen(kZeroLineColor, m_style.thinLineWidth));
    const QPointF origin = m_transform.toWidget({0.0, 0.0});
    if (m_transform.xMin() < 0.0 && m_transform.xMax() > 0.0) {
        const qreal px = crisp(origin.x());
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    }
    if (m_transform.yMin() < 0.0 && m_transform.yMax() > 0.0) {
        const qreal py = crisp(origin.y());
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
    }
}

void PointCanvas::paintAxes(QPainter &painter) const
{
    const QRectF plot = plotRect();
    const QFont font = tickFont();
    const QFontMetricsF metrics(font, this);
    painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.top()),
                     QPointF(plot.left() - 0.5, plot.bottom() + 0.5));
    painter.drawLine(QPointF(plot.left() - 0.5, plot.bottom() + 0.5),
                     QPointF(plot.right(), plot.bottom() + 0.5));

    painter.setFont(font);
    const int xCount = maxTicks(plot.width(), kPixelsPerXTick);
    const double xStep = CanvasTransform::tickStep(m_transform.xMin(), m_transform.xMax(), xCount);
    const qreal labelTop = plot.bottom() + kTickLength + kGap;
    for (double x : CanvasTransform::ticks(m_transform.xMin(), m_transform.xMax(), xCount)) {
        const qreal px = std::floor(m_transform.toWidget({x, 0.0}).x()) + 0.5;
        painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + kTickLength));
        const QString label = tickLabel(x, xStep);
        const qreal width = metrics.horizontalAdvance(label);
        painter.setPen(kTextColor);
        painter.drawText(QRectF(px - width / 2.0 - 1.0, labelTop, width + 2.0, metrics.height()),
                         Qt::AlignCenter, label);
    }
    const int yCount = maxTicks(plot.height(), kPixelsPerYTick);
    const double yStep = CanvasTransform::tickStep(m_transform.yMin(), m_transform.yMax(), yCount);
    const qreal labelRight = plot.left() - kTickLength - kGap;
    for (double y : CanvasTransform::ticks(m_transform.yMin(), m_transform.yMax(), yCount)) {
        const qreal py = std::floor(m_transform.toWidget({0.0, y}).y()) + 0.5;
        painter.setPen(QPen(kAxisColor, m_style.thinLineWidth));
        painter.drawLine(QPointF(plot.left() - kTickLength, py), QPointF(plot.left(), py));
        painter.setPen(kTextColor);
        painter.drawText(
            QRectF(kMargin, py - metrics.height() / 2.0, labelRight - kMargin, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickLabel(y, yStep));
    }

    const QFont title = titleFont();
    const QFontMetricsF titleMetrics(title, this);
    painter.setFont(title);
    painter.setPen(kTextColor);
    painter.drawText(QRectF(plot.left(), labelTop + metrics.height() + kGap, plot.width(),
                            titleMetrics.height()),
                     Qt::AlignCenter, QStringLiteral("x"));
    painter.drawText(QRectF(kMargin, plot.top(),
                            titleMetrics.horizontalAdvance(QStringLiteral("y")), plot.height()),
                     Qt::AlignCenter, QStringLiteral("y"));
}

void PointCanvas::paintCurves(QPainter &painter) const
{
    const QRectF plot = plotRect();
    const qreal farTop = plot.top() - kCurveFarOff * plot.height();
    const qreal farBottom = plot.bottom() + kCurveFarOff * plot.height();
    const int samples =
        std::max(2, static_cast<int>(std::ceil(plot.width() / kCurveSampleStep)) + 1);
    painter.setBrush(Qt::NoBrush);

    // Samples that lie on the chord from the last kept one to the newest are dropped: a line
    // becomes two points and a parabola a few dozen, and a dashed stroke costs by its vertices.
    auto commit = [this] {
        if (!m_pending.empty()) {
            m_polyline.push_back(m_pending.back());
            m_pending.clear();
        }
    };
    auto add = [&](const QPointF &q) {
        if (m_polyline.empty()) {
            m_polyline.push_back(q);
            return;
        }
        const QPointF a = m_polyline.back();
        const QPointF chord = q - a;
        const qreal length = std::hypot(chord.x(), chord.y());
        bool straight = m_pending.size() < kMaxDroppedSamples && length > 0.0;
        for (std::size_t i = 0; straight && i < m_pending.size(); ++i) {
            const QPointF d = m_pending[i] - a;
            straight = std::abs(chord.x() * d.y() - chord.y() * d.x()) <= kFlatness * length;
        }
        if (!straight) {
            commit();
        }
        m_pending.push_back(q);
    };
    auto flush = [&] {
        commit();
        if (m_polyline.size() >= 2) {
            painter.drawPolyline(m_polyline.data(), static_cast<int>(m_polyline.size()));
        }
        m_polyline.clear();
    };

    for (const CanvasCurve &curve : m_curves) {
        if (!curve.f) {
            continue;
        }
        QPen pen(m_style.familyColor(curve.family), kCurveWidth * m_style.lineScale,
                 Qt::CustomDashLine, Qt::FlatCap, Qt::BevelJoin);
        pen.setDashPattern({4.0, 2.0});
        painter.setPen(pen);
        m_polyline.clear();
        m_pending.clear();
        bool hasLast = false;
        double lastX = 0.0;
        double lastY = 0.0;
        qreal lastPy = 0.0;
        for (int i = 0; i < samples; ++i) {
            const qreal px = plot.left() + plot.width() * i / (samples - 1);
            const double x = m_transform.toData(QPointF(px, plot.top())).x;
            const double y = curve.f(x);
            const qreal py = std::isfinite(y) ? m_transform.toWidget({x, y}).y() : farTop - 1.0;
            if (py < farTop || py > farBottom) {
                flush();
                hasLast = false;
                continue;
            }
            if (hasLast && std::abs(py - lastPy) > plot.height() &&
                !continuousBetween(curve.f, lastX, lastY, x, y)) {
                flush();
            }
            add(QPointF(px, py));
            hasLast = true;
            lastX = x;
            lastY = y;
            lastPy = py;
        }
        flush();
    }
}

void PointCanvas::paintResiduals(QPainter &painter) const
{
    if (!m_document || m_curves.empty()) {
        return;
    }
    // Residuals are vertical: whole-pixel opaque rectangles without antialiasing are crisp and
    // cheap. The raster engine blends translucent thin spans ~100 times slower than it fills
    // opaque ones (4000 translucent residuals took ~0.5 s here as lines, ~130 ms as rectangles,
    // ~1 ms opaque), so the colour is mixed with the background beforehand.
    const QRectF plot = plotRect();
    const int width = std::max(1, qRound(kResidualWidth * m_style.lineScale));
    const PointSequence &points = m_document->points();
    const qreal centre = (static_cast<qreal>(m_curves.size()) - 1.0) / 2.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (std::size_t c = 0; c < m_curves.size(); ++c) {
        const CanvasCurve &curve = m_curves[c];
        if (!curve.f) {
            continue;
        }
        const qreal offset = (static_cast<qreal>(c) - centre) * kResidualSpread * m_style.lineScale;
        m_residualRects.clear();
        for (const Point &p : points) {
            const QPointF at = m_transform.toWidget(p);
            const qreal x = at.x() + offset;
            const double fy = curve.f(p.x);
            if (!std::isfinite(fy) || x < plot.left() || x > plot.right()) {
                continue;
            }
            const qreal onCurve = m_transform.toWidget({p.x, fy}).y();
            const qreal top = std::max(std::min(at.y(), onCurve), plot.top() - 1.0);
            const qreal bottom = std::min(std::max(at.y(), onCurve), plot.bottom() + 1.0);
            if (bottom - top >= 1.0) {
                m_residualRects.emplace_back(qRound(x - width / 2.0), qRound(top), width,
                                             qRound(bottom - top));
            }
        }
        painter.setBrush(onBackground(m_style.familyColor(curve.family), kResidualOpacity));
        painter.drawRects(m_residualRects.data(), static_cast<int>(m_residualRects.size()));
    }
    painter.restore();
}

// A soft disc behind each point, its area growing with how much the point moves the final
// guess: filled where the point supports the guess, an open ring where it argues against it.
void PointCanvas::paintHalos(QPainter &painter) const
{
    const qreal r = pointRadius();
    for (std::size_t i = 0; i < m_halos.size() && i < m_centres.size(); ++i) {
        const double weight = std::clamp(std::abs(m_halos[i]), 0.0, 1.0);
        if (weight < kMinHalo || !isShown(static_cast<int>(i))) {
            continue;
        }
        const qreal radius = r + kMaxHaloGrowth * m_style.fontScale * std::sqrt(weight);
        QColor colour = m_haloFamily >= 0 ? m_style.familyColor(m_haloFamily) : kNeutralPoint;
        if (m_halos[i] > 0.0) {
            colour.setAlphaF(kHaloAlpha);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
        } else {
            painter.setPen(QPen(colour, 2.0 * m_style.lineScale, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(m_centres[i], radius, radius);
    }
}

void PointCanvas::setPointHalos(const std::vector<double> &influence, int family)
{
    m_halos = influence;
    m_haloFamily = family;
    update();
}

void PointCanvas::paintPoints(QPainter &painter) const
{
    if (!m_document || m_document->count() == 0) {
        return;
    }
    const PointSequence &points = m_document->points();
    const int count = static_cast<int>(points.size());
    const QRectF bounds = plotRect().adjusted(-kClipMargin, -kClipMargin, kClipMargin, kClipMargin);
    const qreal r = pointRadius();

    m_centres.clear();
    for (const Point &p : points) {
        m_centres.push_back(m_transform.toWidget(p));
    }

    // The order the network reads them in, behind the points.
    m_segments.clear();
    for (int i = 1; i < count; ++i) {
        QPointF a = m_centres[static_cast<std::size_t>(i - 1)];
        QPointF b = m_centres[static_cast<std::size_t>(i)];
        if (clipSegment(a, b, bounds)) {
            m_segments.emplace_back(a, b);
        }
    }
    // Flat caps: with round ones the raster engine strokes all segments as one slow path. At
    // width 1 it takes the fast cosmetic stroker.
    painter.setPen(QPen(kPathColor, kPathWidth * m_style.lineScale, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(m_segments.data(), static_cast<int>(m_segments.size()));
    paintHalos(painter);

    for (int i = 0; i < count; ++i) {
        if (!isShown(i)) {
            continue;
        }
        const int family =
            i < static_cast<int>(m_families.size()) ? m_families[static_cast<std::size_t>(i)] : -1;
        const QPixmap &sprite = pointSprite(family);
        const qreal half = sprite.width() / sprite.devicePixelRatio() / 2.0;
        const QPointF c = m_centres[static_cast<std::size_t>(i)];
        // At a whole device pixel, so the pixmap is copied rather than resampled.
        const qreal dpr = sprite.devicePixelRatio();
        painter.drawPixmap(
            QPointF(std::round((c.x() - half) * dpr) / dpr, std::round((c.y() - half) * dpr) / dpr),
            sprite);
    }

    // A thin ring for the point under the mouse here, a bold one for the point picked out in
    // another view.
    painter.setBrush(Qt::NoBrush);
    if (m_hovered != m_highlighted && isShown(m_hovered - 1)) {
        const qreal ring = r + kRingGap * m_style.fontScale;
        painter.setPen(QPen(kAxisColor, 1.5 * m_style.lineScale));
        painter.drawEllipse(m_centres[static_cast<std::size_t>(m_hovered - 1)], ring, ring);
    }
    if (isShown(m_highlighted - 1)) {
        const qreal ring = r + kRingGap * m_style.fontScale + kRingWidth / 2.0 * m_style.lineScale;
        painter.setPen(QPen(kTextColor, kRingWidth * m_style.lineScale));
        painter.drawEllipse(m_centres[static_cast<std::size_t>(m_highlighted - 1)], ring, ring);
    }

    paintNumbers(painter);
}

const QPixmap &PointCanvas::pointSprite(int family) const
{
    const qreal dpr = devicePixelRatioF();
    if (m_spriteStyle != m_style || m_spriteRatio != dpr) {
        m_sprites.clear();
        m_spriteStyle = m_style;
        m_spriteRatio = dpr;
    }
    // Slot 0 for "no guess", then one per palette colour.
    const std::size_t slot =
        family < 0 ? 0 : 1 + static_cast<std::size_t>(family % FamilyPalette::size());
    if (m_sprites.size() <= slot) {
        m_sprites.resize(slot + 1);
    }
    QPixmap &sprite = m_sprites[slot];
    if (sprite.isNull()) {
        const QColor fill = family < 0 ? kNeutralPoint : m_style.familyColor(family);
        const qreal outline = kPointOutline * m_style.lineScale;
        const qreal r = pointRadius();
        // Odd and symmetric about the centre pixel, so the centre lands on a pixel's middle.
        const int side = 2 * static_cast<int>(std::ceil(r + outline)) + 1;
        sprite = QPixmap(QSize(side, side) * dpr);
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(fill.darker(150), outline));
        p.setBrush(fill);
        p.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
    }
    return sprite;
}

bool PointCanvas::isShown(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_centres.size())) {
        return false;
    }
    const qreal r = pointRadius();
    return plotRect().adjusted(-r, -r, r, r).contains(m_centres[static_cast<std::size_t>(index)]);
}

void PointCanvas::paintNumbers(QPainter &painter) const
{
    const int count = static_cast<int>(m_centres.size());
    const QRectF plot = plotRect();
    const qreal r = pointRadius();
    const qreal pad = 2.0 * m_style.fontScale;
    const qreal offset = r * 0.75 + 1.0;
    const bool avoidPoints = count <= kMaxPointsForLabelAvoidance;

    // The highlighted point and then the newest ones choose a place first: they are the ones
    // people are looking at.
    m_labelOrder.clear();
    if (isShown(m_highlighted - 1)) {
        m_labelOrder.push_back(m_highlighted - 1);
    }
    for (int i = count - 1; i >= 0; --i) {
        if (i != m_highlighted - 1 && isShown(i)) {
            m_labelOrder.push_back(i);
        }
    }

    // Beside the point, in the first of four corners that is inside the plot and clear of the
    // other numbers and points. A number that fits nowhere is left out rather than printed over
    // another, except the first one's.
    m_labelRects.clear();
    m_labelOwners.clear();
    for (std::size_t n = 0; n < m_labelOrder.size(); ++n) {
        const int i = m_labelOrder[n];
        const QPointF c = m_centres[static_cast<std::size_t>(i)];
        const QSizeF size = numberText(i + 1).size() + QSizeF(2 * pad, 0.0);
        const QPointF corners[4] = {
            {c.x() + offset, c.y() - offset - size.height()},
            {c.x() + offset, c.y() + offset},
            {c.x() - offset - size.width(), c.y() - offset - size.height()},
            {c.x() - offset - size.width(), c.y() + offset},
        };
        auto isFree = [&](const QRectF &box) {
            if (!plot.contains(box)) {
                return false;
            }
            for (const QRectF &other : m_labelRects) {
                if (other.intersects(box)) {
                    return false;
                }
            }
            const QRectF near = box.adjusted(-r, -r, r, r);
            for (int k = 0; avoidPoints && k < count; ++k) {
                if (k != i && near.contains(m_centres[static_cast<std::size_t>(k)])) {
                    return false;
                }
            }
            return true;
        };
        const QPointF *chosen = nullptr;
        for (const QPointF &corner : corners) {
            if (isFree(QRectF(corner, size))) {
                chosen = &corner;
                break;
            }
        }
        if (!chosen && n == 0) {
            chosen = &corners[0];
        }
        if (chosen) {
            m_labelRects.emplace_back(*chosen, size);
            m_labelOwners.push_back(i);
        }
    }

    // A white halo behind each number keeps it readable over grid lines, curves and residuals.
    painter.setPen(Qt::NoPen);
    painter.setBrush(kHalo);
    for (const QRectF &box : m_labelRects) {
        painter.drawRoundedRect(box, 3.0, 3.0);
    }
    painter.setFont(numberFont());
    painter.setPen(kTextColor);
    for (std::size_t k = 0; k < m_labelRects.size(); ++k) {
        painter.drawStaticText(m_labelRects[k].topLeft() + QPointF(pad, 0.0),
                               numberText(m_labelOwners[k] + 1));
    }
}

void PointCanvas::paintLegend(QPainter &painter) const
{
    if (m_curves.empty()) {
        return;
    }
    const QRectF plot = plotRect();
    const QFont font =
        fontOfSize(this->font(), kLegendPointSize * m_style.fontScale, /*bold=*/false);
    const QFontMetricsF metrics(font, this);
    const qreal pad = 6.0 * m_style.fontScale;
    const qreal swatch = 24.0 * m_style.fontScale;
    const qreal line = metrics.height() + kLegendRowGap * m_style.fontScale;
    qreal widest = 0.0;
    for (const CanvasCurve &curve : m_curves) {
        widest = std::max(widest, metrics.horizontalAdvance(curve.label));
    }
    const qreal maxText = std::max<qreal>(plot.width() - 2 * kMargin - 3 * pad - swatch, 0.0);
    const qreal textWidth = std::min(widest, maxText);
    const QRectF box(
        plot.topLeft() + QPointF(kMargin, kMargin),
        QSizeF(swatch + textWidth + 3 * pad, line * static_cast<qreal>(m_curves.size()) + 2 * pad));
    painter.setPen(QPen(kLegendEdge, m_style.thinLineWidth));
    painter.setBrush(kLegendFill);
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3.0, 3.0);

    painter.setFont(font);
    for (std::size_t i = 0; i < m_curves.size(); ++i) {
        const CanvasCurve &curve = m_curves[i];
        const QColor color = m_style.familyColor(curve.family);
        const qreal top = box.top() + pad + line * static_cast<qreal>(i);
        const qreal mid = top + line / 2.0;
        QPen pen(color, kCurveWidth * m_style.lineScale, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({4.0, 2.0});
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left() + pad, mid), QPointF(box.left() + pad + swatch, mid));
        painter.setPen(legibleOn(color, kBackground));
        painter.drawText(QRectF(box.left() + 2 * pad + swatch, top, textWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(curve.label, Qt::ElideRight, textWidth));
    }
}

void PointCanvas::paintHint(QPainter &painter) const
{
    const QFont font = fontOfSize(this->font(), kHintPointSize * m_style.fontScale, /*bold=*/false);
    const QFontMetricsF metrics(font, this);
    const qreal pad = 2 * kGap * m_style.fontScale;
    const QRectF room = plotRect().adjusted(2 * pad, 2 * pad, -2 * pad, -2 * pad);
    // Broken between the instructions, not inside one: on one line if it fits, else on two of
    // about equal width, else one instruction a line.
    const QString separator = QStringLiteral(" · ");
    const QStringList parts =
        tr("Click to add points · drag to move · right-click to delete · wheel to zoom")
            .split(separator);
    QString hint = parts.join(separator);
    if (metrics.horizontalAdvance(hint) > room.width()) {
        hint = parts.join(QLatin1Char('\n'));
        qreal best = room.width();
        for (int k = 1; k < parts.size(); ++k) {
            const QString first = parts.mid(0, k).join(separator);
            const QString second = parts.mid(k).join(separator);
            const qreal wider =
                std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
            if (wider <= best) {
                best = wider;
                hint = first + QLatin1Char('\n') + second;
            }
        }
    }
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    const QRectF text = metrics.boundingRect(room, flags, hint);
    // On a white card, so that grid lines and the training range do not run through the words.
    painter.setPen(Qt::NoPen);
    painter.setBrush(kHalo);
    painter.drawRoundedRect(text.adjusted(-pad, -pad / 2, pad, pad / 2), 4.0, 4.0);
    painter.setFont(font);
    painter.setPen(kMutedText);
    painter.drawText(room, flags, hint);
}

} // namespace curvelab
