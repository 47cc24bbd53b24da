#pragma once

#include "styledview.h"

#include <QStringList>
#include <QWidget>
#include <vector>

namespace curvelab {

// Which family the model guesses for each true family: rows are the truth, columns the guess,
// cells shaded by the row's share (white to dark blue). Painted by hand, not with Qt Charts, so
// it scales with the widget and survives a move to Qt Graphs untouched.
class ConfusionMatrixView : public QWidget, public StyledView
{
    Q_OBJECT

public:
    // What each cell prints; the shading is always the row share.
    enum class CellValue
    {
        RowShare, // "97.3%": comparable across rows of different sizes
        Count,
    };

    static constexpr int kMinClasses = 2;
    static constexpr int kMaxClasses = 8;

    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    // counts[true][guessed], as EvaluationReport::confusion; one name per family, in family
    // order (name i is drawn in viewStyle().familyColor(i)). Returns false and keeps what it showed
    // unless the matrix is square, matches the names, has 2..8 classes and no negative count.
    bool setMatrix(const QStringList &names, const std::vector<std::vector<int>> &counts);
    void clear();
    int classCount() const { return static_cast<int>(m_names.size()); }

    void setCellValue(CellValue value);
    CellValue cellValue() const { return m_cellValue; }
    // Text sizes (1 gives 12 pt labels), the weight of the numbers, grid lines and the family
    // colours.
    void setViewStyle(const ViewStyle &style) override;
    // The font the cells' numbers are drawn in at the current size.
    QFont cellFont() const;

    int count(int row, int column) const;
    // The cell's share of its row, 0..1; 0 for a row without sequences.
    double rowShare(int row, int column) const;
    // The hover text: "true parabola, guessed line: 12 (3.4%)".
    QString cellText(int row, int column) const;
    // Where the cell is drawn at the current size; empty for a cell that does not exist.
    QRect cellRect(int row, int column) const;
    // The hover text for a widget position; empty outside the cells.
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Where everything goes at one widget size.
    struct Geometry
    {
        QRectF grid;
        QSizeF cell;
        qreal rowLabelWidth = 0.0;
        qreal columnHeaderHeight = 0.0;
        qreal fontScale = 1.0; // the style's, or less where rows would be shorter than names
        bool names = true;     // false when even the smallest names would not fit
        bool verticalColumnLabels = false;

        QRectF cellAt(int row, int column) const
        {
            return {grid.left() + column * cell.width(), grid.top() + row * cell.height(),
                    cell.width(), cell.height()};
        }
    };

    Geometry geometryFor(const QSize &size) const;
    Geometry geometryAt(const QSize &size, qreal fontScale, bool names) const;
    QSize sizeForCell(qreal cell) const;
    QFont labelFont(qreal fontScale) const;
    QFont titleFont(qreal fontScale) const;
    qreal maxNameWidth(qreal fontScale) const;
    qreal columnHeaderHeight(bool names, bool vertical, qreal fontScale) const;
    qreal rowHeaderWidth(bool names, qreal fontScale) const;
    QString cellLabel(int row, int column) const;
    QFont cellFont(const Geometry &g) const;
    QString widestCellLabel() const;

    void paintStrips(QPainter &painter, const Geometry &g) const;
    void paintTitles(QPainter &painter, const Geometry &g) const;
    void paintRowNames(QPainter &painter, const Geometry &g) const;
    void paintColumnNames(QPainter &painter, const Geometry &g) const;
    void paintCells(QPainter &painter, const Geometry &g) const;

    QStringList m_names;
    std::vector<std::vector<int>> m_counts;
    std::vector<int> m_rowTotals;
    CellValue m_cellValue = CellValue::RowShare;
};

} // namespace curvelab
