#pragma once

#include "livechart.h"

#include <QWidget>
#include <vector>

namespace curvelab {

// Accuracy against the number of points seen: the model beside the least-squares baseline and
// the Bayes ceiling, so a class sees how close to the best possible the network gets.
//
// Accuracies are fractions 0..1, as core reports them (TrainingStats::accuracyByLength,
// EvaluationReport); the axis shows 0..100%. Index i is the accuracy after lengths[i] points,
// or after i + 1 points while no lengths are set. An empty vector hides that line.
class AccuracyByLengthChart : public QWidget
{
    Q_OBJECT

public:
    // Series indices in chart().
    enum Line
    {
        Model = 0,
        LeastSquares = 1,
        Bayes = 2,
    };

    explicit AccuracyByLengthChart(QWidget *parent = nullptr);

    void setLengths(const std::vector<int> &lengths);
    void setModel(const std::vector<double> &accuracy);
    void setLeastSquares(const std::vector<double> &accuracy);
    void setBayes(const std::vector<double> &accuracy);
    // The drawn world's Bayes reference is a close approximation, not a proven ceiling: the
    // legend says so.
    void setBayesApproximate(bool approximate);
    void clear();

    void setTitle(const QString &title) { m_chart->setTitle(title); }
    void setModelName(const QString &name);
    void setModelColor(const QColor &color);
    void setViewStyle(const ViewStyle &style) { m_chart->setViewStyle(style); }
    void setFontScale(qreal scale) { m_chart->setFontScale(scale); }
    void setLargeText(bool large) { m_chart->setLargeText(large); }

    // For tests and export: the chart that draws it.
    const LiveChart &chart() const { return *m_chart; }

    QSize sizeHint() const override { return m_chart->sizeHint(); }

private:
    void rebuild();
    void showLine(Line line, const std::vector<double> &accuracy);
    int lengthAt(std::size_t index) const;

    LiveChart *m_chart = nullptr; // child widget
    std::vector<int> m_lengths;
    std::vector<double> m_model;
    std::vector<double> m_leastSquares;
    std::vector<double> m_bayes;
};

} // namespace curvelab
