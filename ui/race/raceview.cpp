#include "raceview.h"

#include "architecturerace.h"
#include "corewording.h"
#include "formfields.h"
#include "livechart.h"
#include "localnumber.h"
#include "trainingcontroller.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>
#include <iterator>

namespace curvelab {

namespace {

// The contenders, in the order of the check boxes and the legends: the two gated cells, the cell
// they improve on, and the model without memory.
constexpr CellType kCells[] = {CellType::Lstm, CellType::Gru, CellType::Rnn, CellType::Mlp};

// One look per contender. Dark, and none of FamilyPalette's colours (those mean "this family" on
// every other view, and the canvas shows the contenders' guesses in them); the line styles differ
// too, so that the lines stay apart on a washed-out projector or a grey printout.
struct ContenderLook
{
    QColor color;
    Qt::PenStyle pen;
};
const ContenderLook kLooks[] = {
    {QColor(0x1A, 0x1A, 0x1A), Qt::SolidLine},   // lstm: near-black
    {QColor(0x6B, 0x6B, 0x6B), Qt::DashLine},    // gru: dark grey
    {QColor(0x8C, 0x51, 0x0A), Qt::DotLine},     // rnn: brown
    {QColor(0x6A, 0x3D, 0x9A), Qt::DashDotLine}, // mlp: purple
};
static_assert(std::size(kLooks) == std::size(kCells));

// Thick enough to tell the dash patterns apart from the back of a classroom.
constexpr qreal kLineWidth = 3.0;
// The worker reports a single batch's loss every 10 steps: four such jagged lines over one another
// cannot be told apart, so the chart shows their moving average (about the last 5 reports).
constexpr double kLossSmoothing = 0.8;
// The line-style swatch beside each check box, in pixels.
constexpr int kSwatchWidth = 36;
constexpr int kSwatchHeight = 14;
// The status line and the contender panel are read from afar like the charts: at the charts' tick
// label size (and scaled with them for large text), not at the setup panel's.
constexpr qreal kPanelPointSize = 12.0;

// A contender's line on a chart of `background`, in `style` (in high contrast, one that stands out
// from the chart).
LiveChart::SeriesStyle styleOf(std::size_t contender, const ViewStyle &style,
                               const QColor &background, bool markers = false)
{
    return {style.lineColor(kLooks[contender].color, background), kLineWidth, kLooks[contender].pen,
            markers};
}

// The contender's line as the charts draw it. In high contrast on the charts' background: the
// window behind the check box may be black, where a near-black line would vanish.
QIcon swatch(const LiveChart::SeriesStyle &line, const ViewStyle &style, const QColor &background)
{
    QPixmap pixmap(kSwatchWidth, kSwatchHeight);
    pixmap.fill(style.highContrast ? background : QColor(Qt::transparent));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(line.color, kLineWidth, line.penStyle, Qt::FlatCap));
    painter.drawLine(QPointF(1, kSwatchHeight / 2.0),
                     QPointF(kSwatchWidth - 1, kSwatchHeight / 2.0));
    painter.end();
    // The swatches are the charts' key: greyed while a race locks the boxes, they would not match
    // the lines any more.
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Disabled);
    return icon;
}

// Locked boxes keep their names legible for the same reason; the greyed tick shows the lock.
void keepTextWhenDisabled(QWidget *widget)
{
    QPalette palette = widget->palette();
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text}) {
        palette.setColor(QPalette::Disabled, role, palette.color(QPalette::Active, role));
    }
    widget->setPalette(palette);
}

// core's messages start in lower case to read well after a prefix.
QString sentence(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString percent(double fraction)
{
    return localNumber(100.0 * fraction, 'f', 1) + QLatin1Char('%');
}

const TrainingStats *lastEvaluated(const std::vector<TrainingStats> &history)
{
    const auto it = std::find_if(history.rbegin(), history.rend(),
                                 [](const TrainingStats &s) { return s.evaluated; });
    return it == history.rend() ? nullptr : &*it;
}

} // namespace

