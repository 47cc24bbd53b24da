// The points CSV reader on arbitrary bytes: CsvError is its answer to bad input; any other
// exception, a crash, a leak, undefined behaviour or a hang is a bug. What it accepts must also
// survive the writer in both of its dialects: points come back bit for bit (the format's promise,
// pointscsv.h).
#include "pointscsv.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

using namespace curvelab;

namespace {

// A broken promise rather than a crash: says which one before stopping, so that the report names
// it and libFuzzer keeps the input.
[[noreturn]] void fail(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool same(const std::vector<PointSequence> &a, const std::vector<PointSequence> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size()) {
            return false;
        }
        for (std::size_t j = 0; j < a[i].size(); ++j) {
            if (!sameBits(a[i][j].x, b[i][j].x) || !sameBits(a[i][j].y, b[i][j].y)) {
                return false;
            }
        }
    }
    return true;
}

// An accepted file whose points are not finite, or that holds an empty sequence, breaks the
// reader's contract even though nothing crashed.
void checkContract(const std::vector<PointSequence> &sequences)
{
    for (const PointSequence &sequence : sequences) {
        if (sequence.empty()) {
            fail("no sequence read is empty");
        }
        for (const Point &p : sequence) {
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
                fail("every point read is finite");
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::vector<PointSequence> sequences;
    try {
        sequences = readPointSequences(text);
    } catch (const CsvError &e) {
        // The message is built from the bad line; reading it makes that part of the run.
        if (e.line() < 1 || std::strlen(e.what()) == 0) {
            fail("a CsvError names a line and says what is wrong");
        }
        return 0;
    }
    checkContract(sequences);

    for (CsvDialect dialect : {CsvDialect::CommaAndPoint, CsvDialect::SemicolonAndComma}) {
        std::ostringstream out;
        writePointSequences(out, sequences, dialect);
        if (!same(readPointSequences(out.str()), sequences)) {
            fail("written points read back bit for bit, in either dialect");
        }
    }
    return 0;
}
