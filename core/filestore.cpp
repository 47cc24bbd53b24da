#include "filestore.h"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace curvelab {

namespace {

FileWriteError writeError(const std::string &path, const Message &why)
{
    return FileWriteError(path, why);
}

FileWriteError writeError(const std::string &path, int error)
{
    return FileWriteError(path, std::string(std::strerror(error)));
}

std::string folderOf(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

enum class Kind
{
    Folder,
    Device,
    Pipe,
    Socket,
    Other
};

Kind kindOf(mode_t mode)
{
    if (S_ISDIR(mode)) {
        return Kind::Folder;
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return Kind::Device;
    }
    if (S_ISFIFO(mode)) {
        return Kind::Pipe;
    }
    if (S_ISSOCK(mode)) {
        return Kind::Socket;
    }
    return Kind::Other;
}

// Why a target that is no regular file is refused: one sentence for each kind, so that a
// translation can inflect the noun.
Message notReplaced(mode_t mode)
{
    switch (kindOf(mode)) {
    case Kind::Folder:
        return Message(
            CURVELAB_WORDING("curvelab::filestore", "it is a folder, which is not replaced"));
    case Kind::Device:
        return Message(
            CURVELAB_WORDING("curvelab::filestore", "it is a device, which is not replaced"));
    case Kind::Pipe:
        return Message(
            CURVELAB_WORDING("curvelab::filestore", "it is a pipe (FIFO), which is not replaced"));
    case Kind::Socket:
        return Message(
            CURVELAB_WORDING("curvelab::filestore", "it is a socket, which is not replaced"));
    case Kind::Other:
        break;
    }
    return Message(
        CURVELAB_WORDING("curvelab::filestore", "it is not a regular file, which is not replaced"));
}

// The same for a link to such a target.
Message linkNotReplaced(mode_t mode)
{
    switch (kindOf(mode)) {
    case Kind::Folder:
        return Message(CURVELAB_WORDING("curvelab::filestore",
                                        "it is a link to a folder, which is not replaced"));
    case Kind::Device:
        return Message(CURVELAB_WORDING("curvelab::filestore",
                                        "it is a link to a device, which is not replaced"));
    case Kind::Pipe:
        return Message(CURVELAB_WORDING("curvelab::filestore",
                                        "it is a link to a pipe (FIFO), which is not replaced"));
    case Kind::Socket:
        return Message(CURVELAB_WORDING("curvelab::filestore",
                                        "it is a link to a socket, which is not replaced"));
    case Kind::Other:
        break;
    }
    return Message(CURVELAB_WORDING("curvelab::filestore",
                                    "it is a link to not a regular file, which is not replaced"));
}

// The regular file `path` names, following links; empty when there is none yet.
std::string resolvedTarget(const std::string &path)
{
    struct stat link = {};
    if (::lstat(path.c_str(), &link) != 0) {
        // Not there yet, or a folder on the way is missing or a file: checkWritable says which.
        if (errno == ENOENT || errno == ENOTDIR) {
            return path;
        }
        throw writeError(path, errno);
    }
    if (S_ISLNK(link.st_mode)) {
        struct stat target = {};
        if (::stat(path.c_str(), &target) != 0) {
            throw writeError(
                path,
                errno == ENOENT
                    ? Message(CURVELAB_WORDING("curvelab::filestore", "it is a link to nothing"))
                    : Message(CURVELAB_WORDING("curvelab::filestore", "it is a link to %1"),
                              {std::strerror(errno)}));
        }
        if (!S_ISREG(target.st_mode)) {
            throw writeError(path, linkNotReplaced(target.st_mode));
        }
        std::array<char, PATH_MAX> resolved{};
        if (::realpath(path.c_str(), resolved.data()) == nullptr) {
            throw writeError(path, errno);
        }
        return resolved.data();
    }
    if (!S_ISREG(link.st_mode)) {
        throw writeError(path, notReplaced(link.st_mode));
    }
    return path;
}

bool writeAll(int fd, const std::string &bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Like mkstemp, but with mode 0666 so that the umask decides the saved file's permissions, as it
// does for any other file the user creates (mkstemp's 0600 would survive the rename).
int createTemporary(const std::string &path, std::string &tempPath)
{
    constexpr int kAttempts = 16;
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device seed;
    std::mt19937 rng(seed());
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        tempPath = path + ".tmp-";
        for (int i = 0; i < 6; ++i) {
            tempPath += kAlphabet[pick(rng)];
        }
        const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) {
            return fd;
        }
    }
    return -1;
}

// Makes the rename itself durable; best effort, as the file is already complete on disk.
void syncFolderOf(const std::string &path)
{
    const int fd = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

FileError::FileError(Wording sentence, const std::string &path, const Message &reason)
    : std::runtime_error(Message(sentence, {path, reason}).english()),
      WordedError(Message(sentence, {path, reason}))
{
}

FileWriteError::FileWriteError(const std::string &path, const Message &reason)
    : FileError(CURVELAB_WORDING("curvelab::filestore", "cannot write \"%1\": %2"), path, reason)
{
}

FileWriteError::FileWriteError(const std::string &path, const std::string &reason)
    : FileWriteError(path, Message::verbatim(reason))
{
}

FileReadError::FileReadError(const std::string &path, const Message &reason)
    : FileError(CURVELAB_WORDING("curvelab::filestore", "cannot read \"%1\": %2"), path, reason)
{
}

FileReadError::FileReadError(const std::string &path, const std::string &reason)
    : FileReadError(path, Message::verbatim(reason))
{
}

std::string checkWritable(const std::string &path)
{
    if (path.empty()) {
        throw writeError(path,
                         Message(CURVELAB_WORDING("curvelab::filestore", "a file needs a name")));
    }
    const std::string target = resolvedTarget(path);
    const std::string folder = folderOf(target);
    struct stat info = {};
    if (::stat(folder.c_str(), &info) != 0) {
        throw writeError(path, Message(CURVELAB_WORDING("curvelab::filestore",
                                                        "the folder \"%1\" does not exist"),
                                       {folder}));
    }
    if (!S_ISDIR(info.st_mode)) {
        throw writeError(
            path,
            Message(CURVELAB_WORDING("curvelab::filestore", "\"%1\" is not a folder"), {folder}));
    }
    if (::access(folder.c_str(), W_OK) != 0) {
        throw writeError(path, Message(CURVELAB_WORDING("curvelab::filestore",
                                                        "the folder \"%1\" is not writable (%2)"),
                                       {folder, std::strerror(errno)}));
    }
    return target;
}

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    const std::string target = checkWritable(path);
    std::string tempPath;
    const int fd = createTemporary(target, tempPath);
    if (fd < 0) {
        throw writeError(path, errno);
    }
    int error = 0;
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        error = errno;
    }
    if (::close(fd) != 0 && error == 0) {
        error = errno;
    }
    if (error == 0 && std::rename(tempPath.c_str(), target.c_str()) != 0) {
        error = errno;
    }
    if (error != 0) {
        ::unlink(tempPath.c_str());
        throw writeError(path, error);
    }
    syncFolderOf(target);
}

