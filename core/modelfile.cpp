#include "modelfile.h"

#include "bytecodec.h"
#include "filestore.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

// Layout (all integers little-endian, strings as u32 length + bytes):
//   "CURVELAB"  u32 format version
//   payload: str cell, i32 hidden size, i32 layers, i32 window (from format 2 on),
//            str preprocessing,
//            u32 family count, per family: str name, str shape, f64 x.lo x.hi k.lo k.hi b.lo b.hi
//            i64 training step
//            u32 tensor count, per tensor: str name, u32 ndims, i64 dims[ndims], f32 values[]
//   u64 FNV-1a of every byte before it
// The trailing checksum catches both a flipped bit and a file cut short (the last eight bytes of a
// truncated file are payload, which will not match), so a damaged file never loads as a model.

namespace curvelab {

namespace {

constexpr std::array<char, 8> kMagic = {'C', 'U', 'R', 'V', 'E', 'L', 'A', 'B'};
constexpr std::size_t kHeaderBytes = kMagic.size() + 4;
constexpr std::size_t kChecksumBytes = 8;
// The first format that stores ModelOptions::window; older files leave it at its default, which
// only the MLP reads, and the MLP did not exist before.
constexpr std::uint32_t kFirstFormatWithWindow = 2;
// The first format whose readers know unit-free input.
constexpr std::uint32_t kFirstFormatWithUnitFree = 3;

// Limits far above any model validateSpec accepts, so that a hostile file is refused before it
// can make us allocate (the longest string is bytecodec's): most families or tensors, most
// dimensions, most values in one tensor (64 Mi: the largest weight validateSpec allows, an LSTM's
// w_hh at hidden size 4096).
constexpr std::uint32_t kMaxItems = 4096;
constexpr std::uint32_t kMaxDims = 8;
constexpr std::uint64_t kMaxElements = std::uint64_t{64} * 1024 * 1024;
// Larger than any model validateSpec accepts (its weights are at most a few hundred MiB).
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;

// The things the file counts, each refused above its limit in a sentence of its own.
Wording tooManyFamilies()
{
    return CURVELAB_WORDING("curvelab::modelfile", "%1 families (at most %2)");
}

Wording tooManyWeightTensors()
{
    return CURVELAB_WORDING("curvelab::modelfile", "%1 weight tensors (at most %2)");
}

Wording tooManyDimensions()
{
    return CURVELAB_WORDING("curvelab::modelfile", "%1 dimensions (at most %2)");
}

Message checksumMismatch(const Message &subject)
{
    return Message(CURVELAB_WORDING("curvelab::modelfile", "%1 is corrupt (checksum mismatch)"),
                   {subject});
}

// The oldest format that holds a model of this spec.
std::uint32_t formatFor(const ModelSpec &spec)
{
    return spec.preprocessing == Preprocessing::UnitFree ? kFirstFormatWithUnitFree
                                                         : kFirstFormatWithWindow;
}

std::uint64_t elementCount(const std::vector<long> &shape)
{
    std::uint64_t count = 1;
    for (long d : shape) {
        if (d < 0 || static_cast<std::uint64_t>(d) > kMaxElements) {
            throw MalformedBytes{
                Message(CURVELAB_WORDING("curvelab::modelfile", "a tensor dimension of %1"), {d})};
        }
        count *= static_cast<std::uint64_t>(d); // both factors <= 2^26: cannot overflow
        if (count > kMaxElements) {
            throw MalformedBytes{Message(
                CURVELAB_WORDING("curvelab::modelfile", "a tensor with more than %1 values"),
                {kMaxElements})};
        }
    }
    return count;
}

void writeRange(ByteWriter &w, const Range &r)
{
    w.f64(r.lo);
    w.f64(r.hi);
}

Range readRange(ByteReader &r)
{
    Range range;
    range.lo = r.f64();
    range.hi = r.f64();
    return range;
}

void writeSpec(ByteWriter &w, const ModelSpec &spec)
{
    w.str(toString(spec.options.cell));
    w.i32(spec.options.hiddenSize);
    w.i32(spec.options.layers);
    w.i32(spec.options.window);
    w.str(toString(spec.preprocessing));
    checkCount(spec.families.size(), kMaxItems, tooManyFamilies());
    w.u32(static_cast<std::uint32_t>(spec.families.size()));
    for (const FunctionFamily &f : spec.families) {
        w.str(f.name);
        w.str(f.shape);
        writeRange(w, f.x);
        writeRange(w, f.k);
        writeRange(w, f.b);
    }
}

void writeTensor(ByteWriter &w, const WeightTensor &t)
{
    checkCount(t.shape.size(), kMaxDims, tooManyDimensions());
    if (elementCount(t.shape) != t.values.size()) {
        throw MalformedBytes{
            Message(CURVELAB_WORDING("curvelab::modelfile",
                                     "weight \"%1\" holds %2 values, which does not fit its shape"),
                    {t.name, t.values.size()})};
    }
    w.str(t.name);
    w.u32(static_cast<std::uint32_t>(t.shape.size()));
    for (long d : t.shape) {
        w.i64(d);
    }
    for (float v : t.values) {
        w.f32(v);
    }
}

// The file as read, before its names are checked: parsing and checking are apart so that a
// damaged file is reported as damaged (checksum) rather than by whatever garbage it holds.
struct RawModel
{
    std::string cell;
    std::string preprocessing;
    ModelSnapshot snapshot;
};

RawModel readPayload(ByteReader &r, std::uint32_t version)
{
    RawModel raw;
    ModelSpec &spec = raw.snapshot.spec;
    raw.cell = r.str();
    spec.options.hiddenSize = r.i32();
    spec.options.layers = r.i32();
    if (version >= kFirstFormatWithWindow) {
        spec.options.window = r.i32();
    }
    raw.preprocessing = r.str();
    spec.families.resize(r.count(kMaxItems, tooManyFamilies()));
    for (FunctionFamily &f : spec.families) {
        f.name = r.str();
        f.shape = r.str();
        f.x = readRange(r);
        f.k = readRange(r);
        f.b = readRange(r);
    }
    raw.snapshot.step =
        r.longValue(CURVELAB_WORDING("curvelab::modelfile", "training step out of range"));
    raw.snapshot.weights.resize(r.count(kMaxItems, tooManyWeightTensors()));
    for (WeightTensor &t : raw.snapshot.weights) {
        t.name = r.str();
        t.shape.resize(r.count(kMaxDims, tooManyDimensions()));
        for (long &d : t.shape) {
            d = r.longValue(
                CURVELAB_WORDING("curvelab::modelfile", "tensor dimension out of range"));
        }
        const std::uint64_t n = elementCount(t.shape);
        if (n > r.remaining() / sizeof(float)) {
            throw OutOfBytes{}; // checked before allocating, so a lying shape costs nothing
        }
        t.values.resize(n);
        for (float &v : t.values) {
            v = r.f32();
        }
    }
    return raw;
}

ModelSnapshot toSnapshot(RawModel raw, const Message &subject)
{
    try {
        raw.snapshot.spec.options.cell = cellTypeFromString(raw.cell);
        raw.snapshot.spec.preprocessing = preprocessingFromString(raw.preprocessing);
        validateSnapshot(raw.snapshot);
    } catch (const std::invalid_argument &e) {
        throw ModelFileError(Message(
            CURVELAB_WORDING("curvelab::modelfile", "%1 does not describe a usable model: %2"),
            {subject, reasonOf(e)}));
    }
    return std::move(raw.snapshot);
}

std::uint32_t readVersion(const std::string &bytes)
{
    ByteReader r(bytes, kMagic.size(), kHeaderBytes);
    return r.u32();
}

// Returns the format version.
std::uint32_t checkHeader(const std::string &bytes, const Message &subject)
{
    const std::size_t magicBytes = std::min(bytes.size(), kMagic.size());
    const bool magicMatches =
        !bytes.empty() && std::equal(kMagic.begin(), kMagic.begin() + magicBytes, bytes.begin());
    if (!magicMatches) {
        throw ModelFileError(Message(
            CURVELAB_WORDING("curvelab::modelfile", "%1 is not a CurveLab model file"), {subject}));
    }
    if (bytes.size() < kHeaderBytes + kChecksumBytes) {
        throw ModelFileError(
            Message(CURVELAB_WORDING("curvelab::modelfile",
                                     "%1 is truncated (it ends before its header does)"),
                    {subject}));
    }
    // The version comes before the checksum: a newer format may change everything after it.
    const std::uint32_t version = readVersion(bytes);
    if (version > static_cast<std::uint32_t>(kModelFormatVersion)) {
        throw ModelFileError(
            Message(CURVELAB_WORDING("curvelab::modelfile",
                                     "%1 was written by a newer CurveLab (format %2, this build "
                                     "reads up to %3)"),
                    {subject, version, kModelFormatVersion}));
    }
    if (version == 0) {
        throw ModelFileError(
            Message(CURVELAB_WORDING("curvelab::modelfile",
                                     "%1 is corrupt (it claims format 0, which does not exist)"),
                    {subject}));
    }
    return version;
}

ModelSnapshot deserialize(const std::string &bytes, const Message &subject)
{
    const std::uint32_t version = checkHeader(bytes, subject);
    const std::size_t payloadEnd = bytes.size() - kChecksumBytes;
    const bool intact =
        fnv1a(bytes.data(), payloadEnd) == ByteReader(bytes, payloadEnd, bytes.size()).u64();
    // A mismatch alone cannot tell a cut-off file from a damaged one; the payload can: a prefix
    // of a good file runs out of bytes, a flipped bit mostly lands in weights and still parses.
    ByteReader r(bytes, kHeaderBytes, payloadEnd);
    RawModel raw;
    try {
        raw = readPayload(r, version);
    } catch (const OutOfBytes &) {
        // A cut-off file and a flipped bit in a length field look alike here: say both.
        throw ModelFileError(
            intact ? Message(CURVELAB_WORDING("curvelab::modelfile",
                                              "%1 is corrupt (a field runs past the end)"),
                             {subject})
                   : Message(CURVELAB_WORDING("curvelab::modelfile",
                                              "%1 is truncated or corrupt (a field runs past the "
                                              "end and the checksum does not match)"),
                             {subject}));
    } catch (const MalformedBytes &m) {
        throw ModelFileError(
            intact ? Message(CURVELAB_WORDING("curvelab::modelfile", "%1 is corrupt (%2)"),
                             {subject, m.detail})
                   : checksumMismatch(subject));
    }
    if (!intact || r.remaining() != 0) {
        throw ModelFileError(checksumMismatch(subject));
    }
    return toSnapshot(std::move(raw), subject);
}

} // namespace

ModelFileError::ModelFileError(Message message)
    : std::runtime_error(message.english()), WordedError(std::move(message))
{
}

std::string serializeModel(const ModelSnapshot &snapshot)
{
    ByteWriter w;
    try {
        w.raw(kMagic.data(), kMagic.size());
        w.u32(formatFor(snapshot.spec));
        writeSpec(w, snapshot.spec);
        w.i64(snapshot.step);
        checkCount(snapshot.weights.size(), kMaxItems, tooManyWeightTensors());
        w.u32(static_cast<std::uint32_t>(snapshot.weights.size()));
        for (const WeightTensor &t : snapshot.weights) {
            writeTensor(w, t);
        }
    } catch (const MalformedBytes &m) {
        throw ModelFileError(Message(
            CURVELAB_WORDING("curvelab::modelfile", "cannot write this model: %1"), {m.detail}));
    }
    w.u64(fnv1a(w.bytes().data(), w.bytes().size()));
    return std::move(w.bytes());
}

ModelSnapshot deserializeModel(const std::string &bytes)
{
    return deserialize(bytes, Message(CURVELAB_WORDING("curvelab::modelfile", "the data")));
}

void saveModel(const ModelSnapshot &snapshot, const std::string &path)
{
    try {
        validateSnapshot(snapshot);
    } catch (const std::invalid_argument &e) {
        throw ModelFileError(
            Message(CURVELAB_WORDING("curvelab::modelfile",
                                     "cannot save model to \"%1\": it does not describe a usable "
                                     "model: %2"),
                    {path, reasonOf(e)}));
    }
    try {
        writeFileAtomically(path, serializeModel(snapshot));
    } catch (const FileWriteError &e) {
        throw ModelFileError(
            Message(CURVELAB_WORDING("curvelab::modelfile", "cannot save model to \"%1\": %2"),
                    {path, e.reasonMessage()}));
    }
}

ModelSnapshot loadModel(const std::string &path)
{
    std::string bytes;
    try {
        bytes = readWholeFile(path, kMaxFileBytes);
    } catch (const FileReadError &e) {
        throw ModelFileError(
            Message(CURVELAB_WORDING("curvelab::modelfile", "cannot read model file \"%1\": %2"),
                    {path, e.reasonMessage()}));
    }
    return deserialize(
        bytes, Message(CURVELAB_WORDING("curvelab::modelfile", "the model file \"%1\""), {path}));
}

} // namespace curvelab
