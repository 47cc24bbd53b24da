#pragma once

#include "metatypes.h"
#include "modelspec.h"
#include "snapshothistory.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QSlider;

namespace curvelab {

// Time travel over the weights seen while training: a slider over the moments kept (a bounded
// SnapshotHistory) and the step it stands at. At its right end the canvas follows training live;
// anywhere else it shows what the network thought then.
class MomentSlider : public QWidget
{
    Q_OBJECT

public:
    explicit MomentSlider(QWidget *parent = nullptr);

    // Widgets that share the row after a gap; the slider gives way to them.
    void addBeside(const QList<QWidget *> &widgets);

    // Keeps `snapshot` as the newest moment; only weights that classify may enter.
    void offer(const ModelSnapshot &snapshot);
    // Forgets every moment and follows training live again.
    void clear();
    // Moment 0 is the oldest kept, count() - 1 the newest, which is "live".
    int count() const { return static_cast<int>(m_history.size()); }
    void pick(int index);
    bool isLive() const { return m_pickedStep < 0; }

Q_SIGNALS:
    // A moment was picked (by the person or by pick()): the weights to classify with.
    void picked(const ModelSnapshot &snapshot);

private:
    void updateSlider();
    void onValueChanged(int index);
    void showStep();

    QHBoxLayout *m_row = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
    SnapshotHistory m_history;
    long m_pickedStep = -1; // the step of the moment picked; -1 follows training live
};

} // namespace curvelab
