#pragma once

#include "message.h"

#include <cstdint>
#include <string>

// Little-endian bytes in a std::string: the codec under CurveLab's model file, apart from what
// the file holds (modelfile.cpp). Every read is checked against what is left, so no input can
// make a parser read out of bounds.

namespace curvelab {

// Thrown by ByteReader when a field runs past the end of its bytes.
struct OutOfBytes
{
};

// Thrown by a parser (or a writer) on a value it refuses; detail completes "corrupt (...)".
struct MalformedBytes
{
    Message detail;
};

// The longest string either side accepts: far above any name CurveLab writes, so that a hostile
// length is refused before it allocates.
constexpr std::uint32_t kMaxStringBytes = 64 * 1024;

// Throws MalformedBytes when count > max; `tooMany` says so with the count as %1 and the most as
// %2 ("%1 families (at most %2)"), one wording for each thing counted.
void checkCount(std::size_t count, std::uint32_t max, Wording tooMany);

// FNV-1a, 64 bits: the checksum the model file ends with.
std::uint64_t fnv1a(const char *data, std::size_t size);

class ByteWriter
{
public:
    void u32(std::uint32_t v) { little(v, 4); }
    void u64(std::uint64_t v) { little(v, 8); }
    void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
    void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
    void f32(float v);
    void f64(double v);
    void raw(const char *data, std::size_t size) { m_bytes.append(data, size); }
    // u32 length, then the bytes.
    void str(const std::string &s);

    std::string &bytes() { return m_bytes; }

private:
    void little(std::uint64_t v, int size);

    std::string m_bytes;
};

// Reads bytes[begin, end) of a string that outlives it.
class ByteReader
{
public:
    ByteReader(const std::string &bytes, std::size_t begin, std::size_t end)
        : m_data(bytes.data()), m_pos(begin), m_end(end)
    {
    }

    std::size_t remaining() const { return m_end - m_pos; }
    // The next size bytes; throws OutOfBytes when fewer are left.
    const char *take(std::size_t size);

    std::uint32_t u32() { return static_cast<std::uint32_t>(little(4)); }
    std::uint64_t u64() { return little(8); }
    std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
    std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
    float f32();
    double f64();
    std::string str();
    // A u32 count of items, refused above max (see checkCount()).
    std::uint32_t count(std::uint32_t max, Wording tooMany);
    // An i64 that must fit a long; `outOfRange` says it does not ("training step out of range").
    long longValue(Wording outOfRange);

private:
    std::uint64_t little(int size);

    const char *m_data;
    std::size_t m_pos;
    std::size_t m_end;
};

} // namespace curvelab
