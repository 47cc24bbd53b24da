#include "accuracybylengthchart.h"

#include "familypalette.h"

#include <QVBoxLayout>
#include <algorithm>

namespace curvelab {

namespace {

// The x axis before any data: the few points of the original question.
constexpr int kEmptyLength = 10;
// Tick labels on the x axis, at most: one per length up to this, then every 2nd, 5th, ...
constexpr int kMaxXTicks = 12;
// Not a family colour (those mean "this family" everywhere else) and not the references' grey.
const QColor kModelColor(0x1B, 0x3A, 0x8C);

double xTickInterval(int longest)
{
    double interval = 1.0;
    for (double next : {2.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
        if (longest / interval <= kMaxXTicks) {
            break;
        }
        interval = next;
    }
    return interval;
}

} // namespace

AccuracyByLengthChart::AccuracyByLengthChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new LiveChart(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);

    m_chart->setYScale(LiveChart::YScale::Percent);
    m_chart->setXAxisTitle(tr("points seen"));
    m_chart->setYAxisTitle(tr("accuracy"));
    // Added in the order of enum Line.
    m_chart->addSeries(tr("model"), {kModelColor, /*width=*/3.0, Qt::SolidLine, /*markers=*/true});
    m_chart->addSeries(tr("least squares"),
                       {FamilyPalette::reference(), /*width=*/4.0, Qt::DotLine, false});
    m_chart->addSeries(tr("Bayes"),
                       {FamilyPalette::reference(), /*width=*/2.5, Qt::DashLine, false});
    rebuild();
}

void AccuracyByLengthChart::setLengths(const std::vector<int> &lengths)
{
    m_lengths = lengths;
    rebuild();
}

void AccuracyByLengthChart::setModel(const std::vector<double> &accuracy)
{
    m_model = accuracy;
    rebuild();
}

void AccuracyByLengthChart::setLeastSquares(const std::vector<double> &accuracy)
{
    m_leastSquares = accuracy;
    rebuild();
}

void AccuracyByLengthChart::setBayes(const std::vector<double> &accuracy)
{
    m_bayes = accuracy;
    rebuild();
}

void AccuracyByLengthChart::setBayesApproximate(bool approximate)
{
    m_chart->setSeriesName(Bayes, approximate ? tr("Bayes (approx.)") : tr("Bayes"));
}

void AccuracyByLengthChart::clear()
{
    m_lengths.clear();
    m_model.clear();
    m_leastSquares.clear();
    m_bayes.clear();
    rebuild();
}

void AccuracyByLengthChart::setModelName(const QString &name)
{
    m_chart->setSeriesName(Model, name);
}

void AccuracyByLengthChart::setModelColor(const QColor &color)
{
    m_chart->setSeriesStyle(Model, {color, /*width=*/3.0, Qt::SolidLine, /*markers=*/true});
}

int AccuracyByLengthChart::lengthAt(std::size_t index) const
{
    return index < m_lengths.size() ? m_lengths[index] : static_cast<int>(index) + 1;
}

void AccuracyByLengthChart::showLine(Line line, const std::vector<double> &accuracy)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(accuracy.size()));
    for (std::size_t i = 0; i < accuracy.size(); ++i) {
        points.append(QPointF(lengthAt(i), accuracy[i]));
    }
    m_chart->setPoints(line, points);
    m_chart->setSeriesVisible(line, !points.isEmpty());
}

void AccuracyByLengthChart::rebuild()
{
    showLine(Model, m_model);
    showLine(LeastSquares, m_leastSquares);
    showLine(Bayes, m_bayes);

    int longest = 0;
    for (const auto *values : {&m_model, &m_leastSquares, &m_bayes}) {
        if (!values->empty()) {
            longest = std::max(longest, lengthAt(values->size() - 1));
        }
    }
    if (longest == 0) {
        longest = kEmptyLength;
    }
    // Half a step of room either side, so the end markers are not cut by the plot edge.
    m_chart->setFixedXRange(0.5, longest + 0.5, xTickInterval(longest));
    // Whole curves arrive at once: nothing to coalesce, so show them now.
    m_chart->flush();
}

} // namespace curvelab
