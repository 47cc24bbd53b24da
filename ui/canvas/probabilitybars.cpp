#include "probabilitybars.h"

#include "familypalette.h"
#include "localnumber.h"
#include "paintkit.h"
#include "textcontrast.h"
#include "textfit.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// Pixels between a name, its bar and its percentage (the margin and text size: paintkit.h).
constexpr qreal kGap = 10.0;
// Row height in text lines: what sizeHint() asks for, the most a tall panel spreads rows to (more
// and the bars stop reading as one group), and the least that keeps names apart.
constexpr qreal kPreferredRowLines = 1.9;
constexpr qreal kMaxRowLines = 2.4;
constexpr qreal kMinRowLines = 1.1;
// Bar thickness as a share of its row, and at most this many text lines (thick bars on a tall
// panel look like blocks, not lengths).
constexpr qreal kBarShare = 0.62;
constexpr qreal kMaxBarLines = 1.1;
// Track width in pixels (at font scale 1) that sizeHint() asks for, and the least that still
// shows a difference between 40% and 60%.
constexpr qreal kPreferredTrack = 220.0;
constexpr qreal kMinimumTrack = 60.0;
// Probabilities this far outside 0..1 are rounding, not a bug in the caller.
constexpr float kSlack = 1e-4F;
// The widest percentage that can be printed.
const QString kWidestPercent = QStringLiteral("100.0%");
// Sizes sizeHint() for names like these before the first guess arrives.
const QString kTypicalName = QStringLiteral("parabola");
constexpr int kTypicalFamilies = 3;

// Light enough that a bar of any palette colour stands out against it, dark enough to see where
// 100% would end on a washed-out projector.
const QColor kTrackColor(0xE6, 0xE6, 0xE6);

QString percentText(float p)
{
    return localNumber(100.0 * static_cast<double>(p), 'f', 1) + QLatin1Char('%');
}

} // namespace

ProbabilityBars::ProbabilityBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Probabilities"));
    setAccessibleDescription(tr("A bar per family: how sure the network is, after the last "
                                "point, that the points come from that family."));
}

bool ProbabilityBars::setProbabilities(const QStringList &names,
                                       const std::vector<float> &probabilities)
{
    const auto k = static_cast<std::size_t>(names.size());
    const bool sizeOk = k >= 1 && k <= kMaxFamilies && probabilities.size() == k;
    const bool valuesOk =
        sizeOk && std::all_of(probabilities.cbegin(), probabilities.cend(), [](float p) {
            return std::isfinite(p) && p >= -kSlack && p <= 1.0F + kSlack;
        });
    if (!valuesOk) {
        return false;
    }
    m_names = names;
    m_probabilities.clear();
    for (float p : probabilities) {
        m_probabilities.push_back(std::clamp(p, 0.0F, 1.0F));
    }
    m_favoured =
        static_cast<int>(std::max_element(m_probabilities.cbegin(), m_probabilities.cend()) -
                         m_probabilities.cbegin());
    updateGeometry();
    update();
    return true;
}

void ProbabilityBars::clear()
{
    m_names.clear();
    m_probabilities.clear();
    m_favoured = -1;
    updateGeometry();
    update();
}

void ProbabilityBars::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    updateGeometry();
    update();
}

float ProbabilityBars::probability(int family) const
{
    if (family < 0 || family >= familyCount()) {
        return 0.0F;
    }
    return m_probabilities[static_cast<std::size_t>(family)];
}

QFont ProbabilityBars::labelFont(qreal fontScale, bool bold) const
{
    QFont f = font();
    f.setPointSizeF(kLabelPointSize * fontScale);
    f.setBold(bold);
    return f;
}

qreal ProbabilityBars::maxNameWidth(qreal fontScale) const
{
    // Bold, so that the names do not shift when another family becomes the favourite.
    const QFontMetricsF metrics(labelFont(fontScale, /*bold=*/true), this);
    qreal widest = 0.0;
    for (const QString &name : m_names) {
        widest = std::max(widest, metrics.horizontalAdvance(name));
    }
    return std::ceil(widest);
}

qreal ProbabilityBars::percentWidth(qreal fontScale) const
{
    const QFontMetricsF metrics(labelFont(fontScale, /*bold=*/true), this);
    return std::ceil(metrics.horizontalAdvance(kWidestPercent));
}

QRectF ProbabilityBars::Geometry::trackAt(int family) const
{
    const QRectF row = rowAt(family);
    const qreal left = row.left() + nameWidth + kGap;
    const qreal right = row.right() - percentWidth - kGap;
    return {left, std::round(row.center().y() - barHeight / 2.0),
            std::max<qreal>(right - left, 0.0), barHeight};
}

