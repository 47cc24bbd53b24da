#pragma once

#include "lesson.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace curvelab {

// Where a teacher writes a lesson's story: its title and its steps, each with a title, the text
// shown beside the app, the tab it opens and, if wanted, the points it puts on the canvas (taken
// from the canvas as it is when the teacher asks).
class LessonEditor : public QDialog
{
    Q_OBJECT

public:
    // `canvasPoints`: what "Use the canvas's points" gives a step.
    LessonEditor(const QString &title, const std::vector<LessonStep> &steps,
                 const PointSequence &canvasPoints, QWidget *parent = nullptr);

    QString title() const;
    const std::vector<LessonStep> &steps() const { return m_steps; }

    // The editing a user does, for tests and for the buttons.
    void addStep();
    void removeStep();
    void moveStep(int by);
    void selectStep(int index);
    void useCanvasPoints();
    void clearPoints();

private:
    void buildList(QWidget *parent);
    void refreshList();
    void showSelected();
    void storeSelected();
    LessonStep *selected();

    std::vector<LessonStep> m_steps;
    PointSequence m_canvasPoints;
    int m_selected = -1;
    bool m_showing = false; // set while the editors are filled, so they do not write back

    QLineEdit *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_stepTitle = nullptr;
    QComboBox *m_view = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_points = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_stepEditors = nullptr;
};

} // namespace curvelab