std::string readWholeFile(const std::string &path, std::size_t limit)
{
    const auto fail = [&](int error) { return FileReadError(path, std::strerror(error)); };
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw fail(errno);
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        const int error = S_ISDIR(info.st_mode) ? EISDIR : errno;
        ::close(fd);
        throw fail(error);
    }
    std::string bytes;
    std::array<char, 64 * 1024> chunk;
    for (;;) {
        const ssize_t n = ::read(fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            throw fail(error);
        }
        if (n == 0) {
            break;
        }
        if (bytes.size() + static_cast<std::size_t>(n) > limit) {
            ::close(fd);
            throw FileReadError(
                path, Message(CURVELAB_WORDING("curvelab::filestore",
                                               "it is larger than %1 MiB, far more than such a "
                                               "file holds"),
                              {limit / (1024 * 1024)}));
        }
        bytes.append(chunk.data(), static_cast<std::size_t>(n));
    }
    ::close(fd);
    return bytes;
}

void checkReadable(const std::string &path)
{
    struct stat info = {};
    const int error = ::stat(path.c_str(), &info) != 0    ? errno
                      : S_ISDIR(info.st_mode)             ? EISDIR
                      : ::access(path.c_str(), R_OK) != 0 ? errno
                                                          : 0;
    if (error != 0) {
        throw FileReadError(path, std::strerror(error));
    }
}

bool sameFile(const std::string &a, const std::string &b)
{
    struct stat sa = {};
    struct stat sb = {};
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0) {
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    }
    // Not both there yet: compare where they would be, with the folders resolved.
    const auto where = [](const std::string &path) {
        const std::size_t slash = path.find_last_of('/');
        const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
        std::array<char, PATH_MAX> folder{};
        if (::realpath(folderOf(path).c_str(), folder.data()) == nullptr) {
            return path;
        }
        return std::string(folder.data()) + "/" + name;
    };
    return where(a) == where(b);
}

} // namespace curvelab