RaceView::RaceView(QWidget *parent) : QWidget(parent)
{
    buildCharts();
    for (CellType cell : kCells) {
        addContender(cell);
    }
    m_status = plainLabel();
    m_status->setObjectName(QStringLiteral("raceStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    // Across the top, as the training tab's banner: the full width keeps it to a line or two, so
    // the charts keep their height.
    layout->addWidget(m_status);
    auto *grid = new QGridLayout;
    grid->addWidget(m_lossChart, 0, 0);
    grid->addWidget(m_accuracyChart, 0, 1);
    grid->addWidget(m_byLengthChart, 1, 0);
    grid->addWidget(buildControls(), 1, 1);
    for (int i = 0; i < 2; ++i) {
        grid->setRowStretch(i, 1);
        grid->setColumnStretch(i, 1);
    }
    layout->addLayout(grid, 1);
    setLargeText(false);
    showStatus(tr("Tick the contenders and start the race: each trains on the same batches."));
}

RaceView::~RaceView()
{
    // All cancelled before the first join, so the workers wind down together rather than in turn.
    for (Contender &c : m_contenders) {
        c.controller->stop();
    }
}

void RaceView::buildCharts()
{
    m_lossChart = new LiveChart;
    m_lossChart->setObjectName(QStringLiteral("raceLoss"));
    m_lossChart->setTitle(tr("Training loss (moving average)"));
    m_lossChart->setXAxisTitle(tr("step"));
    m_lossChart->setYAxisTitle(tr("loss"));
    m_lossChart->setYScale(LiveChart::YScale::Log);

    m_accuracyChart = new LiveChart;
    m_accuracyChart->setObjectName(QStringLiteral("raceAccuracy"));
    m_accuracyChart->setTitle(tr("Test accuracy"));
    m_accuracyChart->setXAxisTitle(tr("step"));
    m_accuracyChart->setYAxisTitle(tr("accuracy"));
    m_accuracyChart->setYScale(LiveChart::YScale::Percent);

    m_byLengthChart = new LiveChart;
    m_byLengthChart->setObjectName(QStringLiteral("raceByLength"));
    m_byLengthChart->setTitle(tr("Accuracy against points seen"));
    m_byLengthChart->setXAxisTitle(tr("points seen"));
    m_byLengthChart->setYAxisTitle(tr("accuracy"));
    m_byLengthChart->setYScale(LiveChart::YScale::Percent);
}

void RaceView::addContender(CellType cell)
{
    const std::size_t index = m_contenders.size();
    Contender c;
    c.cell = cell;
    c.name = QString::fromStdString(toString(cell));
    c.controller = std::make_unique<TrainingController>();
    // In the standard style until setViewStyle() says otherwise.
    const ViewStyle style;
    const QColor background = m_lossChart->backgroundColor();
    c.rawLoss =
        m_lossChart->addSeries(c.name + tr(" batch loss"), styleOf(index, style, background));
    m_lossChart->setSeriesVisible(c.rawLoss, false);
    c.loss = m_lossChart->addSmoothedSeries(c.rawLoss, c.name, styleOf(index, style, background),
                                            kLossSmoothing);
    c.accuracy = m_accuracyChart->addSeries(c.name, styleOf(index, style, background));
    c.byLength =
        m_byLengthChart->addSeries(c.name, styleOf(index, style, background, /*markers=*/true));

    // Captured by index: the vector may still move its elements while contenders are added.
    TrainingController *controller = c.controller.get();
    connect(controller, &TrainingController::progress, this,
            [this, index](const TrainingStats &stats) { onProgress(m_contenders[index], stats); });
    connect(controller, &TrainingController::snapshotReady, this,
            [this, index](const ModelSnapshot &weights) {
                Q_EMIT contenderSnapshot(m_contenders[index].name, weights);
            });
    connect(controller, &TrainingController::finished, this,
            [this, index](const TrainingResult &result, const ModelSnapshot &weights) {
                onFinished(m_contenders[index], result, weights);
            });
    connect(controller, &TrainingController::failed, this,
            [this, index](const QString &reason) { onFailed(m_contenders[index], reason); });
    m_contenders.push_back(std::move(c));
}

QWidget *RaceView::buildControls()
{
    m_controls = new QWidget;
    m_controls->setObjectName(QStringLiteral("raceControls"));
    auto *layout = new QVBoxLayout(m_controls);
    auto *rows = new QGridLayout;
    const QString tips[] = {
        tr("Long short-term memory: gates decide what to keep, so it remembers over many points."),
        tr("Gated recurrent unit: a leaner gated cell than the lstm, often as good."),
        tr("A plain recurrent cell without gates: it forgets quickly and is harder to train."),
        tr("A multi-layer perceptron over the latest points only (the Window in the setup): it "
           "has no memory beyond them."),
    };
    for (std::size_t i = 0; i < m_contenders.size(); ++i) {
        Contender &c = m_contenders[i];
        c.box = new QCheckBox(c.name);
        c.box->setObjectName(QStringLiteral("race.") + c.name);
        c.box->setChecked(true);
        // Its swatch, the line it stands for, comes with the view style (setViewStyle()).
        c.box->setIconSize(QSize(kSwatchWidth, kSwatchHeight));
        keepTextWhenDisabled(c.box);
        setWrappedToolTip(c.box, tips[i]);
        c.result = plainLabel();
        c.result->setObjectName(QStringLiteral("race.") + c.name + QStringLiteral(".result"));
        c.result->setWordWrap(true); // a failure's reason may be long
        const int row = static_cast<int>(i);
        rows->addWidget(c.box, row, 0);
        rows->addWidget(c.result, row, 1);
    }
    rows->setColumnStretch(1, 1);
    layout->addLayout(rows);

    m_startStop = new QPushButton;
    m_startStop->setObjectName(QStringLiteral("startRace"));
    m_startStop->setToolTip(tr("<p>Trains every ticked contender from fresh weights on the same "
                               "batches, with the setup's settings. Stop ends them all.</p>"));
    describeAfterToolTip(m_startStop);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_racing) {
            stopRace();
        } else {
            startRace();
        }
    });
    layout->addWidget(m_startStop);
    layout->addStretch(1);
    setRacing(false);
    return m_controls;
}

