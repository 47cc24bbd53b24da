#include "featuretable.h"

#include "localnumber.h"

#include <QHeaderView>

namespace curvelab {

FeatureTable::FeatureTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    horizontalHeader()->setDefaultSectionSize(64);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setToolTip(tr("What the network reads after each point (columns are point numbers)"));
}

void FeatureTable::setFeatures(const QStringList &names,
                               const std::vector<std::vector<float>> &perPoint)
{
    setRowCount(static_cast<int>(names.size()));
    setColumnCount(static_cast<int>(perPoint.size()));
    setVerticalHeaderLabels(names);
    for (int column = 0; column < columnCount(); ++column) {
        setHorizontalHeaderItem(column, new QTableWidgetItem(QString::number(column + 1)));
        const std::vector<float> &features = perPoint[static_cast<std::size_t>(column)];
        for (int row = 0; row < rowCount() && row < static_cast<int>(features.size()); ++row) {
            auto *cell =
                new QTableWidgetItem(localNumber(features[static_cast<std::size_t>(row)], 'g', 3));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, column, cell);
        }
    }
    if (columnCount() > 0) {
        scrollToItem(item(0, columnCount() - 1)); // the newest point
    }
}

void FeatureTable::clearFeatures()
{
    setRowCount(0);
    setColumnCount(0);
}

} // namespace curvelab
