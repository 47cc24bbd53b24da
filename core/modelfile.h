#pragma once

#include "message.h"
#include "modelspec.h"

#include <stdexcept>
#include <string>

namespace curvelab {

// Thrown when a model file cannot be read or written; what() is a sentence fit for a user, and
// message() the same sentence for the app to say in the user's language.
class ModelFileError : public std::runtime_error, public WordedError
{
public:
    explicit ModelFileError(Message message);
};

// The newest version this build writes; it reads this version and older ones it knows. Format 2
// added the MLP's window; format 1 files (no window) still load. Format 3 added unit-free input:
// a file is written in the oldest format that holds its model, so that a network of another
// input still opens in a CurveLab from before unit-free input.
constexpr int kModelFormatVersion = 3;

// Writes atomically (writeFileAtomically(): a crash mid-save never leaves a broken file, and
// only a regular file is ever replaced). Throws ModelFileError when the file cannot be written or
// the snapshot is no usable model.
void saveModel(const ModelSnapshot &snapshot, const std::string &path);
// Throws ModelFileError for a missing, corrupt, truncated, foreign or newer-version file.
ModelSnapshot loadModel(const std::string &path);

// The same on bytes in memory (used by the file functions, the fuzzer and the tests).
std::string serializeModel(const ModelSnapshot &snapshot);
ModelSnapshot deserializeModel(const std::string &bytes);

} // namespace curvelab
