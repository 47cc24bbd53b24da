#include "momentslider.h"

#include "formfields.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <algorithm>

namespace curvelab {

namespace {

// Pixels between the slider's step and the widgets that share its row.
constexpr int kGapBeside = 12;

} // namespace

MomentSlider::MomentSlider(QWidget *parent) : QWidget(parent)
{
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setToolTip(tr("Drag to see what the network thought of this drawing earlier in "
                            "training; the right end follows training live"));
    m_label = plainLabel();
    // The label's text is the slider's name for a screen reader.
    QLabel *name = plainLabel(tr("Moment in training"));
    name->setBuddy(m_slider);
    m_row->addWidget(name);
    m_row->addWidget(m_slider, 1);
    m_row->addWidget(m_label);
    connect(m_slider, &QSlider::valueChanged, this, &MomentSlider::onValueChanged);
    updateSlider();
}

void MomentSlider::addBeside(const QList<QWidget *> &widgets)
{
    m_row->addSpacing(kGapBeside);
    for (QWidget *widget : widgets) {
        m_row->addWidget(widget);
    }
}

void MomentSlider::offer(const ModelSnapshot &snapshot)
{
    m_history.offer(snapshot);
    updateSlider();
}

void MomentSlider::clear()
{
    m_history.clear();
    m_pickedStep = -1;
    updateSlider();
}

void MomentSlider::pick(int index)
{
    m_slider->setValue(index);
}

void MomentSlider::updateSlider()
{
    const int last = count() - 1;
    const QSignalBlocker blocker(m_slider);
    m_slider->setEnabled(last > 0);
    m_slider->setRange(0, std::max(last, 0));
    if (isLive() || m_history.empty()) {
        m_slider->setValue(m_slider->maximum());
    } else {
        // Thinning renumbers the kept moments: stay on the step that was picked.
        m_slider->setValue(static_cast<int>(m_history.nearest(m_pickedStep)));
    }
    showStep();
}

void MomentSlider::onValueChanged(int index)
{
    if (m_history.empty()) {
        return;
    }
    const ModelSnapshot &moment = m_history.at(static_cast<std::size_t>(index));
    m_pickedStep = index >= m_slider->maximum() ? -1 : moment.step;
    Q_EMIT picked(moment);
    showStep();
}

void MomentSlider::showStep()
{
    if (m_history.empty()) {
        m_label->setText(tr("no moments yet"));
        return;
    }
    const long newest = m_history.at(m_history.size() - 1).step;
    m_label->setText(isLive() ? tr("live (step %1)").arg(newest)
                              : tr("step %1 of %2").arg(m_pickedStep).arg(newest));
}

} // namespace curvelab
