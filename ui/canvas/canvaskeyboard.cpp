#include "canvaskeyboard.h"

#include "canvasdocument.h"
#include "canvasnumbers.h"
#include "canvastransform.h"
#include "paintkit.h"
#include "viewstyle.h"

#include <QKeyEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// Grid steps per fine step: Shift moves a tenth of a grid line's distance.
constexpr double kFineSteps = 10.0;
// The crosshair's arms reach from this many point radii to the next, leaving the centre clear.
constexpr qreal kArmInner = 0.6;
constexpr qreal kArmOuter = 3.5;
// Widths at line scale 1: the crosshair over its white outline, the picked point's ring, the
// focus frame.
constexpr qreal kCrossWidth = 2.0;
constexpr qreal kOutlineWidth = 4.0;
constexpr qreal kPickedWidth = 2.5;
constexpr qreal kFocusWidth = 2.0;
// Gap between a picked point and its ring, at font scale 1.
constexpr qreal kPickedGap = 5.0;
// The focus frame: a blue that keeps 3:1 contrast on white (WCAG's non-text contrast).
const QColor kFocusColor(0x1A, 0x5F, 0xB4);

// `value` on the grid of `fine` steps, so that the cursor's numbers stay round.
double snapped(double value, double fine)
{
    return fine > 0.0 && std::isfinite(fine) ? std::round(value / fine) * fine : value;
}

} // namespace

CanvasKeyboard::Press CanvasKeyboard::press(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return {};
    }
    const bool fine = mods.testFlag(Qt::ShiftModifier);
    switch (event.key()) {
    case Qt::Key_Left:
        return {Key::Left, fine};
    case Qt::Key_Right:
        return {Key::Right, fine};
    case Qt::Key_Up:
        return {Key::Up, fine};
    case Qt::Key_Down:
        return {Key::Down, fine};
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        return {Key::Place, false};
    case Qt::Key_PageUp:
    case Qt::Key_BracketLeft:
        return {Key::Previous, false};
    case Qt::Key_PageDown:
    case Qt::Key_BracketRight:
        return {Key::Next, false};
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return {Key::Remove, false};
    case Qt::Key_Escape:
        return {Key::LetGo, false};
    case Qt::Key_Home:
        return {Key::Home, false};
    default:
        return {};
    }
}

bool CanvasKeyboard::takesBeforeShortcuts(Press press) const
{
    switch (press.key) {
    case Key::None:
    case Key::Previous:
    case Key::Next:
        return false;
    case Key::LetGo:
        return m_picked >= 0;
    case Key::Place:
        return m_shown;
    default:
        return true;
    }
}

CanvasKeyboard::Outcome CanvasKeyboard::apply(Press press, CanvasDocument &document,
                                              const Point &step, const CanvasTransform &view)
{
    if (press.key == Key::None) {
        return Outcome::Ignored;
    }
    const bool wasShown = m_shown;
    show(view, step);
    const double scale = press.fine ? 1.0 / kFineSteps : 1.0;
    switch (press.key) {
    case Key::Left:
        return moveBy(-step.x * scale, 0.0, document, step);
    case Key::Right:
        return moveBy(step.x * scale, 0.0, document, step);
    case Key::Up:
        return moveBy(0.0, step.y * scale, document, step);
    case Key::Down:
        return moveBy(0.0, -step.y * scale, document, step);
    case Key::Place:
        // The first Space only shows the cursor, so that nothing lands where nobody looked.
        if (!wasShown) {
            return Outcome::CursorMoved;
        }
        m_picked = -1;
        document.append(m_cursor);
        return Outcome::Edited;
    case Key::Previous:
        return pick(m_picked < 0 ? document.count() - 1 : std::max(m_picked - 1, 0), document);
    case Key::Next:
        return pick(m_picked < 0 ? 0 : std::min(m_picked + 1, document.count() - 1), document);
    case Key::Remove: {
        if (m_picked < 0) {
            return Outcome::Ignored;
        }
        const int index = m_picked;
        m_picked = -1;
        document.remove(index);
        return Outcome::Edited;
    }
    case Key::LetGo:
        if (m_picked < 0) {
            return Outcome::Ignored;
        }
        m_picked = -1;
        return Outcome::CursorMoved;
    case Key::Home:
        m_picked = -1;
        home(view, step);
        return Outcome::CursorMoved;
    case Key::None:
        break;
    }
    return Outcome::Ignored;
}

void CanvasKeyboard::show(const CanvasTransform &view, const Point &step)
{
    m_shown = true;
    if (!m_homed) {
        home(view, step);
    }
}

void CanvasKeyboard::hide()
{
    m_shown = false;
    m_picked = -1;
}

void CanvasKeyboard::home(const CanvasTransform &view, const Point &step)
{
    m_homed = true;
    m_cursor = {snapped((view.xMin() + view.xMax()) / 2.0, step.x / kFineSteps),
                snapped((view.yMin() + view.yMax()) / 2.0, step.y / kFineSteps)};
}

