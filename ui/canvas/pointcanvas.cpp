#include "pointcanvas.h"

#include "canvasaxes.h"
#include "canvasdocument.h"
#include "canvasnumbers.h"
#include "canvasoverlays.h"
#include "curvepath.h"
#include "paintedtooltip.h"
#include "paintkit.h"
#include "pointmarks.h"
#include "textcontrast.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace curvelab {

namespace {

// The points' numbers at font scale 1, in points, beside the axes' 12 pt tick labels.
constexpr qreal kNumberPointSize = 11.0;
// Point size at font scale 1, and how close to its centre a press still takes it.
constexpr qreal kPointRadius = 7.0;
constexpr qreal kHitRadius = 10.0;
// Gap between a point and the ring that highlights it, and the ring's width.
constexpr qreal kRingGap = 3.5;
constexpr qreal kRingWidth = 2.5;
// Width at line scale 1 of the line joining the points.
constexpr qreal kPathWidth = 1.0;
// Manhattan distance the mouse must travel before a press on a point becomes a drag: a shaky
// click does not move the point.
constexpr qreal kDragThreshold = 3.0;
// Segments are clipped this far outside the plot before drawing; the clip rectangle hides the rest.
constexpr qreal kClipMargin = 50.0;

// The line joining the points in click order: there to show the order, not to be looked at.
const QColor kPathColor(0xC8, 0xC8, 0xC8);
} // namespace

PointCanvas::PointCanvas(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // A right click deletes a point; a menu from a parent widget must not open as well.
    setContextMenuPolicy(Qt::PreventContextMenu);
    // Focus on click, so that the undo shortcuts of the view around it work after drawing, and
    // on Tab, for the keyboard cursor.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Drawing canvas"));
    setAccessibleDescription(CanvasKeyboard::help());
    setWhatsThis(CanvasKeyboard::help());
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
    m_keyboard.hide();
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

QFont PointCanvas::numberFont() const
{
    return fontOfSize(font(), kNumberPointSize * m_style.fontScale, /*bold=*/true);
}

qreal PointCanvas::pointRadius() const
{
    return kPointRadius * m_style.fontScale;
}

CanvasAxes PointCanvas::axes() const
{
    return CanvasAxes(font(), m_style, this);
}

void PointCanvas::updateLayout()
{
    m_transform.setPlotRect(axes().plotRect(rect(), m_transform));
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
                       .arg(coordinateText(p.x, xPixel), coordinateText(p.y, yPixel));
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
    m_keyboard.documentChanged(count);
    update();
}

bool PointCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_keyboard.takesBeforeShortcuts(CanvasKeyboard::press(*key))) {
            key->accept();
            return true;
        }
    }
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
    if (m_keyboard.isShown()) {
        m_keyboard.hide(); // the mouse took over
        update();
    }
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

void PointCanvas::keyPressEvent(QKeyEvent *event)
{
    const CanvasKeyboard::Press press = CanvasKeyboard::press(*event);
    if (!m_document || m_drag != Drag::None || press.key == CanvasKeyboard::Key::None) {
        QWidget::keyPressEvent(event);
        return;
    }
    const CanvasKeyboard::Outcome outcome =
        m_keyboard.apply(press, *m_document, axes().gridStep(m_transform), m_transform);
    if (outcome == CanvasKeyboard::Outcome::Ignored) {
        QWidget::keyPressEvent(event);
        return;
    }
    const QPointF pan = m_keyboard.panToCursor(m_transform);
    if (!pan.isNull()) {
        m_transform.pan(pan);
        updateLayout();
    }
    // An edit is said by whoever shows the guess, after the document's signal.
    if (outcome == CanvasKeyboard::Outcome::CursorMoved) {
        announce(m_keyboard.cursorText(m_document->points(), m_transform));
    }
    update();
}

void PointCanvas::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    const Qt::FocusReason reason = event->reason();
    if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
        reason == Qt::ShortcutFocusReason) {
        m_keyboard.show(m_transform, axes().gridStep(m_transform));
    }
    update();
}

void PointCanvas::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    // A menu or another window for a moment keeps the cursor where it was.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason) {
        m_keyboard.hide();
    }
    update();
}

