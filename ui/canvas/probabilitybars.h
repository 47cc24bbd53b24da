#pragma once

#include "styledview.h"

#include <QRectF>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace curvelab {

// The network's guess for the sequence drawn so far: one horizontal bar per family, its length
// the probability, the favourite in bold. Painted by hand so that it scales with the panel and
// reads from the back of the room.
class ProbabilityBars : public QWidget, public StyledView
{
    Q_OBJECT

public:
    static constexpr int kMaxFamilies = 8;

    explicit ProbabilityBars(QWidget *parent = nullptr);

    // One probability (0..1) per name, in family order (name i is drawn in
    // viewStyle().familyColor(i)). Returns false and keeps what it showed when the sizes differ,
    // there are no names or more than kMaxFamilies, or a value is not finite or outside 0..1.
    bool setProbabilities(const QStringList &names, const std::vector<float> &probabilities);
    // Back to "no guess yet", as before the first point.
    void clear();

    // Text sizes (1 gives 12 pt labels) and the family colours.
    void setViewStyle(const ViewStyle &style) override;

    int familyCount() const { return static_cast<int>(m_names.size()); }
    float probability(int family) const;
    // The family with the largest probability (the first of a tie); -1 when nothing is shown.
    int favoured() const { return m_favoured; }
    // The coloured part of family i's bar at the current size; empty for a family not shown.
    QRectF barRect(int family) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Where everything goes at one widget size.
    struct Geometry
    {
        QRectF rows; // all rows, names to percentages
        qreal rowHeight = 0.0;
        qreal nameWidth = 0.0;
        qreal percentWidth = 0.0;
        qreal barHeight = 0.0;
        qreal fontScale = 1.0; // the style's, or less where rows would be shorter than text

        QRectF rowAt(int family) const
        {
            return {rows.left(), rows.top() + family * rowHeight, rows.width(), rowHeight};
        }
        QRectF trackAt(int family) const;
    };

    Geometry geometryFor(const QSize &size) const;
    Geometry geometryAt(const QSize &size, qreal fontScale) const;
    QSize sizeFor(qreal trackWidth, qreal rowHeightInLines) const;
    QFont labelFont(qreal fontScale, bool bold) const;
    qreal maxNameWidth(qreal fontScale) const;
    qreal percentWidth(qreal fontScale) const;

    QStringList m_names;
    std::vector<float> m_probabilities;
    int m_favoured = -1;
};

} // namespace curvelab
