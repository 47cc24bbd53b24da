#include "guesspanel.h"

#include "corewording.h"
#include "formfields.h"
#include "guesstext.h"
#include "leastsquaresbaseline.h"
#include "predictor.h"
#include "probabilitybars.h"
#include "sequencenotes.h"
#include "statuscolours.h"

#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// Point size of the guess: readable from the back of a room, larger still with large text.
constexpr int kGuessPointSize = 24;
// Point size of what the guess line says while there is no guess, at font scale 1.
constexpr double kBodyPointSize = 12.0;
// Pixels beyond the guess's own width, so a wider name does not clip at once.
constexpr int kGuessSlack = 24;

// A state rather than a guess: said at body size and in a muted colour, so that it does not read
// as an answer.
QString muted(const QString &text, const ViewStyle &style, const QColor &color)
{
    return QString("<span style=\"font-size:%1pt; color:%2\">%3</span>")
        .arg(kBodyPointSize * style.fontScale)
        .arg(color.name(), text.toHtmlEscaped());
}

QLabel *richLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

GuessPanel::GuessPanel(QWidget *parent) : QScrollArea(parent)
{
    m_column = new QWidget;
    auto *column = new QVBoxLayout(m_column);
    auto *heading = plainLabel(tr("The network's guess"));
    m_guess = new QLabel;
    m_guess->setObjectName(QStringLiteral("canvasGuess"));
    m_guess->setTextFormat(Qt::RichText);
    // The guess changes with every point; its width must not move the splitter each time.
    m_guess->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bars = new ProbabilityBars;
    m_origin = plainLabel();
    m_origin->setWordWrap(true);
    m_leastSquares = richLabel();
    m_notes = richLabel();
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    column->addWidget(heading);
    column->addWidget(m_guess);
    column->addWidget(m_bars);
    column->addWidget(m_leastSquares);
    column->addWidget(m_origin);
    m_contenders = richLabel();
    column->addWidget(m_contenders);
    column->addWidget(m_notes, 1);
    // Scrolled rather than squeezed or grown: where the window is short (large text on a
    // 720-pixel projector, several race contenders below the guess) the guess and its bars keep
    // their size and the window stays on the screen.
    setWidget(m_column);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scaleGuess();
}

void GuessPanel::setFamilyNames(const QStringList &names)
{
    m_names = names;
    fitWidth();
}

void GuessPanel::setViewStyle(const ViewStyle &style)
{
    m_style = style;
    m_bars->setViewStyle(m_style);
    scaleGuess();
}

void GuessPanel::scaleGuess()
{
    QFont font = m_guess->font();
    font.setPointSizeF(kGuessPointSize * m_style.fontScale);
    m_guess->setFont(font);
    fitWidth();
}

// Room for the longest family's name and "100.0%" at the guess's size, and no more: the canvas
// gets the rest.
void GuessPanel::fitWidth()
{
    QFont bold = m_guess->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString &name : m_names) {
        widest = std::max(widest, metrics.horizontalAdvance(name + QStringLiteral(" 100.0%")));
    }
    const int width = widest + 2 * m_column->layout()->contentsMargins().left() + kGuessSlack;
    m_column->setMinimumWidth(width);
    setMinimumWidth(width + verticalScrollBar()->sizeHint().width());
}

QString GuessPanel::inFamilyColour(const QString &text, int family) const
{
    return inColour(text,
                    StatusColours::of(m_style, *this).coloredText(m_style.familyColor(family)));
}

void GuessPanel::showNoGuess(const QString &state)
{
    m_bars->clear();
    m_guess->setText(muted(state, m_style, StatusColours::of(m_style, *this).mutedText()));
    setSpokenGuess(state);
}

void GuessPanel::showGuess(const Prediction &last)
{
    m_bars->setProbabilities(m_names, last.probabilities);
    m_guess->setText(QString("<b>%1</b> %2")
                         .arg(inFamilyColour(m_names.value(last.guess), last.guess),
                              percentText(last.probabilities[last.guess])));
    setSpokenGuess(QString("%1 %2").arg(m_names.value(last.guess),
                                        percentText(last.probabilities[last.guess])));
}

// The label's accessible name is the guess without its markup, so a screen reader reads it as
// it is shown.
void GuessPanel::setSpokenGuess(const QString &text)
{
    m_spoken = text;
    m_guess->setAccessibleName(text);
}

void GuessPanel::showLeastSquaresUndecided(int pointCount)
{
    m_leastSquares->setText(
        pointCount == 0
            ? QString()
            : tr("Least squares: any family fits %n point(s) exactly", nullptr, pointCount));
}

void GuessPanel::showLeastSquares(const std::vector<FamilyFit> &fits, int verdict)
{
    QStringList residuals;
    for (std::size_t i = 0; i < fits.size(); ++i) {
        const double residual = fits[i].residual;
        const QString text = std::isfinite(residual) ? compactNumber(residual) : tr("undefined");
        const int family = static_cast<int>(i);
        residuals << inFamilyColour(QString("%1 %2").arg(m_names.value(family), text), family);
    }
    m_leastSquares->setText(
        tr("Least squares: <b>%1</b><br><small>rms residual: %2</small>")
            .arg(inFamilyColour(m_names.value(verdict), verdict), residuals.join(", ")));
}

void GuessPanel::showOrigin(const QString &text)
{
    m_origin->setText(text);
}

void GuessPanel::showContenders(const std::vector<ContenderGuess> &guesses)
{
    QStringList lines;
    for (const ContenderGuess &guess : guesses) {
        lines << QString("%1: %2").arg(
            guess.name.toHtmlEscaped(),
            inFamilyColour(
                QString("%1 %2").arg(m_names.value(guess.family), percentText(guess.probability)),
                guess.family));
    }
    m_contenders->setText(lines.isEmpty() ? QString()
                                          : tr("Race contenders:<br>") + lines.join("<br>"));
}

void GuessPanel::clearContenders()
{
    m_contenders->clear();
}

void GuessPanel::showNotes(const QString &error, const std::vector<SequenceNote> &notes)
{
    QStringList lines;
    if (!error.isEmpty()) {
        lines << QString("<span style=\"color:%1\">%2</span>")
                     .arg(StatusColours::of(m_style, *this).text(Status::Error).name(),
                          error.toHtmlEscaped());
    }
    for (const SequenceNote &note : notes) {
        const QString text = localText(note.message).toHtmlEscaped();
        lines << (note.kind == SequenceNote::Kind::Warning ? "⚠ " + text : text);
    }
    m_notes->setText(lines.join("<br><br>"));
}

} // namespace curvelab
