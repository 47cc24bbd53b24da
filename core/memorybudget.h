#pragma once

#include "message.h"
#include "modelspec.h"
#include "trainingconfig.h"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace curvelab {

// Memory a run will need, estimated before anything is allocated: every size in the accepted
// ranges is legal on its own, but batch x length x hidden units can ask for tens of GB, and a
// machine that swaps or kills the process helps nobody. What will not fit is refused with the
// number it would need. The estimates follow what LibTorch's CPU kernels keep per point, measured
// here (docs/reliability.md), rounded up.

// What a run would need and what this machine has; what() says both, and what to change.
class ResourceError : public std::runtime_error, public WordedError
{
public:
    explicit ResourceError(Message message);
};

// Bytes the system could give this process now (MemAvailable); 0 when it cannot tell.
std::uint64_t availableMemoryBytes();

// Peak bytes of one training step of `config` (activations kept for the backward pass, the
// weights, their gradients and Adam's moments) plus its test set's forward pass.
std::uint64_t trainingBytes(const TrainingConfig &config);

// Peak bytes of one forward pass without gradients over `sequences` sequences of `length` points.
std::uint64_t inferenceBytes(const ModelSpec &spec, long sequences, long length);

// "13.2 GB", "640 MB": a size for people; bytesMessage() is the same for the app to write with
// the decimal mark of the user's language.
std::string formatBytes(std::uint64_t bytes);
Message bytesMessage(std::uint64_t bytes);

// Throws ResourceError when `needed` bytes exceed what this machine can give (with a margin for
// everything else the process holds). `what` names the work ("training this setup"), `advice`
// what to change ("fewer sequences per batch"): each a Message (a phrase translated too) or text.
void checkMemory(std::uint64_t needed, const MessageArgument &what, const MessageArgument &advice);

} // namespace curvelab
