#pragma once

#include <QStringList>
#include <QTableWidget>
#include <vector>

namespace curvelab {

// What the network reads: one column per point, one row per feature of the preprocessing, so a
// student can see that "family-fit" hands the LSTM each family's running fit, not raw (x, y).
class FeatureTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit FeatureTable(QWidget *parent = nullptr);

    // perPoint[t] holds the features of point t + 1, one per name.
    void setFeatures(const QStringList &names, const std::vector<std::vector<float>> &perPoint);
    void clearFeatures();
};

} // namespace curvelab
