#pragma once

#include "cellinspection.h"
#include "modelspec.h"
#include "predictor.h"
#include "viewstyle.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QSpinBox;

namespace curvelab {

class GateHeatmap;

// "Inside the cell": for the sequence on the canvas, one quantity of the recurrent cell (a gate,
// the cell state or the hidden state) per unit and point, with the layer, the quantity and the
// order of the units to choose. It shows what the canvas's classifier computed; it runs nothing.
class InsideView : public QWidget
{
    Q_OBJECT

public:
    enum class UnitOrder
    {
        Index,
        Activity,  // units that move most over the points first
        Influence, // units that push the final guess hardest first
    };

    explicit InsideView(QWidget *parent = nullptr);

    // The predictions of the drawn sequence and the weights that made them; null weights clear.
    void setPredictions(const ModelSnapshot *weights, const std::vector<Prediction> &predictions);
    void setQuantity(CellQuantity quantity);
    void setUnitOrder(UnitOrder order);
    void setLayer(int layer);
    void setHighlightedPoint(int point);
    void setViewStyle(const ViewStyle &style);

    CellQuantity quantity() const;
    UnitOrder unitOrder() const;
    GateHeatmap &heatmap() { return *m_heatmap; }

private:
    void offerQuantities(CellType cell);
    void refresh();

    std::optional<ModelSnapshot> m_weights; // a copy: the canvas may replace its own any time
    std::vector<Prediction> m_predictions;
    CellType m_cell = CellType::Lstm;

    QComboBox *m_quantity = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_layer = nullptr;
    QLabel *m_note = nullptr;
    GateHeatmap *m_heatmap = nullptr;
};

} // namespace curvelab
