#pragma once

#include <QObject>
#include <QStringList>
#include <functional>
#include <map>

namespace curvelab {

// Hides the controls a teacher chose while classroom mode is on, and shows them all again when it
// is off. The window registers how to hide each control (a dock, a tab, a setup section, actions)
// under its id from classroomControls(); this class only decides when.
class ClassroomMode : public QObject
{
    Q_OBJECT

public:
    using Hider = std::function<void(bool hidden)>;

    explicit ClassroomMode(QObject *parent = nullptr);

    void addControl(const QString &id, Hider hide);

    bool isActive() const { return m_active; }
    // The teacher's choice, kept whether or not the mode is on. Unknown ids are dropped.
    QStringList hiddenControls() const { return m_hidden; }
    bool isHidden(const QString &id) const { return m_active && m_hidden.contains(id); }

public Q_SLOTS:
    void setActive(bool active);
    void setHiddenControls(const QStringList &ids);
    void setControlHidden(const QString &id, bool hidden);
    // Hides and shows everything again as chosen: for after something else (leaving full screen,
    // restoring a window state) showed a control that is hidden.
    void apply();

Q_SIGNALS:
    void changed();

private:
    bool m_active = false;
    QStringList m_hidden;
    std::map<QString, std::vector<Hider>> m_hiders;
};

} // namespace curvelab
