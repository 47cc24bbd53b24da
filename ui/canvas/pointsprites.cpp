#include "pointsprites.h"

#include <QPainter>
#include <cmath>

namespace curvelab {

namespace {

// The outline's width at line scale 1.
constexpr qreal kOutline = 1.25;

} // namespace

const QPixmap &PointSprites::sprite(int family, const ViewStyle &style, qreal radius,
                                    qreal devicePixelRatio)
{
    const qreal dpr = devicePixelRatio;
    if (m_style != style || m_ratio != dpr) {
        m_sprites.clear();
        m_style = style;
        m_ratio = dpr;
    }
    const std::size_t slot =
        family < 0 ? 0 : 1 + static_cast<std::size_t>(family % FamilyPalette::size());
    if (m_sprites.size() <= slot) {
        m_sprites.resize(slot + 1);
    }
    QPixmap &sprite = m_sprites[slot];
    if (sprite.isNull()) {
        const QColor fill = family < 0 ? kNeutral : style.familyColor(family);
        const qreal outline = kOutline * style.lineScale;
        // Odd and symmetric about the centre pixel, so the centre lands on a pixel's middle.
        const int side = 2 * static_cast<int>(std::ceil(radius + outline)) + 1;
        sprite = QPixmap(QSize(side, side) * dpr);
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(fill.darker(150), outline));
        p.setBrush(fill);
        p.drawEllipse(QPointF(side / 2.0, side / 2.0), radius, radius);
    }
    return sprite;
}

} // namespace curvelab