void RaceView::setBaseConfig(const TrainingConfig &config)
{
    m_base = config;
}

QStringList RaceView::contenderNames() const
{
    QStringList names;
    for (const Contender &c : m_contenders) {
        names << c.name;
    }
    return names;
}

void RaceView::setContenderEnabled(const QString &name, bool enabled)
{
    if (Contender *c = find(name); c && !m_racing) {
        c->box->setChecked(enabled);
    }
}

TrainingConfig RaceView::configFor(const QString &name) const
{
    ModelOptions options = m_base.model.options;
    if (const Contender *c = find(name)) {
        options.cell = c->cell;
    }
    return contenderConfig(m_base, options);
}

const std::vector<TrainingStats> &RaceView::history(const QString &name) const
{
    static const std::vector<TrainingStats> none;
    const Contender *c = find(name);
    return c ? c->history : none;
}

QString RaceView::statusText() const
{
    return m_status->text();
}

RaceView::Contender *RaceView::find(const QString &name)
{
    const auto it = std::find_if(m_contenders.begin(), m_contenders.end(),
                                 [&name](const Contender &c) { return c.name == name; });
    return it == m_contenders.end() ? nullptr : &*it;
}

const RaceView::Contender *RaceView::find(const QString &name) const
{
    return const_cast<RaceView *>(this)->find(name);
}

