#pragma once

namespace curvelab {

// Sets LibTorch's intra-op threads and OpenBLAS's own pool (torch::set_num_threads does not
// govern OpenBLAS in Debian's build), and keeps freed memory in the heap so that training steps do
// not page-fault their buffers afresh. Call in main() before any tensor work and again at the top
// of a worker thread. 0 means the default: one thread, measured fastest on 2 cores whenever
// anything else (a GUI thread) wants a core (docs/benchmarks.md).
void setComputeThreads(int threads = 0);

} // namespace curvelab
