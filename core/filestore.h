#pragma once

#include "message.h"

#include <stdexcept>
#include <string>

namespace curvelab {

// Files as CurveLab reads and writes them: whole, checked, and only where a person meant.
//
// Writing: a file is written beside its target and renamed over it, so a crash, a full disk or a
// killed process never leaves half a file, and the target is replaced only by a complete one. The
// target must be absent or a regular file: a device (/dev/null), a FIFO, a socket or a folder is
// refused, never replaced. A symbolic link is followed: the file it points to is replaced (the
// link keeps pointing at it), and a link to anything but a regular file, or to nothing, is
// refused. Every failure carries the system's reason ("No space left on device").

// A file that cannot be read or written. what() is a sentence for a user ("cannot write
// "/tmp/x.csv": No space left on device"); path() and reason() let a caller say it its own way
// ("cannot save the lesson to ..."), and reasonMessage() is the reason for the app to say in the
// user's language (localText()).
class FileError : public std::runtime_error, public WordedError
{
public:
    // The sentence's two parts: the path (%1) and the reason (%2).
    const std::string &path() const { return message().arguments().at(0).text(); }
    const Message &reasonMessage() const { return message().arguments().at(1).phrase(); }
    std::string reason() const { return reasonMessage().english(); }

protected:
    // `sentence` has the path as %1 and the reason as %2.
    FileError(Wording sentence, const std::string &path, const Message &reason);
};

// The std::string constructors take the system's reason (strerror()), said as it is.
class FileWriteError : public FileError
{
public:
    FileWriteError(const std::string &path, const Message &reason);
    FileWriteError(const std::string &path, const std::string &reason);
};

class FileReadError : public FileError
{
public:
    FileReadError(const std::string &path, const Message &reason);
    FileReadError(const std::string &path, const std::string &reason);
};

// Checks, without writing, that `path` could be written as writeFileAtomically() would: its
// folder exists and is writable, and the target is absent or a regular file (or a link to one).
// Returns the file that would be written: `path`, or the regular file a link points to. Throws
// FileWriteError saying why not, so that a run can refuse before it starts rather than fail after.
std::string checkWritable(const std::string &path);

// Writes `bytes` to `path` atomically (see above). Throws FileWriteError.
void writeFileAtomically(const std::string &path, const std::string &bytes);

// The whole of a regular file, a FIFO or a character device (`/dev/stdin`), at most `limit`
// bytes. Throws FileReadError for a missing or unreadable file, a folder, or one larger than the
// limit, with the system's reason.
std::string readWholeFile(const std::string &path, std::size_t limit);

// Throws FileReadError unless `path` can be opened for reading as a stream of text: it exists, is
// no folder, and may be read.
void checkReadable(const std::string &path);

// Whether two paths name the same file, whether or not it exists yet: `--save x --metrics ./x`.
bool sameFile(const std::string &a, const std::string &b);

} // namespace curvelab
