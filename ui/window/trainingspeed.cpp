#include "trainingspeed.h"

#include "formfields.h"

#include <QLabel>
#include <QSlider>
#include <array>

namespace curvelab {

namespace {

// Pauses after each batch, from full speed to about one batch a second, slow enough for a class
// to watch the charts move.
constexpr std::array<int, 5> kStepDelaysMs = {0, 10, 50, 200, 1000};
const std::array<const char *, 5> kSpeedNames = {
    QT_TRANSLATE_NOOP("curvelab::TrainingSpeed", "full speed"),
    QT_TRANSLATE_NOOP("curvelab::TrainingSpeed", "fast"),
    QT_TRANSLATE_NOOP("curvelab::TrainingSpeed", "medium"),
    QT_TRANSLATE_NOOP("curvelab::TrainingSpeed", "slow"),
    QT_TRANSLATE_NOOP("curvelab::TrainingSpeed", "one batch a second")};

} // namespace

TrainingSpeed::TrainingSpeed(QObject *parent) : QObject(parent)
{
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setRange(0, static_cast<int>(kStepDelaysMs.size()) - 1);
    m_slider->setInvertedAppearance(true);
    m_slider->setMaximumWidth(160);
    m_slider->setAccessibleName(tr("Training speed"));
    m_slider->setToolTip(tr("Slow training down so that a class can follow each step; full "
                            "speed on the right"));
    m_label = plainLabel();
    m_label->setMinimumWidth(140);
    connect(m_slider, &QSlider::valueChanged, this, [this](int level) {
        Q_EMIT stepDelayChanged(kStepDelaysMs[static_cast<std::size_t>(level)]);
        showName();
    });
}

int TrainingSpeed::level() const
{
    return m_slider->value();
}

void TrainingSpeed::setLevel(int level)
{
    m_slider->setValue(level);
    showName(); // also when the level was already this one, and the slider said nothing
}

void TrainingSpeed::showName()
{
    m_label->setText(QString(" ") + tr(kSpeedNames[static_cast<std::size_t>(level())]));
}

} // namespace curvelab
