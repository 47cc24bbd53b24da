#include "curvesview.h"

#include "corewording.h"
#include "familypalette.h"
#include "formfields.h"
#include "shapefunction.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace curvelab {

namespace {

// Points along each drawn curve: smooth at any size the view is shown at.
constexpr int kCurvePoints = 96;
// Smallest text on the chart, in points: readable from the back of a classroom on a projector.
constexpr qreal kMinFontPoints = 12.0;
constexpr qreal kTitleFontPoints = 15.0;
// Large enough to count the points from afar.
constexpr qreal kMarkerSize = 11.0;
constexpr qreal kCurveWidth = 2.5;

QFont atLeast(QFont font, qreal points)
{
    if (font.pointSizeF() < points) {
        font.setPointSizeF(points);
    }
    return font;
}

// A stream of its own for every sample, reproducible from the run's seed: the golden-ratio
// multiplier spreads consecutive draws over the seed space, so a sample never replays the
// training stream itself (which uses the seed unchanged).
std::uint64_t sampleSeed(std::uint64_t runSeed, std::uint64_t draw)
{
    return runSeed ^ (0x9E3779B97F4A7C15ULL * (draw + 1));
}

// Name over formula: legend labels are rich text, and on one line the formulas got cut short.
QString legendLabel(const FunctionFamily &family)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(QString::fromStdString(family.name).toHtmlEscaped(),
             QString::fromStdString(family.formula()).toHtmlEscaped());
}

// The y values drawn so far, to fit the axis to them.
struct Span
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();

    void add(double v)
    {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    bool empty() const { return !(lo <= hi); }
};

} // namespace

CurvesView::CurvesView(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    // Every sample is a new picture, not a change to the old one: nothing to animate.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitleFont(atLeast(font(), kTitleFontPoints));
    // On the right: along the bottom, three families' formulas get cut short.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->legend()->setFont(atLeast(font(), kMinFontPoints));
    m_view = new QChartView(m_chart); // owns the chart
    m_view->setObjectName(QStringLiteral("curvesChart"));
    m_view->setRenderHint(QPainter::Antialiasing);

    m_again = new QPushButton(tr("New sample"));
    m_again->setObjectName(QStringLiteral("newSample"));
    m_again->setToolTip(tr("<p>Draws new curves from the same families: other k, b and x, just "
                           "as every training batch gets new ones.</p>"));
    describeAfterToolTip(m_again);
    // Linear by default because that is honest about scale: a parabola's y (up to ~230) dwarfs a
    // line's (< 20), and that is exactly what raw (x, y) features hand the network. The log
    // scale shows every family's shape at once, for comparing them; it cannot show y <= 0,
    // which the note then counts.
    m_logY = new QCheckBox(tr("y on log scale"));
    m_logY->setObjectName(QStringLiteral("logY"));
    m_logY->setToolTip(tr("<p>Stretches small y values and squeezes large ones, so that a "
                          "line and a parabola fit on one picture. Points with y of 0 or below "
                          "cannot be shown on a log scale.</p>"));
    describeAfterToolTip(m_logY);
    m_note = plainLabel();
    m_note->setObjectName(QStringLiteral("curvesNote"));
    m_note->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_again);
    controls->addWidget(m_logY);
    controls->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    connect(m_again, &QPushButton::clicked, this, &CurvesView::regenerate);
    connect(m_logY, &QCheckBox::toggled, this, &CurvesView::draw);
    regenerate();
}

void CurvesView::setGeneratorConfig(const GeneratorConfig &config)
{
    m_config = config;
    regenerate();
}

void CurvesView::setSequencesPerFamily(int count)
{
    m_perFamily = std::max(count, 1);
    regenerate();
}

bool CurvesView::isLogY() const
{
    return m_logY->isChecked();
}

int CurvesView::drawnSeriesCount() const
{
    return static_cast<int>(m_chart->series().size());
}

int CurvesView::legendEntryCount() const
{
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    return static_cast<int>(std::count_if(markers.begin(), markers.end(),
                                          [](const QLegendMarker *m) { return m->isVisible(); }));
}

int CurvesView::yAxisCount() const
{
    return static_cast<int>(m_chart->axes(Qt::Vertical).size());
}

bool CurvesView::drawsLogYAxis() const
{
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Vertical);
    return !axes.isEmpty() && qobject_cast<QLogValueAxis *>(axes.first()) != nullptr;
}

// draw() adds each sample's curve, then its points.
QColor CurvesView::drawnPointsColor(int sample) const
{
    const auto *points = qobject_cast<QScatterSeries *>(m_chart->series().value(2 * sample + 1));
    return points ? points->color() : QColor();
}

int CurvesView::drawnPointCount(int sample) const
{
    const auto *points = qobject_cast<QScatterSeries *>(m_chart->series().value(2 * sample + 1));
    return points ? points->count() : -1;
}

