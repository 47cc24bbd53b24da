#pragma once

#include "metatypes.h"
#include "modelspec.h"
#include "trainingconfig.h"
#include "trainingstats.h"
#include "viewstyle.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace curvelab {

class LiveChart;
class TrainingController;

// The "Race" tab: an LSTM, a GRU, a plain RNN and the memoryless MLP train side by side, each
// with its own TrainingController (so its own worker thread, and the window stays responsive),
// and their loss, test accuracy and accuracy against points seen are overlaid, one line style
// per contender.
//
// Every contender trains with the base config (the setup panel's) with only its cell changed;
// the MLP reads the base's window. Trainer draws its weights and every batch from config.seed
// alone, so identical configs mean identical batches: what differs between the lines is the
// architecture, as in ArchitectureRace. The base's target accuracy does not apply (core's
// contenderConfig(), the rule of both races); a time budget gives every contender the same wall
// time.
class RaceView : public QWidget
{
    Q_OBJECT

public:
    explicit RaceView(QWidget *parent = nullptr);
    // Cancels every running worker at once, then joins them one by one (each within a batch).
    ~RaceView() override;

    // The config every contender starts from; takes effect at the next startRace().
    void setBaseConfig(const TrainingConfig &config);
    const TrainingConfig &baseConfig() const { return m_base; }

    // "lstm", "gru", "rnn", "mlp": the names of contenderSnapshot() and of the charts' legends.
    QStringList contenderNames() const;
    // Ticks or unticks a contender's box; ignored for an unknown name or during a race.
    void setContenderEnabled(const QString &name, bool enabled);
    // What the contender trains with: core's contenderConfig() of the base config with the
    // contender's cell (no target accuracy: contenders stop at the step or time budget, or Stop).
    TrainingConfig configFor(const QString &name) const;
    // The progress reports of the contender's current or last race, in step order; empty for an
    // unknown name.
    const std::vector<TrainingStats> &history(const QString &name) const;

    bool isRacing() const { return m_racing; }
    // The status line: what the race is doing, how it ended or why it did not start.
    QString statusText() const;

    // Text sizes and line widths of the charts, the status line and the contender panel; in high
    // contrast the contenders' lines stand out from the charts, their swatches too.
    void setViewStyle(const ViewStyle &style);

    QSize sizeHint() const override { return {1100, 700}; }

public Q_SLOTS:
    // Starts every ticked contender afresh (never from an earlier race's weights) and clears the
    // charts. False, with the reason in the status line, during a race, when nothing is ticked or
    // when a ticked contender's config is invalid; then nothing starts.
    bool startRace();
    // Cancels every contender; each stops within a batch, and the race is over (raceStateChanged
    // (false)) once all have reported their final weights.
    void stopRace();
    void setLargeText(bool large);

Q_SIGNALS:
    // Weights of one contender between batches and at its end, for the canvas to show every
    // contender's guess.
    void contenderSnapshot(const QString &name, const curvelab::ModelSnapshot &weights);
    void raceStateChanged(bool racing);

private:
    struct Contender
    {
        CellType cell = CellType::Lstm;
        QString name;
        QCheckBox *box = nullptr;
        QLabel *result = nullptr;
        std::unique_ptr<TrainingController> controller;
        int rawLoss = -1; // hidden: the source of the smoothed loss line
        int loss = -1;
        int accuracy = -1;
        int byLength = -1;
        std::vector<TrainingStats> history;
        bool running = false; // started in this race and not yet finished
        QString outcome;      // how its race ended; empty while it runs
    };

    void buildCharts();
    QWidget *buildControls();
    void addContender(CellType cell);
    Contender *find(const QString &name);
    const Contender *find(const QString &name) const;

    void onProgress(Contender &c, const TrainingStats &stats);
    void onFinished(Contender &c, const TrainingResult &result, const ModelSnapshot &weights);
    void onFailed(Contender &c, const QString &reason);
    void contenderDone(Contender &c, const QString &outcome);
    void setRacing(bool racing);
    void showStatus(const QString &text);
    void showResult(const Contender &c);
    QString summary() const;

    TrainingConfig m_base;
    // Fixed at construction: the charts' series and the check boxes follow this order.
    std::vector<Contender> m_contenders;
    bool m_racing = false;
    bool m_stopping = false;

    LiveChart *m_lossChart = nullptr;
    LiveChart *m_accuracyChart = nullptr;
    LiveChart *m_byLengthChart = nullptr;
    QWidget *m_controls = nullptr; // the boxes, their results and the button
    QPushButton *m_startStop = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace curvelab
