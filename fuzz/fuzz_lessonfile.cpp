// The lesson-file reader on arbitrary bytes: LessonFileError is its answer to a bad file; any
// other exception, a crash, a leak, undefined behaviour or a hang is a bug. A lesson it accepts
// must write back to a file that reads as the same lesson, and writing that again must give the
// same bytes (lesson files round-trip exactly).
#include "lessonfile.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace curvelab;

namespace {

// A broken promise rather than a crash: says which one before stopping, so that the report names
// it and libFuzzer keeps the input.
[[noreturn]] void fail(const char *promise)
{
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Lesson lesson;
    try {
        lesson = lessonFromJson(bytes);
    } catch (const LessonFileError &) {
        return 0;
    }
    const QByteArray written = lessonToJson(lesson);
    Lesson back;
    try {
        back = lessonFromJson(written);
    } catch (const LessonFileError &e) {
        std::fprintf(stderr, "%s\n", e.what());
        fail("an accepted lesson, written back, reads again");
    }
    if (!(back == lesson)) {
        fail("an accepted lesson, written back, reads as the same lesson");
    }
    if (lessonToJson(back) != written) {
        fail("writing a lesson read from a written lesson gives the same bytes");
    }
    return 0;
}