bool RaceView::startRace()
{
    if (m_racing) {
        return false;
    }
    std::vector<Contender *> ticked;
    for (Contender &c : m_contenders) {
        if (c.box->isChecked()) {
            ticked.push_back(&c);
        }
    }
    if (ticked.empty()) {
        showStatus(tr("Tick at least one contender to start a race."));
        return false;
    }
    // All checked before any starts, so that a race never runs with part of its field.
    for (const Contender *c : ticked) {
        try {
            validateConfig(configFor(c->name));
        } catch (const std::exception &e) {
            showStatus(tr("Cannot start the race: %1").arg(sentence(localReason(e))));
            return false;
        }
    }

    m_lossChart->clear();
    m_accuracyChart->clear();
    m_byLengthChart->clear();
    QStringList names;
    for (Contender &c : m_contenders) {
        const bool in = c.box->isChecked();
        c.history.clear();
        c.outcome = in ? QString() : tr("not racing");
        c.running = false;
        m_lossChart->setSeriesVisible(c.loss, in);
        m_accuracyChart->setSeriesVisible(c.accuracy, in);
        m_byLengthChart->setSeriesVisible(c.byLength, in);
        showResult(c);
        if (in) {
            names << c.name;
        }
    }
    m_stopping = false;
    for (Contender *c : ticked) {
        // Forgets the last race's weights: every race starts from the seed's.
        c->controller->reset();
        c->running = c->controller->start(configFor(c->name));
    }
    // A controller refuses only when it is not idle, which no race leaves it; should one refuse
    // anyway, say so rather than wait for a race that never runs.
    if (std::none_of(ticked.begin(), ticked.end(), [](const Contender *c) { return c->running; })) {
        showStatus(tr("The race could not start."));
        return false;
    }
    setRacing(true);
    showStatus(tr("Racing %1 on identical batches (seed %2).")
                   .arg(names.join(QLatin1String(", ")))
                   .arg(m_base.seed));
    return true;
}

void RaceView::stopRace()
{
    if (!m_racing) {
        return;
    }
    m_stopping = true;
    for (Contender &c : m_contenders) {
        c.controller->stop();
    }
    showStatus(tr("Stopping…"));
}

void RaceView::setViewStyle(const ViewStyle &style)
{
    // The three charts share one theme, so one background.
    const QColor background = m_lossChart->backgroundColor();
    for (std::size_t i = 0; i < m_contenders.size(); ++i) {
        Contender &c = m_contenders[i];
        const LiveChart::SeriesStyle line = styleOf(i, style, background);
        m_lossChart->setSeriesStyle(c.rawLoss, line);
        m_lossChart->setSeriesStyle(c.loss, line);
        m_accuracyChart->setSeriesStyle(c.accuracy, line);
        m_byLengthChart->setSeriesStyle(c.byLength,
                                        styleOf(i, style, background, /*markers=*/true));
        c.box->setIcon(swatch(line, style, background));
    }
    for (LiveChart *chart : {m_lossChart, m_accuracyChart, m_byLengthChart}) {
        chart->setViewStyle(style);
    }
    QFont font = QWidget::font();
    font.setPointSizeF(kPanelPointSize * m_lossChart->fontScale());
    m_controls->setFont(font);
    m_status->setFont(font);
}

void RaceView::setLargeText(bool large)
{
    setViewStyle(large ? ViewStyle::largeText() : ViewStyle());
}

void RaceView::onProgress(Contender &c, const TrainingStats &stats)
{
    c.history.push_back(stats);
    const double step = static_cast<double>(stats.step);
    m_lossChart->addPoint(c.rawLoss, step, stats.loss);
    if (stats.evaluated) {
        m_accuracyChart->addPoint(c.accuracy, step, stats.testAccuracy);
        QList<QPointF> points;
        for (std::size_t i = 0; i < stats.accuracyByLength.size(); ++i) {
            points.append(QPointF(static_cast<double>(i + 1), stats.accuracyByLength[i]));
        }
        m_byLengthChart->setPoints(c.byLength, points);
        showResult(c);
    }
}

