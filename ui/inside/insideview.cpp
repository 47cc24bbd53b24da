#include "insideview.h"

#include "corewording.h"
#include "formfields.h"
#include "gateheatmap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <numeric>

namespace curvelab {

namespace {

constexpr CellQuantity kQuantities[] = {CellQuantity::Input, CellQuantity::Forget,
                                        CellQuantity::Output, CellQuantity::Cell,
                                        CellQuantity::Hidden};

// The quantity's name in the app's language, as a label begins.
QString quantityText(CellType cell, CellQuantity q)
{
    if (!hasQuantity(cell, q)) {
        return {};
    }
    QString text = localText(quantityLabel(cell, q));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

} // namespace

InsideView::InsideView(QWidget *parent) : QWidget(parent)
{
    m_quantity = new QComboBox;
    m_quantity->setToolTip(tr("What to show for every unit after every point"));
    m_order = new QComboBox;
    m_order->addItem(tr("unit number"), static_cast<int>(UnitOrder::Index));
    m_order->addItem(tr("most active first"), static_cast<int>(UnitOrder::Activity));
    m_order->addItem(tr("strongest push on the guess first"),
                     static_cast<int>(UnitOrder::Influence));
    m_order->setToolTip(tr("Activity: how much a unit changes over the points. Push: how much its "
                           "final hidden value moves the guessed family's score."));
    m_layer = new QSpinBox;
    m_layer->setRange(1, 1);
    m_layer->setPrefix(tr("layer "));
    m_note = plainLabel();
    m_heatmap = new GateHeatmap;

    auto *controls = new QHBoxLayout;
    controls->addWidget(plainLabel(tr("Show")));
    controls->addWidget(m_quantity);
    controls->addWidget(m_layer);
    controls->addWidget(plainLabel(tr("sorted by")));
    controls->addWidget(m_order);
    controls->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_heatmap, 1);

    offerQuantities(m_cell);
    connect(m_quantity, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_layer, &QSpinBox::valueChanged, this, [this] { refresh(); });
}

void InsideView::offerQuantities(CellType cell)
{
    const CellQuantity current = m_quantity->count() > 0 ? quantity() : CellQuantity::Forget;
    const QSignalBlocker blocker(m_quantity);
    m_quantity->clear();
    for (CellQuantity q : kQuantities) {
        if (hasQuantity(cell, q)) {
            m_quantity->addItem(quantityText(cell, q), static_cast<int>(q));
        }
    }
    const int keep = m_quantity->findData(static_cast<int>(current));
    m_quantity->setCurrentIndex(keep >= 0 ? keep : m_quantity->count() - 1);
}

void InsideView::setPredictions(const ModelSnapshot *weights,
                                const std::vector<Prediction> &predictions)
{
    m_weights = weights ? std::optional<ModelSnapshot>(*weights) : std::nullopt;
    m_predictions = predictions;
    if (weights && weights->spec.options.cell != m_cell) {
        m_cell = weights->spec.options.cell;
        offerQuantities(m_cell);
    }
    const QSignalBlocker blocker(m_layer);
    m_layer->setMaximum(weights ? weights->spec.options.layers : 1);
    refresh();
}

void InsideView::refresh()
{
    if (!m_weights) {
        m_heatmap->clear();
        m_note->setText(tr("No model yet"));
        return;
    }
    const CellQuantity q = quantity();
    const int layer = m_layer->value() - 1;
    const std::vector<std::vector<float>> values = quantityOverPoints(m_predictions, layer, q);
    const bool gate = q == CellQuantity::Input || q == CellQuantity::Forget ||
                      (q == CellQuantity::Output && m_cell == CellType::Lstm);
    const QString title = tr("%1, layer %2").arg(quantityText(m_cell, q)).arg(layer + 1);
    m_heatmap->setValues(title, values,
                         gate ? GateHeatmap::ValueKind::Gate : GateHeatmap::ValueKind::Signed);
    m_note->clear();
    if (values.empty()) {
        return;
    }
    switch (unitOrder()) {
    case UnitOrder::Index: {
        std::vector<int> identity(values.front().size());
        std::iota(identity.begin(), identity.end(), 0);
        m_heatmap->setUnitOrder(identity);
        break;
    }
    case UnitOrder::Activity:
        m_heatmap->setUnitOrder(unitsByActivity(values));
        break;
    case UnitOrder::Influence:
        if (layer + 1 == m_weights->spec.options.layers) {
            m_heatmap->setUnitOrder(unitsByInfluence(*m_weights, m_predictions.back()));
        } else {
            m_note->setText(tr("(only the last layer feeds the guess)"));
        }
        break;
    }
}

void InsideView::setQuantity(CellQuantity quantity)
{
    const int index = m_quantity->findData(static_cast<int>(quantity));
    if (index >= 0) {
        m_quantity->setCurrentIndex(index);
    }
}

void InsideView::setUnitOrder(UnitOrder order)
{
    m_order->setCurrentIndex(m_order->findData(static_cast<int>(order)));
}

void InsideView::setLayer(int layer)
{
    m_layer->setValue(layer);
}

CellQuantity InsideView::quantity() const
{
    return static_cast<CellQuantity>(m_quantity->currentData().toInt());
}

InsideView::UnitOrder InsideView::unitOrder() const
{
    return static_cast<UnitOrder>(m_order->currentData().toInt());
}

void InsideView::setHighlightedPoint(int point)
{
    m_heatmap->setHighlightedPoint(point);
}

void InsideView::setViewStyle(const ViewStyle &style)
{
    m_heatmap->setViewStyle(style);
}

} // namespace curvelab