ProbabilityBars::Geometry ProbabilityBars::geometryFor(const QSize &size) const
{
    // Rows shorter than their text would run into each other: shrink the text (not below
    // kMinFontScale) before that happens.
    return shrinkTextToFit(
        m_style.fontScale, [&](qreal scale) { return geometryAt(size, scale); },
        [this](const Geometry &g) {
            return g.rowHeight <
                   QFontMetricsF(labelFont(g.fontScale, /*bold=*/true), this).height();
        });
}

ProbabilityBars::Geometry ProbabilityBars::geometryAt(const QSize &size, qreal fontScale) const
{
    Geometry g;
    g.fontScale = fontScale;
    const int k = familyCount();
    if (k == 0) {
        return g;
    }
    const QRectF area =
        QRectF(QPointF(0, 0), QSizeF(size)).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const qreal line = QFontMetricsF(labelFont(fontScale, /*bold=*/true), this).height();
    g.nameWidth = maxNameWidth(fontScale);
    g.percentWidth = percentWidth(fontScale);
    g.rowHeight =
        std::max<qreal>(std::floor(std::min(area.height() / k, line * kMaxRowLines)), 1.0);
    g.barHeight =
        std::max<qreal>(std::round(std::min(g.rowHeight * kBarShare, line * kMaxBarLines)), 1.0);
    // A tall panel keeps the rows together in its middle rather than spread over its height.
    const qreal height = k * g.rowHeight;
    g.rows = QRectF(area.left(), std::round(area.top() + (area.height() - height) / 2.0),
                    area.width(), height);
    return g;
}

QRectF ProbabilityBars::barRect(int family) const
{
    if (family < 0 || family >= familyCount()) {
        return {};
    }
    const QRectF track = geometryFor(size()).trackAt(family);
    return {track.left(), track.top(), track.width() * static_cast<qreal>(probability(family)),
            track.height()};
}

QSize ProbabilityBars::sizeFor(qreal trackWidth, qreal rowHeightInLines) const
{
    const QFontMetricsF metrics(labelFont(m_style.fontScale, /*bold=*/true), this);
    const qreal names =
        std::max(maxNameWidth(m_style.fontScale), metrics.horizontalAdvance(kTypicalName));
    const int rows = std::max(familyCount(), kTypicalFamilies);
    const qreal width =
        2 * kMargin + names + 2 * kGap + trackWidth + percentWidth(m_style.fontScale);
    const qreal height = 2 * kMargin + rows * rowHeightInLines * metrics.height();
    return QSizeF(width, height).toSize();
}

QSize ProbabilityBars::sizeHint() const
{
    return sizeFor(kPreferredTrack * m_style.fontScale, kPreferredRowLines);
}

QSize ProbabilityBars::minimumSizeHint() const
{
    return sizeFor(kMinimumTrack, kMinRowLines);
}

void ProbabilityBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), kBackground);
    if (familyCount() == 0) {
        painter.setFont(labelFont(m_style.fontScale, /*bold=*/false));
        painter.setPen(kMutedText);
        painter.drawText(rect(), Qt::AlignCenter, tr("no guess yet"));
        return;
    }
    const Geometry g = geometryFor(size());
    for (int i = 0; i < familyCount(); ++i) {
        const bool favoured = i == m_favoured;
        const QRectF row = g.rowAt(i);
        painter.setFont(labelFont(g.fontScale, favoured));

        // Right-aligned, so that every name sits next to its own bar.
        painter.setPen(m_style.textColor(m_style.familyColor(i), kBackground));
        painter.drawText(QRectF(row.left(), row.top(), g.nameWidth, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_names[i]);

        const QRectF track = g.trackAt(i);
        const qreal radius = std::min<qreal>(track.height() / 4.0, 4.0);
        QPainterPath shape;
        shape.addRoundedRect(track, radius, radius);
        painter.fillPath(shape, kTrackColor);
        // The fill is the track's own shape cut at the probability, so a sliver of 0.4% keeps the
        // rounded left end instead of becoming a blob.
        painter.save();
        painter.setClipRect(
            QRectF(track.topLeft(),
                   QSizeF(track.width() * static_cast<qreal>(probability(i)), track.height())));
        painter.fillPath(shape, m_style.familyColor(i));
        painter.restore();

        painter.setPen(kTextColor);
        painter.drawText(
            QRectF(row.right() - g.percentWidth, row.top(), g.percentWidth, row.height()),
            Qt::AlignRight | Qt::AlignVCenter, percentText(probability(i)));
    }
}

} // namespace curvelab