void PointCanvas::announce(const QString &text)
{
    if (accessibleDescription() != text) {
        setAccessibleDescription(text);
    } else {
        // The same words again (the same guess after an undo): say them again all the same.
        QAccessibleEvent again(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&again);
    }
    Q_EMIT announced(text);
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

    const QRectF plot = plotRect();
    const CanvasAxes plotAxes = axes();
    const CanvasOverlays overlays(font(), m_style, this);
    painter.save();
    painter.setClipRect(plot);
    if (m_hasDomain) {
        const QRectF domain = QRectF(m_transform.toWidget({m_domain.x.lo, m_domain.y.hi}),
                                     m_transform.toWidget({m_domain.x.hi, m_domain.y.lo}));
        overlays.paintTrainingDomain(painter, domain.normalized(), plot, tr("training range"));
    }
    plotAxes.paintGrid(painter, m_transform);
    paintCurves(painter);
    if (m_showResiduals && m_document) {
        paintResiduals(painter, m_document->points(), m_curves, m_transform, plotRect(), m_style,
                       m_residualRects);
    }
    paintPoints(painter);
    painter.restore();

    plotAxes.paintAxes(painter, m_transform);
    overlays.paintLegend(painter, plot, m_curves);
    if (!m_document || m_document->count() == 0) {
        overlays.paintHint(
            painter, plot,
            m_keyboard.isShown()
                ? CanvasKeyboard::hint()
                : tr("Click to add points · drag to move · right-click to delete · wheel to zoom"));
    }
    // Over the hint, which sits where the cursor starts.
    if (m_document) {
        painter.setClipRect(plot);
        m_keyboard.paint(painter, m_transform, m_document->points(), pointRadius(), m_style);
        painter.setClipping(false);
    }
    // With the keyboard cursor only: after a click the frame would only clutter a projected
    // drawing, and the mouse shows where the user is.
    if (hasFocus() && m_keyboard.isShown()) {
        CanvasKeyboard::paintFocusFrame(painter, rect(), m_style);
    }
}

void PointCanvas::paintCurves(QPainter &painter) const
{
    painter.setBrush(Qt::NoBrush);
    for (const CanvasCurve &curve : m_curves) {
        if (!curve.f) {
            continue;
        }
        painter.setPen(curvePen(curve.family, m_style));
        m_curvePath.trace(curve.f, m_transform);
        for (int k = 0; k < m_curvePath.pieceCount(); ++k) {
            const CurvePath::Piece piece = m_curvePath.piece(k);
            painter.drawPolyline(piece.first, piece.count);
        }
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
        const std::optional<QLineF> segment =
            clippedSegment(m_centres[static_cast<std::size_t>(i - 1)],
                           m_centres[static_cast<std::size_t>(i)], bounds);
        if (segment) {
            m_segments.push_back(*segment);
        }
    }
    // Flat caps: with round ones the raster engine strokes all segments as one slow path. At
    // width 1 it takes the fast cosmetic stroker.
    painter.setPen(QPen(kPathColor, kPathWidth * m_style.lineScale, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(m_segments.data(), static_cast<int>(m_segments.size()));
    paintHalos(painter, m_centres, m_halos, m_haloFamily, r, m_style,
               [this](int index) { return isShown(index); });

    for (int i = 0; i < count; ++i) {
        if (!isShown(i)) {
            continue;
        }
        const int family =
            i < static_cast<int>(m_families.size()) ? m_families[static_cast<std::size_t>(i)] : -1;
        const QPixmap &sprite = m_sprites.sprite(family, m_style, r, devicePixelRatioF());
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

bool PointCanvas::isShown(int index) const
{
    return index >= 0 && index < static_cast<int>(m_centres.size()) &&
           LabelPlacement::isShown(m_centres[static_cast<std::size_t>(index)], plotRect(),
                                   pointRadius());
}

void PointCanvas::paintNumbers(QPainter &painter) const
{
    const qreal pad = 2.0 * m_style.fontScale;
    m_labels.place(m_centres, plotRect(), pointRadius(), m_highlighted - 1,
                   [&](int index) { return numberText(index + 1).size() + QSizeF(2 * pad, 0.0); });

    // A white halo behind each number keeps it readable over grid lines, curves and residuals.
    painter.setPen(Qt::NoPen);
    painter.setBrush(CanvasOverlays::kTextCard);
    for (const QRectF &box : m_labels.boxes()) {
        painter.drawRoundedRect(box, 3.0, 3.0);
    }
    painter.setFont(numberFont());
    painter.setPen(kTextColor);
    for (std::size_t k = 0; k < m_labels.boxes().size(); ++k) {
        painter.drawStaticText(m_labels.boxes()[k].topLeft() + QPointF(pad, 0.0),
                               numberText(m_labels.owners()[k] + 1));
    }
}

} // namespace curvelab
