#include "familypreview.h"

#include "localnumber.h"
#include "shapefunction.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace curvelab {

namespace {

// Points along each curve: smooth at any size a dialog gives the preview.
constexpr int kSamples = 160;
// Space between the plot, its labels and the widget's border, in pixels.
constexpr int kGap = 4;
// Air above and below the curves, as a fraction of the y span.
constexpr double kYPadding = 0.05;
// k and b at the corners of their ranges and at the middle, as fractions of each range: the
// curves a family can draw that differ the most.
constexpr std::array<std::pair<double, double>, 5> kSpots{
    {{0.0, 0.0}, {0.0, 1.0}, {1.0, 0.0}, {1.0, 1.0}, {0.5, 0.5}}};

QString axisText(double value)
{
    return localNumber(value, 'g', 3);
}

} // namespace

FamilyPreview::FamilyPreview(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(240, 120);
}

QSize FamilyPreview::sizeHint() const
{
    return {360, 180};
}

void FamilyPreview::setFamily(const FunctionFamily &family)
{
    m_curves.clear();
    m_message.clear();
    try {
        const ShapeFunction f(family.shape);
        for (const auto &[kAt, bAt] : kSpots) {
            const double k = family.k.at(kAt);
            const double b = family.b.at(bAt);
            Curve curve;
            curve.reserve(kSamples + 1);
            for (int i = 0; i <= kSamples; ++i) {
                const double x = family.x.at(static_cast<double>(i) / kSamples);
                curve.emplace_back(x, f.evaluate(x, k, b));
            }
            m_curves.push_back(std::move(curve));
        }
    } catch (const std::invalid_argument &) {
        m_curves.clear();
    }
    findBounds();
    update();
}

void FamilyPreview::clear(const QString &why)
{
    m_curves.clear();
    m_message = why;
    update();
}

void FamilyPreview::findBounds()
{
    double xLo = std::numeric_limits<double>::infinity();
    double xHi = -xLo;
    double yLo = xLo;
    double yHi = -xLo;
    for (const Curve &curve : m_curves) {
        for (const QPointF &p : curve) {
            if (std::isfinite(p.x()) && std::isfinite(p.y())) {
                xLo = std::min(xLo, p.x());
                xHi = std::max(xHi, p.x());
                yLo = std::min(yLo, p.y());
                yHi = std::max(yHi, p.y());
            }
        }
    }
    if (!(xLo < xHi) || !std::isfinite(yHi - yLo)) {
        m_curves.clear();
        m_message = tr("Nothing to draw on this x range.");
        return;
    }
    // Flat curves (k = 0..0) still get a band to sit in.
    const double pad = yHi > yLo ? kYPadding * (yHi - yLo) : std::max(1.0, std::abs(yHi));
    m_bounds = QRectF(QPointF(xLo, yLo - pad), QPointF(xHi, yHi + pad));
}

QRectF FamilyPreview::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const int labelWidth = std::max(metrics.horizontalAdvance(axisText(m_bounds.top())),
                                    metrics.horizontalAdvance(axisText(m_bounds.bottom())));
    return QRectF(QPointF(labelWidth + 2 * kGap, kGap),
                  QPointF(width() - kGap - 1, height() - metrics.height() - 2 * kGap));
}

QPointF FamilyPreview::toWidget(const QPointF &data, const QRectF &area) const
{
    // m_bounds.top() is the lowest y: QRectF's top is its smallest y.
    const double fx = (data.x() - m_bounds.left()) / m_bounds.width();
    const double fy = (data.y() - m_bounds.top()) / m_bounds.height();
    return {area.left() + fx * area.width(), area.bottom() - fy * area.height()};
}

void FamilyPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_curves.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kGap, kGap, -kGap, -kGap),
                         Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRectF area = plotArea();
    paintAxes(painter, area);
    paintCurves(painter, area);
}

void FamilyPreview::paintAxes(QPainter &painter, const QRectF &area) const
{
    const QColor axis = palette().color(QPalette::Mid);
    painter.setPen(axis);
    painter.drawRect(area);
    // The zero lines tell an offset curve from one through the origin.
    painter.setPen(QPen(axis, 1.0, Qt::DashLine));
    if (m_bounds.top() < 0.0 && m_bounds.bottom() > 0.0) {
        const double y = toWidget({m_bounds.left(), 0.0}, area).y();
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    if (m_bounds.left() < 0.0 && m_bounds.right() > 0.0) {
        const double x = toWidget({0.0, m_bounds.top()}, area).x();
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics metrics = fontMetrics();
    const double labelTop = area.bottom() + kGap;
    painter.drawText(QRectF(area.left(), labelTop, area.width(), metrics.height()), Qt::AlignLeft,
                     axisText(m_bounds.left()));
    painter.drawText(QRectF(area.left(), labelTop, area.width(), metrics.height()), Qt::AlignRight,
                     axisText(m_bounds.right()));
    painter.drawText(QRectF(area.left(), labelTop, area.width(), metrics.height()),
                     Qt::AlignHCenter, QStringLiteral("x"));
    const QRectF yLabels(0.0, area.top(), area.left() - kGap, area.height());
    painter.drawText(yLabels, Qt::AlignRight | Qt::AlignTop, axisText(m_bounds.bottom()));
    painter.drawText(yLabels, Qt::AlignRight | Qt::AlignBottom, axisText(m_bounds.top()));
    painter.drawText(yLabels, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("y"));
}

void FamilyPreview::paintCurves(QPainter &painter, const QRectF &area) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(area);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    for (const Curve &curve : m_curves) {
        QPainterPath path;
        bool drawing = false;
        for (const QPointF &p : curve) {
            if (!std::isfinite(p.y())) {
                drawing = false;
                continue;
            }
            const QPointF at = toWidget(p, area);
            drawing ? path.lineTo(at) : path.moveTo(at);
            drawing = true;
        }
        painter.drawPath(path);
    }
}

} // namespace curvelab
