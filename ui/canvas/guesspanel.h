#pragma once

#include "viewstyle.h"

#include <QLabel>
#include <QScrollArea>
#include <QString>
#include <QStringList>
#include <vector>

namespace curvelab {

class ProbabilityBars;
struct FamilyFit;
struct Prediction;
struct SequenceNote;

// Beside the canvas, what is said about the drawing: the network's guess in large type with a
// bar per family, least squares' verdict, which network answers, the race contenders' guesses
// and the notes on the drawing. It shows what the canvas tab hands it and decides nothing.
class GuessPanel : public QScrollArea
{
    Q_OBJECT

public:
    // One race contender's guess for the whole drawing.
    struct ContenderGuess
    {
        QString name;
        int family = -1;
        double probability = 0.0;
    };

    explicit GuessPanel(QWidget *parent = nullptr);

    // The families' names in family order; the panel is as wide as the widest name's guess.
    void setFamilyNames(const QStringList &names);
    // Text sizes, family colours and the states' and errors' colours (StatusColours); what is
    // shown keeps its colours until it is shown again.
    void setViewStyle(const ViewStyle &style);

    // A state rather than a guess ("No model yet"), at body size and without bars.
    void showNoGuess(const QString &state);
    void showGuess(const Prediction &last);
    // Fewer than three points, which every family fits exactly; none clears the verdict.
    void showLeastSquaresUndecided(int pointCount);
    // One fit per family, and the family least squares names.
    void showLeastSquares(const std::vector<FamilyFit> &fits, int verdict);
    void showOrigin(const QString &text);
    // The guesses of the contenders that know the drawing's families (none: an empty line).
    void showContenders(const std::vector<ContenderGuess> &guesses);
    // No race, or nothing drawn: no line at all.
    void clearContenders();
    // `error` (empty for none) in the error colour, then the notes.
    void showNotes(const QString &error, const std::vector<SequenceNote> &notes);

    ProbabilityBars &bars() { return *m_bars; }
    QString guessText() const { return m_guess->text(); }
    // The guess, or the state shown instead, in plain words to be said aloud: "line 87.5%".
    QString spokenGuess() const { return m_spoken; }
    QString leastSquaresText() const { return m_leastSquares->text(); }
    QString originText() const { return m_origin->text(); }
    QString contendersText() const { return m_contenders->text(); }
    QString notesText() const { return m_notes->text(); }

private:
    void scaleGuess();
    void fitWidth();
    void setSpokenGuess(const QString &text);
    // `text` in the colour of `family`, legible on this panel in high contrast.
    QString inFamilyColour(const QString &text, int family) const;

    QStringList m_names;
    QString m_spoken;
    ViewStyle m_style;
    QWidget *m_column = nullptr; // the panel's content, scrolled
    QLabel *m_guess = nullptr;
    ProbabilityBars *m_bars = nullptr;
    QLabel *m_leastSquares = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_contenders = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace curvelab
