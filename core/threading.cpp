#include "threading.h"

#include <dlfcn.h>
#include <torch/torch.h>

namespace curvelab {

void setComputeThreads(int threads)
{
    const int n = threads > 0 ? threads : 1;
    torch::set_num_threads(n);
    // OpenBLAS keeps its own pool; reach it only if the BLAS behind libtorch is OpenBLAS.
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) {
        set(n);
    }
}

} // namespace curvelab
