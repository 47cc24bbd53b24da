#pragma once

#include "curvegenerator.h"
#include "viewstyle.h"

#include <QWidget>
#include <cstdint>
#include <vector>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QPushButton;

namespace curvelab {

// Shows what the network is fed: a fresh sample of sequences from each family of a
// GeneratorConfig, every sequence as its points and the curve k*f(x)+b they were drawn from, one
// colour per family (FamilyPalette). Keeps Qt Charts to itself.
class CurvesView : public QWidget
{
    Q_OBJECT

public:
    // Sequences drawn from each family per sample.
    static constexpr int kDefaultSequencesPerFamily = 3;

    explicit CurvesView(QWidget *parent = nullptr);

    // Draws a fresh sample from `config`. An invalid config empties the chart and shows why.
    void setGeneratorConfig(const GeneratorConfig &config);
    const GeneratorConfig &generatorConfig() const { return m_config; }

    void setSequencesPerFamily(int count);
    int sequencesPerFamily() const { return m_perFamily; }

    // The sequences drawn, family by family.
    const std::vector<LabelledSequence> &samples() const { return m_samples; }
    int sampleCount() const { return static_cast<int>(m_samples.size()); }

    bool isLogY() const;
    void setLogY(bool logY);

    // What Qt Charts draws now, read back from it, so that nothing outside this class (tests
    // included) needs to know Qt Charts.
    // Series drawn: a curve and its points per sample.
    int drawnSeriesCount() const;
    // Entries the legend shows: one per family.
    int legendEntryCount() const;
    // The y axes drawn, and whether the (first) one is logarithmic.
    int yAxisCount() const;
    bool drawsLogYAxis() const;
    // The colour and number of the points drawn for samples()[sample].
    QColor drawnPointsColor(int sample) const;
    int drawnPointCount(int sample) const;

    // Text sizes, line widths and family colours; redraws the same sample.
    void setViewStyle(const ViewStyle &style);

public Q_SLOTS:
    // A new sample from the same config: a new seed every time.
    void regenerate();

private:
    void draw();
    void clearChart();
    void showNote(const QString &text);

    GeneratorConfig m_config;
    ViewStyle m_style;
    int m_perFamily = kDefaultSequencesPerFamily;
    std::vector<LabelledSequence> m_samples;
    // Samples drawn so far: each gets a stream of its own.
    std::uint64_t m_draws = 0;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCheckBox *m_logY = nullptr;
    QPushButton *m_again = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace curvelab
