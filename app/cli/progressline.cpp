#include "progressline.h"

#include <QStringList>
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <sys/ioctl.h>
#include <vector>

namespace curvelab::cli {

namespace {

// Characters inside the bar's brackets: a quarter of the terminal, within these bounds. The
// width follows the terminal, not the text beside it, so that the bar keeps its length while
// numbers grow; it shrinks only when the line would not fit, and below kBarMin it goes.
constexpr int kBarMax = 30;
constexpr int kBarMin = 10;
constexpr int kBarShareOfColumns = 4;
// How readily each part of the line goes when the line is too long: the last first. The time
// spent goes before the bar, since the percentage and the time left say it too.
enum DropOrder
{
    PercentDrop,
    AccuracyDrop,
    StepsDrop,
    TimeLeftDrop,
    BarDrop,
    ClockDrop,
    TargetDrop,
    LossDrop,
    SpeedDrop
};
// Between two parts of the line.
const QString kGap = "  ";
// A terminal that says nothing of its width is taken to be this wide.
constexpr int kDefaultColumns = 80;

struct Part
{
    QString text;
    DropOrder dropOrder = PercentDrop;
    bool isBar = false;
};

QString clockText(double seconds)
{
    const long total = std::lround(std::max(seconds, 0.0));
    const long h = total / 3600;
    const long m = total / 60 % 60;
    const long s = total % 60;
    if (h > 0) {
        return QString("%1:%2:%3").arg(h).arg(m, 2, 10, QChar('0')).arg(s, 2, 10, QChar('0'));
    }
    return QString("%1:%2").arg(m).arg(s, 2, 10, QChar('0'));
}

QString barText(double fraction, int inner)
{
    const int filled = std::clamp(static_cast<int>(std::lround(fraction * inner)), 0, inner);
    return '[' + QString(filled, '#') + QString(inner - filled, '-') + ']';
}

std::vector<Part> parts(const ProgressState &s)
{
    const std::optional<double> fraction = progressFraction(s);
    std::vector<Part> result;
    if (fraction) {
        result.push_back({{}, BarDrop, /*isBar=*/true});
        result.push_back({QString("%1%").arg(static_cast<int>(100 * *fraction), 3), PercentDrop});
    }
    if (s.maxSteps > 0) {
        // The count padded to the total's width, so that the parts after it keep their place.
        const QString total = QString::number(s.maxSteps);
        result.push_back({QString("step %1/%2").arg(s.step, total.size()).arg(total), StepsDrop});
    } else {
        result.push_back({QString("step %1").arg(s.step), StepsDrop});
    }
    if (s.maxSeconds > 0) {
        result.push_back({clockText(s.elapsedSeconds) + '/' + clockText(s.maxSeconds), ClockDrop});
    } else if (!fraction) {
        result.push_back({clockText(s.elapsedSeconds), ClockDrop});
    }
    result.push_back({s.testAccuracy < 0 ? QString("acc     -")
                                         : QString("acc %1%").arg(100 * s.testAccuracy, 5, 'f', 1),
                      AccuracyDrop});
    if (s.targetAccuracy > 0) {
        result.push_back(
            {QString("target %1%").arg(100 * s.targetAccuracy, 0, 'g', 4), TargetDrop});
    }
    if (const std::optional<double> left = secondsLeft(s)) {
        result.push_back({clockText(*left) + " left", TimeLeftDrop});
    }
    result.push_back({QString("loss %1").arg(s.loss, 0, 'f', 4), LossDrop});
    result.push_back({QString("%1 seq/s").arg(s.sequencesPerSecond, 0, 'f', 0), SpeedDrop});
    return result;
}

} // namespace

std::optional<double> progressFraction(const ProgressState &s)
{
    if (s.maxSteps <= 0 && s.maxSeconds <= 0) {
        return std::nullopt;
    }
    double f = 0.0;
    if (s.maxSteps > 0) {
        f = std::max(f, static_cast<double>(s.step) / s.maxSteps);
    }
    if (s.maxSeconds > 0) {
        f = std::max(f, s.elapsedSeconds / s.maxSeconds);
    }
    return std::clamp(f, 0.0, 1.0);
}

std::optional<double> secondsLeft(const ProgressState &s)
{
    std::optional<double> left;
    if (s.maxSteps > 0 && s.step > 0 && s.elapsedSeconds > 0) {
        const double perStep = s.elapsedSeconds / static_cast<double>(s.step);
        left = perStep * static_cast<double>(std::max(s.maxSteps - s.step, 0L));
    }
    if (s.maxSeconds > 0) {
        const double byTime = std::max(s.maxSeconds - s.elapsedSeconds, 0.0);
        left = left ? std::min(*left, byTime) : byTime;
    }
    return left;
}

QString progressLineText(const ProgressState &state, int columns)
{
    const int budget = std::max(columns - 1, 0);
    const int barWidth = std::clamp(budget / kBarShareOfColumns, kBarMin, kBarMax);
    std::vector<Part> kept = parts(state);
    while (!kept.empty()) {
        int fixed = kGap.size() * (static_cast<int>(kept.size()) - 1);
        bool hasBar = false;
        bool lessUsefulThanBar = false;
        for (const Part &p : kept) {
            fixed += p.text.size();
            hasBar = hasBar || p.isBar;
            lessUsefulThanBar = lessUsefulThanBar || p.dropOrder > BarDrop;
        }
        // The bar keeps its width while less useful parts can go; then it shrinks, then it goes.
        const int barRoom = budget - fixed - 2; // the brackets
        if (hasBar ? barRoom >= (lessUsefulThanBar ? barWidth : kBarMin) : fixed <= budget) {
            QStringList texts;
            for (const Part &p : kept) {
                texts << (p.isBar ? barText(*progressFraction(state), std::min(barRoom, barWidth))
                                  : p.text);
            }
            return texts.join(kGap);
        }
        if (kept.size() == 1) {
            return kept.front().text.left(budget); // a terminal too narrow for anything whole
        }
        kept.erase(std::max_element(kept.begin(), kept.end(), [](const Part &a, const Part &b) {
            return a.dropOrder < b.dropOrder;
        }));
    }
    return {};
}

QString ProgressLine::update(const ProgressState &state, int columns, double nowSeconds)
{
    if (m_lastDraw && nowSeconds - *m_lastDraw < kRedrawInterval) {
        return {};
    }
    m_lastDraw = nowSeconds;
    return redraw(state, columns);
}

QString ProgressLine::finish(const ProgressState &state, int columns)
{
    return redraw(state, columns) + '\n';
}

QString ProgressLine::redraw(const ProgressState &state, int columns)
{
    const QString text = progressLineText(state, columns);
    // Spaces over what is left of a longer line before, but never into the last column.
    const int cover = std::min(m_lastLength, std::max(columns - 1, 0));
    m_lastLength = text.size();
    return '\r' + text + QString(std::max(cover - static_cast<int>(text.size()), 0), ' ');
}

int terminalColumns(int fd)
{
    winsize size{};
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : kDefaultColumns;
}

} // namespace curvelab::cli
