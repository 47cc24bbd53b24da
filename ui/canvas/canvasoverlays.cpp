#include "canvasoverlays.h"

#include "canvasaxes.h"
#include "paintkit.h"
#include "textcontrast.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStringList>
#include <algorithm>

namespace curvelab {

namespace {

constexpr qreal kGap = CanvasAxes::kLabelGap;
// Text sizes at font scale 1, in points, beside the axes' 12 pt tick labels.
constexpr qreal kLegendPointSize = 11.0;
constexpr qreal kDomainPointSize = 10.0;
constexpr qreal kHintPointSize = 13.0;
// Pixels between legend rows at font scale 1.
constexpr qreal kLegendRowGap = 2.0;

const QColor kDomainFill(0xF1, 0xF5, 0xFA);
const QColor kDomainEdge(0xDA, 0xE3, 0xEE);
const QColor kDomainText(0x8E, 0x9B, 0xAA);
const QColor kLegendFill(255, 255, 255, 230);
const QColor kLegendEdge(0xD0, 0xD0, 0xD0);

} // namespace

CanvasOverlays::CanvasOverlays(const QFont &base, const ViewStyle &style,
                               const QPaintDevice *device)
    : m_base(base), m_style(style), m_device(device)
{
}

void CanvasOverlays::paintTrainingDomain(QPainter &painter, const QRectF &domain,
                                         const QRectF &plot, const QString &label) const
{
    const QRectF visible = domain.intersected(plot.adjusted(-1, -1, 1, 1));
    if (visible.isEmpty()) {
        return;
    }
    painter.fillRect(visible, kDomainFill);
    painter.setPen(QPen(kDomainEdge, m_style.thinLineWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(visible.adjusted(0.5, 0.5, -0.5, -0.5));

    // In the bottom-right corner: the legend takes the top left, and points drawn along a
    // rising curve leave this corner free more often than the others.
    const QFont font = fontOfSize(m_base, kDomainPointSize * m_style.fontScale, /*bold=*/false);
    const QFontMetricsF metrics(font, m_device);
    const QSizeF size(metrics.horizontalAdvance(label) + 2 * kGap, metrics.height() + kGap);
    if (visible.width() > size.width() + 2 * kGap && visible.height() > 2 * size.height()) {
        painter.setFont(font);
        painter.setPen(kDomainText);
        painter.drawText(QRectF(visible.bottomRight() - QPointF(size.width(), size.height()), size),
                         Qt::AlignCenter, label);
    }
}

void CanvasOverlays::paintLegend(QPainter &painter, const QRectF &plot,
                                 const std::vector<CanvasCurve> &curves) const
{
    if (curves.empty()) {
        return;
    }
    const QFont font = fontOfSize(m_base, kLegendPointSize * m_style.fontScale, /*bold=*/false);
    const QFontMetricsF metrics(font, m_device);
    const qreal pad = 6.0 * m_style.fontScale;
    const qreal swatch = 24.0 * m_style.fontScale;
    const qreal line = metrics.height() + kLegendRowGap * m_style.fontScale;
    qreal widest = 0.0;
    for (const CanvasCurve &curve : curves) {
        widest = std::max(widest, metrics.horizontalAdvance(curve.label));
    }
    const qreal maxText = std::max<qreal>(plot.width() - 2 * kMargin - 3 * pad - swatch, 0.0);
    const qreal textWidth = std::min(widest, maxText);
    const QRectF box(
        plot.topLeft() + QPointF(kMargin, kMargin),
        QSizeF(swatch + textWidth + 3 * pad, line * static_cast<qreal>(curves.size()) + 2 * pad));
    painter.setPen(QPen(kLegendEdge, m_style.thinLineWidth));
    painter.setBrush(kLegendFill);
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3.0, 3.0);

    painter.setFont(font);
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const CanvasCurve &curve = curves[i];
        const QColor color = m_style.familyColor(curve.family);
        const qreal top = box.top() + pad + line * static_cast<qreal>(i);
        const qreal mid = top + line / 2.0;
        painter.setPen(curvePen(curve.family, m_style));
        painter.drawLine(QPointF(box.left() + pad, mid), QPointF(box.left() + pad + swatch, mid));
        painter.setPen(m_style.textColor(color, kBackground));
        painter.drawText(QRectF(box.left() + 2 * pad + swatch, top, textWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(curve.label, Qt::ElideRight, textWidth));
    }
}

void CanvasOverlays::paintHint(QPainter &painter, const QRectF &plot, const QString &hint) const
{
    const QFont font = fontOfSize(m_base, kHintPointSize * m_style.fontScale, /*bold=*/false);
    const QFontMetricsF metrics(font, m_device);
    const qreal pad = 2 * kGap * m_style.fontScale;
    const QRectF room = plot.adjusted(2 * pad, 2 * pad, -2 * pad, -2 * pad);
    // Broken between the instructions, not inside one: on one line if it fits, else on two of
    // about equal width, else one instruction a line.
    const QString separator = QStringLiteral(" · ");
    const QStringList parts = hint.split(separator);
    QString text = parts.join(separator);
    if (metrics.horizontalAdvance(text) > room.width()) {
        text = parts.join(QLatin1Char('\n'));
        qreal best = room.width();
        for (int k = 1; k < parts.size(); ++k) {
            const QString first = parts.mid(0, k).join(separator);
            const QString second = parts.mid(k).join(separator);
            const qreal wider =
                std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
            if (wider <= best) {
                best = wider;
                text = first + QLatin1Char('\n') + second;
            }
        }
    }
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    const QRectF card = metrics.boundingRect(room, flags, text);
    // On a white card, so that grid lines and the training range do not run through the words.
    painter.setPen(Qt::NoPen);
    painter.setBrush(kTextCard);
    painter.drawRoundedRect(card.adjusted(-pad, -pad / 2, pad, pad / 2), 4.0, 4.0);
    painter.setFont(font);
    painter.setPen(kMutedText);
    painter.drawText(room, flags, text);
}

} // namespace curvelab
