#pragma once

#include <QString>
#include <optional>

namespace curvelab::cli {

// Where a training run stands, as the progress line shows it.
struct ProgressState
{
    long step = 0;
    long maxSteps = 0; // 0: no step budget
    double elapsedSeconds = 0.0;
    double maxSeconds = 0.0;     // 0: no time budget
    double targetAccuracy = 0.0; // 0: no target
    double testAccuracy = -1.0;  // -1: not measured yet
    double loss = 0.0;
    double sequencesPerSecond = 0.0;
};

// Share of the run done, in [0, 1], by whichever budget ends it first; none when only a target
// accuracy can end it.
std::optional<double> progressFraction(const ProgressState &state);

// Seconds until the first budget ends the run; none without a budget or before the speed is known.
std::optional<double> secondsLeft(const ProgressState &state);

// The line for `state` in a terminal `columns` wide: at most columns - 1 characters, since
// writing the last column makes some terminals wrap. When it is narrow the bar shrinks, then the
// least useful parts go (speed, loss, target, time spent, bar, time left, steps, accuracy); what
// still does not fit is cut.
QString progressLineText(const ProgressState &state, int columns);

// One line redrawn in place with '\r', throttled so that a fast run does not flood the terminal.
class ProgressLine
{
public:
    // Seconds between redraws at most: ten a second look live and cost nothing.
    static constexpr double kRedrawInterval = 0.1;

    // What to write to show `state` at `nowSeconds` (any steady clock): empty when the last
    // redraw is more recent than kRedrawInterval.
    QString update(const ProgressState &state, int columns, double nowSeconds);
    // The last redraw, whatever the time, and the newline that ends the line.
    QString finish(const ProgressState &state, int columns);

private:
    QString redraw(const ProgressState &state, int columns);

    std::optional<double> m_lastDraw;
    int m_lastLength = 0;
};

// Columns of the terminal on file descriptor `fd`: what the terminal says (TIOCGWINSZ), else
// $COLUMNS, else 80.
int terminalColumns(int fd);

} // namespace curvelab::cli
