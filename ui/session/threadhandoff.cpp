#include "threadhandoff.h"

namespace curvelab {

namespace {

std::recursive_mutex &handoffMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

} // namespace

HandoffSend::HandoffSend() : m_lock(handoffMutex()) {}

void receiveHandoff()
{
    const std::lock_guard<std::recursive_mutex> lock(handoffMutex());
}

} // namespace curvelab