void RaceView::onFinished(Contender &c, const TrainingResult &result, const ModelSnapshot &weights)
{
    Q_EMIT contenderSnapshot(c.name, weights);
    // Short: the line beside the box shows the accuracy and the step already.
    switch (result.reason) {
    case StopReason::StepBudget:
    case StopReason::TimeBudget:
        contenderDone(c, tr("done"));
        break;
    case StopReason::TargetReached:
        contenderDone(c, tr("target reached"));
        break;
    case StopReason::Cancelled:
        contenderDone(c, tr("stopped"));
        break;
    case StopReason::Diverged:
        contenderDone(c, tr("diverged"));
        break;
    case StopReason::Plateau:
        contenderDone(c, tr("stopped rising"));
        break;
    }
}

void RaceView::onFailed(Contender &c, const QString &reason)
{
    contenderDone(c, tr("failed: %1").arg(reason));
}

void RaceView::contenderDone(Contender &c, const QString &outcome)
{
    c.running = false;
    c.outcome = outcome;
    showResult(c);
    const bool anyRunning = std::any_of(m_contenders.begin(), m_contenders.end(),
                                        [](const Contender &o) { return o.running; });
    if (m_racing && !anyRunning) {
        for (LiveChart *chart : {m_lossChart, m_accuracyChart, m_byLengthChart}) {
            chart->flush();
        }
        setRacing(false);
        showStatus(summary());
    }
}

void RaceView::setRacing(bool racing)
{
    for (Contender &c : m_contenders) {
        c.box->setEnabled(!racing);
    }
    m_startStop->setText(racing ? tr("Stop") : tr("Start race"));
    if (m_racing != racing) {
        m_racing = racing;
        Q_EMIT raceStateChanged(racing);
    }
}

void RaceView::showStatus(const QString &text)
{
    m_status->setText(text);
}

void RaceView::showResult(const Contender &c)
{
    QStringList parts;
    if (const TrainingStats *last = lastEvaluated(c.history)) {
        parts << percent(last->testAccuracy);
    }
    if (!c.history.empty()) {
        parts << tr("step %1").arg(c.history.back().step);
    }
    if (!c.outcome.isEmpty()) {
        parts << c.outcome;
    }
    c.result->setText(parts.join(QStringLiteral(" · ")));
}

QString RaceView::summary() const
{
    struct Entry
    {
        QString name;
        double accuracy;
    };
    std::vector<Entry> ranked;
    int testLength = 0;
    for (const Contender &c : m_contenders) {
        // The histories are this race's: startRace() cleared them all.
        if (const TrainingStats *last = lastEvaluated(c.history)) {
            ranked.push_back({c.name, last->testAccuracy});
            testLength = static_cast<int>(last->accuracyByLength.size());
        }
    }
    const QString how = m_stopping ? tr("Race stopped") : tr("Race over");
    if (ranked.empty()) {
        return how + tr(" before any test.");
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Entry &a, const Entry &b) { return a.accuracy > b.accuracy; });
    // Ties as the reader sees them: equal once rounded to the percentage shown.
    const QString best = percent(ranked.front().accuracy);
    QStringList leaders;
    QStringList rest;
    for (const Entry &e : ranked) {
        if (percent(e.accuracy) == best) {
            leaders << e.name;
        } else {
            rest << e.name + QLatin1Char(' ') + percent(e.accuracy);
        }
    }
    QString text = leaders.size() == 1
                       ? tr("%1: %2 leads with %3 after %n point(s)", nullptr, testLength)
                             .arg(how, leaders.front(), best)
                       : tr("%1: %2 tie with %3 after %n point(s)", nullptr, testLength)
                             .arg(how, leaders.join(QLatin1String(", ")), best);
    if (!rest.isEmpty()) {
        text += tr(", then %1").arg(rest.join(QLatin1String(", ")));
    }
    return text + QLatin1Char('.');
}

} // namespace curvelab
