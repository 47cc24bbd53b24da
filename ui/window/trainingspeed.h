#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QLabel;
class QSlider;
QT_END_NAMESPACE

namespace curvelab {

// The speed slider: training slowed down so that a class can follow each step, from full speed
// to about one batch a second. The window puts the slider and its label on the toolbar.
class TrainingSpeed : public QObject
{
    Q_OBJECT

public:
    explicit TrainingSpeed(QObject *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    // The speed's name, beside the slider.
    QLabel *label() const { return m_label; }
    // 0 is full speed; each level pauses longer after a batch.
    int level() const;
    void setLevel(int level);

Q_SIGNALS:
    // Milliseconds to pause after each batch.
    void stepDelayChanged(int milliseconds);

private:
    void showName();

    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace curvelab
