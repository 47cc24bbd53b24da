// The model-file reader on arbitrary bytes: ModelFileError is its answer to a bad file; any
// other exception, a crash, a leak, undefined behaviour or a hang is a bug. A file it accepts
// must write back to a file that reads as the same model.
#include "bytecodec.h"
#include "modelfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace curvelab;

namespace {

// A broken promise rather than a crash: says which one before stopping, so that the report names
// it and libFuzzer keeps the input.
[[noreturn]] void fail(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

// Magic and version, then the payload, then a u64 FNV-1a of all bytes before it (modelfile.cpp).
constexpr std::size_t kVersionOffset = 8;
constexpr std::size_t kHeaderBytes = 12;
constexpr std::size_t kChecksumBytes = 8;

// A mutated file almost never keeps a matching checksum, and the reader checks names, shapes and
// formulas only in intact files. Each input therefore also runs with its checksum made right, so
// that mutations reach those checks instead of stopping at "checksum mismatch".
std::string withFixedChecksum(std::string bytes)
{
    const std::size_t body = bytes.size() - kChecksumBytes;
    const std::uint64_t hash = fnv1a(bytes.data(), body);
    for (std::size_t i = 0; i < kChecksumBytes; ++i) {
        bytes[body + i] = static_cast<char>((hash >> (8 * i)) & 0xff);
    }
    return bytes;
}

std::uint32_t formatVersion(const std::string &bytes)
{
    std::uint32_t version = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        version |= std::uint32_t{static_cast<unsigned char>(bytes[kVersionOffset + i])} << (8 * i);
    }
    return version;
}

void readAndCheck(const std::string &bytes)
{
    ModelSnapshot snapshot;
    try {
        snapshot = deserializeModel(bytes);
    } catch (const ModelFileError &e) {
        if (std::strlen(e.what()) == 0) {
            fail("a ModelFileError says what is wrong");
        }
        return;
    }
    // Every field of an accepted file is kept: a current-format file writes back byte for byte,
    // an older one becomes a current file that reads back unchanged.
    const std::string written = serializeModel(snapshot);
    if (formatVersion(bytes) == static_cast<std::uint32_t>(kModelFormatVersion) &&
        written != bytes) {
        fail("an accepted current-format file writes back byte for byte");
    }
    if (serializeModel(deserializeModel(written)) != written) {
        fail("a written model reads back unchanged");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    readAndCheck(bytes);
    if (bytes.size() >= kHeaderBytes + kChecksumBytes) {
        const std::string fixed = withFixedChecksum(bytes);
        if (fixed != bytes) {
            readAndCheck(fixed);
        }
    }
    return 0;
}
