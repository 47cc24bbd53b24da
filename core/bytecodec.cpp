#include "bytecodec.h"

#include <cstring>
#include <limits>

namespace curvelab {

static_assert(std::numeric_limits<float>::is_iec559 && std::numeric_limits<double>::is_iec559,
              "floats are stored as IEEE 754 bits");

namespace {

template <typename To, typename From> To sameBits(From v)
{
    static_assert(sizeof(To) == sizeof(From));
    To out;
    std::memcpy(&out, &v, sizeof out);
    return out;
}

Wording tooManyStringBytes()
{
    return CURVELAB_WORDING("curvelab::bytecodec", "%1 bytes in a string (at most %2)");
}

} // namespace

void checkCount(std::size_t count, std::uint32_t max, Wording tooMany)
{
    if (count > max) {
        throw MalformedBytes{Message(tooMany, {count, max})};
    }
}

std::uint64_t fnv1a(const char *data, std::size_t size)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= static_cast<unsigned char>(data[i]);
        hash *= 1099511628211ull;
    }
    return hash;
}

void ByteWriter::f32(float v)
{
    u32(sameBits<std::uint32_t>(v));
}

void ByteWriter::f64(double v)
{
    u64(sameBits<std::uint64_t>(v));
}

void ByteWriter::str(const std::string &s)
{
    checkCount(s.size(), kMaxStringBytes, tooManyStringBytes());
    u32(static_cast<std::uint32_t>(s.size()));
    raw(s.data(), s.size());
}

void ByteWriter::little(std::uint64_t v, int size)
{
    for (int i = 0; i < size; ++i) {
        m_bytes.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
}

const char *ByteReader::take(std::size_t size)
{
    if (size > remaining()) {
        throw OutOfBytes{};
    }
    const char *p = m_data + m_pos;
    m_pos += size;
    return p;
}

float ByteReader::f32()
{
    return sameBits<float>(u32());
}

double ByteReader::f64()
{
    return sameBits<double>(u64());
}

std::string ByteReader::str()
{
    const std::uint32_t size = u32();
    checkCount(size, kMaxStringBytes, tooManyStringBytes());
    const char *p = take(size);
    return std::string(p, size);
}

std::uint32_t ByteReader::count(std::uint32_t max, Wording tooMany)
{
    const std::uint32_t n = u32();
    checkCount(n, max, tooMany);
    return n;
}

long ByteReader::longValue(Wording outOfRange)
{
    const std::int64_t v = i64();
    if (v < std::numeric_limits<long>::min() || v > std::numeric_limits<long>::max()) {
        throw MalformedBytes{Message(outOfRange)};
    }
    return static_cast<long>(v);
}

std::uint64_t ByteReader::little(int size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(take(size));
    std::uint64_t v = 0;
    for (int i = 0; i < size; ++i) {
        v |= std::uint64_t{p[i]} << (8 * i);
    }
    return v;
}

} // namespace curvelab
