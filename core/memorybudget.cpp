#include "memorybudget.h"

#include "featureencoder.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <locale>
#include <sstream>
#include <unistd.h>

namespace curvelab {

namespace {

constexpr std::uint64_t kFloatBytes = 4;

// Floats a layer keeps per point and sequence, for each hidden unit. Training keeps every gate's
// input and output for the backward pass: measured 12.4 per unit for the LSTM (batch 256-512,
// length 128-256, hidden 64-128); 16 leaves room. Inference keeps one step's gates and the
// outputs.
double trainingFloatsPerUnit(CellType cell)
{
    switch (cell) {
    case CellType::Lstm:
        return 16.0;
    case CellType::Gru:
        return 14.0;
    case CellType::Rnn:
        return 6.0;
    case CellType::Mlp:
        return 6.0;
    }
    return 16.0;
}

double inferenceFloatsPerUnit(CellType cell)
{
    return cell == CellType::Lstm ? 6.0 : cell == CellType::Gru ? 5.0 : 3.0;
}

// The features of one point, as encoded and as the tensor the network reads; the MLP reads a
// window of them.
double featureFloats(const ModelSpec &spec)
{
    const double features = FeatureEncoder::featureCount(spec.preprocessing, spec.families);
    const double window = spec.options.cell == CellType::Mlp ? spec.options.window : 1.0;
    return 2.0 * features * window;
}

std::uint64_t toBytes(double floats)
{
    const double bytes = floats * kFloatBytes;
    return bytes >= 1.8e19 ? UINT64_MAX : static_cast<std::uint64_t>(bytes);
}

} // namespace

std::uint64_t availableMemoryBytes()
{
    std::ifstream meminfo("/proc/meminfo");
    std::string line;
    while (std::getline(meminfo, line)) {
        unsigned long long kib = 0;
        if (std::sscanf(line.c_str(), "MemAvailable: %llu kB", &kib) == 1) {
            return static_cast<std::uint64_t>(kib) * 1024;
        }
    }
    const long pages = ::sysconf(_SC_AVPHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0
               ? static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize)
               : 0;
}

std::uint64_t inferenceBytes(const ModelSpec &spec, long sequences, long length)
{
    const double points = static_cast<double>(sequences) * static_cast<double>(length);
    const double perPoint =
        featureFloats(spec) +
        spec.options.layers * spec.options.hiddenSize * inferenceFloatsPerUnit(spec.options.cell) +
        spec.classCount();
    return toBytes(points * perPoint);
}

std::uint64_t trainingBytes(const TrainingConfig &config)
{
    const ModelSpec &spec = config.model;
    const double points =
        static_cast<double>(config.batchSize) * static_cast<double>(config.generator.length);
    const double perPoint =
        featureFloats(spec) +
        spec.options.layers * spec.options.hiddenSize * trainingFloatsPerUnit(spec.options.cell) +
        2.0 * spec.classCount();
    // Weights, gradients, Adam's two moments and the best weights kept for a divergence.
    const double weights = 5.0 * static_cast<double>(parameterCount(spec));
    return toBytes(points * perPoint + weights) +
           inferenceBytes(spec, config.testSequences, config.testLength);
}

ResourceError::ResourceError(Message message)
    : std::runtime_error(message.english()), WordedError(std::move(message))
{
}

std::string formatBytes(std::uint64_t bytes)
{
    return bytesMessage(bytes).english();
}

Message bytesMessage(std::uint64_t bytes)
{
    const double b = static_cast<double>(bytes);
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(b >= 1e10 ? 0 : 1);
    out << std::fixed;
    if (b < 1e9) {
        out.precision(0);
        out << std::max(1.0, std::ceil(b / 1e6));
        return Message(CURVELAB_WORDING("curvelab::memorybudget", "%1 MB"),
                       {std::stoll(out.str())});
    }
    out << b / 1e9;
    // Whole gigabytes and tenths as counts, so that the app puts its own decimal mark between them.
    const std::string number = out.str();
    const std::size_t point = number.find('.');
    if (point == std::string::npos) {
        return Message(CURVELAB_WORDING("curvelab::memorybudget", "%1 GB"), {std::stoll(number)});
    }
    return Message(CURVELAB_WORDING("curvelab::memorybudget", "%1.%2 GB"),
                   {std::stoll(number.substr(0, point)), std::stoll(number.substr(point + 1))});
}

void checkMemory(std::uint64_t needed, const MessageArgument &what, const MessageArgument &advice)
{
    // The rest of the process (Qt, LibTorch, the charts) and the rest of the machine keep a fifth.
    const std::uint64_t available = availableMemoryBytes();
    if (available == 0 || needed <= available / 5 * 4) {
        return;
    }
    throw ResourceError(Message(CURVELAB_WORDING("curvelab::memorybudget",
                                                 "%1 needs about %2 of memory, and this machine "
                                                 "has %3 available: %4"),
                                {what, bytesMessage(needed), bytesMessage(available), advice}));
}

} // namespace curvelab
