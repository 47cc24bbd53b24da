#include "readynetwork.h"

#include "modelfile.h"
#include "translatable.h"

#include <cstddef>
#include <string>

// resources/ready-network.clm, compiled in by scripts/embed-file.cmake.
extern const unsigned char kReadyNetworkBytes[];
extern const std::size_t kReadyNetworkBytes_size;

namespace curvelab {

const ModelSnapshot &readyNetwork()
{
    // Decoded once, on first use: the canvas and the CLI ask for it again and again.
    static const ModelSnapshot network = deserializeModel(
        std::string(reinterpret_cast<const char *>(kReadyNetworkBytes), kReadyNetworkBytes_size));
    return network;
}

const char *readyNetworkDescription()
{
    return CURVELAB_TRANSLATABLE("curvelab::readynetwork",
                                 "trained on curves drawn and measured at any scale");
}

} // namespace curvelab
