#include "threading.h"

#include <dlfcn.h>
#include <malloc.h>
#include <torch/torch.h>

namespace curvelab {

namespace {

// glibc hands blocks above 128 KiB straight back to the system when they are freed, so every
// training step mapped and page-faulted its ~1 MiB activation buffers afresh: measured here, that
// halved the fused LSTM's throughput (docs/benchmarks.md). Keeping freed memory in the heap costs
// at most these bounds.
constexpr int kMmapThreshold = 64 << 20;
constexpr int kTrimThreshold = 256 << 20;

void keepFreedMemory()
{
    mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
}

} // namespace

void setComputeThreads(int threads)
{
    keepFreedMemory();
    const int n = threads > 0 ? threads : 1;
    torch::set_num_threads(n);
    // OpenBLAS keeps its own pool; reach it only if the BLAS behind libtorch is OpenBLAS.
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) {
        set(n);
    }
}

} // namespace curvelab
