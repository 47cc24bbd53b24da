#pragma once

#include <mutex>

namespace curvelab {

// Makes Qt's cross-thread hand-offs visible to ThreadSanitizer. Qt posts a queued call or signal
// under its own mutexes, which live in the uninstrumented Qt libraries, so TSan cannot see that
// the receiver runs after the sender: it would report every argument copied into the event as a
// race. A sender holds a HandoffSend while it posts; the receiving slot calls receiveHandoff()
// first. Both take the same std::mutex, which TSan sees, so the ordering Qt already guarantees
// becomes visible. Outside TSan it costs an uncontended lock per hand-off: a few per batch.
class HandoffSend
{
public:
    HandoffSend();

private:
    // Recursive: a direct (same-thread) connection would re-enter receiveHandoff() while the
    // sender still holds it.
    std::lock_guard<std::recursive_mutex> m_lock;
};

void receiveHandoff();

} // namespace curvelab