void CurvesView::setLogY(bool logY)
{
    m_logY->setChecked(logY);
}

void CurvesView::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    m_chart->setTitleFont(atLeast(font(), kTitleFontPoints * m_style.fontScale));
    m_chart->legend()->setFont(atLeast(font(), kMinFontPoints * m_style.fontScale));
    draw();
}

void CurvesView::regenerate()
{
    m_samples.clear();
    try {
        CurveGenerator generator =
            CurveGenerator(m_config).reseeded(sampleSeed(m_config.seed, m_draws++));
        const int families = static_cast<int>(m_config.families.size());
        for (int family = 0; family < families; ++family) {
            for (int i = 0; i < m_perFamily; ++i) {
                m_samples.push_back(generator.sample(family, m_config.length));
            }
        }
    } catch (const std::invalid_argument &e) {
        m_samples.clear();
        showNote(tr("Nothing to draw: %1").arg(localReason(e)));
    }
    draw();
}

void CurvesView::clearChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle({});
}

void CurvesView::draw()
{
    clearChart();
    if (m_samples.empty()) {
        return;
    }
    const bool logY = isLogY();
    std::vector<ShapeFunction> shapes;
    for (const FunctionFamily &f : m_config.families) {
        shapes.emplace_back(f.shape);
    }
    Span xs;
    Span ys;
    int hidden = 0;
    std::vector<QXYSeries *> series;
    std::vector<bool> named(m_config.families.size(), false);
    for (const LabelledSequence &s : m_samples) {
        const auto family = static_cast<std::size_t>(s.label);
        const FunctionFamily &f = m_config.families[family];
        const QColor color = m_style.familyColor(s.label);
        auto *curve = new QLineSeries;
        curve->setPen(QPen(color, kCurveWidth * m_style.lineScale));
        for (int i = 0; i < kCurvePoints; ++i) {
            const double x = f.x.at(static_cast<double>(i) / (kCurvePoints - 1));
            const double y = s.k * shapes[family](x) + s.b;
            if (!logY || y > 0.0) {
                curve->append(x, y);
                ys.add(y);
            }
        }
        xs.add(f.x.lo);
        xs.add(f.x.hi);
        auto *points = new QScatterSeries;
        points->setColor(color);
        points->setBorderColor(Qt::white);
        points->setMarkerSize(kMarkerSize * m_style.fontScale);
        for (const Point &p : s.points) {
            if (logY && p.y <= 0.0) {
                ++hidden;
                continue;
            }
            points->append(p.x, p.y);
            ys.add(p.y);
        }
        // One legend entry per family: its first curve carries the name.
        if (!named[family]) {
            named[family] = true;
            curve->setName(legendLabel(f));
        }
        series.push_back(curve);
        series.push_back(points);
    }

    auto *axisX = new QValueAxis;
    axisX->setTitleText(QStringLiteral("x"));
    axisX->setRange(xs.lo, xs.hi);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%g"));
    QAbstractAxis *axisY = nullptr;
    if (logY) {
        auto *log = new QLogValueAxis;
        // Base 2: a log axis labels only powers of its base, and base 10 leaves one label between
        // 2 and 230. Here every grid line doubles y, which is easy to say out loud.
        log->setBase(2.0);
        log->setLabelFormat(QStringLiteral("%g"));
        if (!ys.empty()) {
            log->setRange(std::exp2(std::floor(std::log2(ys.lo))),
                          std::exp2(std::ceil(std::log2(ys.hi))));
        }
        axisY = log;
    } else {
        auto *linear = new QValueAxis;
        if (!ys.empty()) {
            linear->setRange(ys.lo, ys.hi);
            linear->applyNiceNumbers();
        }
        linear->setLabelFormat(QStringLiteral("%g"));
        axisY = linear;
    }
    axisY->setTitleText(logY ? tr("y (log scale)") : QStringLiteral("y"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(axisX), axisY}) {
        axis->setLabelsFont(atLeast(font(), kMinFontPoints * m_style.fontScale));
        axis->setTitleFont(atLeast(font(), kMinFontPoints * m_style.fontScale));
    }
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    for (QXYSeries *s : series) {
        m_chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
        for (QLegendMarker *marker : m_chart->legend()->markers(s)) {
            marker->setVisible(!s->name().isEmpty());
        }
    }
    m_chart->setTitle(tr("%1 per family, %2 each")
                          .arg(tr("%n curve(s)", nullptr, m_perFamily),
                               tr("%n point(s)", nullptr, static_cast<int>(m_config.length))));
    showNote(hidden > 0
                 ? tr("%n point(s) with y ≤ 0 not shown: a log scale cannot show them.", "", hidden)
                 : QString());
}

void CurvesView::showNote(const QString &text)
{
    m_note->setText(text);
}

} // namespace curvelab
