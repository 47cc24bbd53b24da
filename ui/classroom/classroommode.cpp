#include "classroommode.h"

#include "classroomcontrols.h"

namespace curvelab {

ClassroomMode::ClassroomMode(QObject *parent) : QObject(parent) {}

void ClassroomMode::addControl(const QString &id, Hider hide)
{
    Q_ASSERT(isClassroomControl(id));
    hide(isHidden(id));
    m_hiders[id].push_back(std::move(hide));
}

void ClassroomMode::setActive(bool active)
{
    if (active != m_active) {
        m_active = active;
        apply();
    }
}

void ClassroomMode::setHiddenControls(const QStringList &ids)
{
    QStringList known;
    // In classroomControls()' order, so that saving a lesson twice writes the same file.
    for (const ClassroomControl &c : classroomControls()) {
        if (ids.contains(c.id)) {
            known << c.id;
        }
    }
    if (known != m_hidden) {
        m_hidden = known;
        apply();
    }
}

void ClassroomMode::setControlHidden(const QString &id, bool hidden)
{
    QStringList ids = m_hidden;
    ids.removeAll(id);
    if (hidden) {
        ids << id;
    }
    setHiddenControls(ids);
}

void ClassroomMode::apply()
{
    for (const auto &[id, hiders] : m_hiders) {
        for (const Hider &hide : hiders) {
            hide(isHidden(id));
        }
    }
    Q_EMIT changed();
}

} // namespace curvelab