CanvasKeyboard::Outcome CanvasKeyboard::moveBy(double dx, double dy, CanvasDocument &document,
                                               const Point &step)
{
    const Point from =
        m_picked >= 0 ? document.points()[static_cast<std::size_t>(m_picked)] : m_cursor;
    const Point to{snapped(from.x + dx, step.x / kFineSteps),
                   snapped(from.y + dy, step.y / kFineSteps)};
    if (m_picked < 0) {
        m_cursor = to;
        return Outcome::CursorMoved;
    }
    if (!document.move(m_picked, to, m_mergeKey)) {
        return Outcome::CursorMoved;
    }
    m_cursor = to;
    return Outcome::Edited;
}

CanvasKeyboard::Outcome CanvasKeyboard::pick(int index, CanvasDocument &document)
{
    if (index < 0 || index >= document.count()) {
        return Outcome::CursorMoved;
    }
    if (index != m_picked) {
        // A new point picked: its moves are an undo step of their own.
        m_mergeKey = document.newMergeKey();
    }
    m_picked = index;
    m_cursor = document.points()[static_cast<std::size_t>(index)];
    return Outcome::CursorMoved;
}

void CanvasKeyboard::documentChanged(int count)
{
    if (m_picked >= count) {
        m_picked = -1;
    }
}

QString CanvasKeyboard::positionText(const Point &p, const CanvasTransform &view)
{
    const QRectF plot = view.plotRect();
    const double xPixel = (view.xMax() - view.xMin()) / std::max(plot.width(), 1.0);
    const double yPixel = (view.yMax() - view.yMin()) / std::max(plot.height(), 1.0);
    return tr("x %1, y %2").arg(coordinateText(p.x, xPixel), coordinateText(p.y, yPixel));
}

QString CanvasKeyboard::cursorText(const PointSequence &points, const CanvasTransform &view) const
{
    if (m_picked >= 0 && m_picked < static_cast<int>(points.size())) {
        return tr("Point %1 of %2 picked, at %3.")
            .arg(m_picked + 1)
            .arg(points.size())
            .arg(positionText(points[static_cast<std::size_t>(m_picked)], view));
    }
    return tr("Cursor at %1.").arg(positionText(m_cursor, view));
}

QPointF CanvasKeyboard::panToCursor(const CanvasTransform &view) const
{
    const QRectF plot = view.plotRect();
    const QPointF at = view.toWidget(m_cursor);
    const QPointF inside(std::clamp(at.x(), plot.left(), plot.right()),
                         std::clamp(at.y(), plot.top(), plot.bottom()));
    return inside - at;
}

QString CanvasKeyboard::help()
{
    return tr("Arrow keys move the cursor by a grid step (with Shift a tenth), Enter or Space "
              "places a point, [ and ] or Page Up and Page Down pick a point, arrows move the "
              "picked point, Delete removes it, Escape lets it go, Home centres the cursor.");
}

QString CanvasKeyboard::hint()
{
    return tr("Arrows move · Enter places · [ ] pick a point · Delete removes · Home centres");
}

void CanvasKeyboard::paint(QPainter &painter, const CanvasTransform &view,
                           const PointSequence &points, qreal pointRadius,
                           const ViewStyle &style) const
{
    if (!m_shown) {
        return;
    }
    painter.save();
    painter.setBrush(Qt::NoBrush);
    if (m_picked >= 0 && m_picked < static_cast<int>(points.size())) {
        const qreal ring = pointRadius + kPickedGap * style.fontScale;
        painter.setPen(QPen(kFocusColor, kPickedWidth * style.lineScale, Qt::DashLine));
        painter.drawEllipse(view.toWidget(points[static_cast<std::size_t>(m_picked)]), ring, ring);
    }
    // On whole pixels, so that the 2-pixel arms fill two pixel rows and stay crisp.
    const QPointF at = view.toWidget(m_cursor);
    const QPointF c(std::round(at.x()), std::round(at.y()));
    const qreal inner = kArmInner * pointRadius;
    const qreal outer = kArmOuter * pointRadius;
    const QLineF arms[] = {
        {c + QPointF(-outer, 0.0), c + QPointF(-inner, 0.0)},
        {c + QPointF(inner, 0.0), c + QPointF(outer, 0.0)},
        {c + QPointF(0.0, -outer), c + QPointF(0.0, -inner)},
        {c + QPointF(0.0, inner), c + QPointF(0.0, outer)},
    };
    // Dark over a white outline: visible over points, curves and the shaded training range.
    painter.setPen(QPen(kBackground, kOutlineWidth * style.lineScale, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(arms, 4);
    painter.setPen(QPen(kTextColor, kCrossWidth * style.lineScale, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(arms, 4);
    painter.restore();
}

void CanvasKeyboard::paintFocusFrame(QPainter &painter, const QRect &bounds, const ViewStyle &style)
{
    const qreal width = kFocusWidth * style.lineScale;
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kFocusColor, width));
    painter.drawRect(QRectF(bounds).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0));
    painter.restore();
}

} // namespace curvelab
