#include "configjson.h"

#include <QJsonArray>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>

namespace curvelab {

namespace {

QJsonArray rangeToJson(const Range &r)
{
    return {r.lo, r.hi};
}

QJsonObject familyToJson(const FunctionFamily &f)
{
    return {{"name", QString::fromStdString(f.name)},
            {"shape", QString::fromStdString(f.shape)},
            {"x", rangeToJson(f.x)},
            {"k", rangeToJson(f.k)},
            {"b", rangeToJson(f.b)}};
}

[[noreturn]] void wrongKind(const QString &field, const char *expected)
{
    throw std::invalid_argument("setting \"" + field.toStdString() + "\" must be " + expected);
}

// Readers that leave `value` alone when the field is missing.
void read(const QJsonObject &o, const QString &key, double &value)
{
    if (!o.contains(key)) {
        return;
    }
    if (!o[key].isDouble()) {
        wrongKind(key, "a number");
    }
    value = o[key].toDouble();
}

template <typename Integer> void read(const QJsonObject &o, const QString &key, Integer &value)
{
    static_assert(std::is_signed_v<Integer>);
    double v = static_cast<double>(value);
    read(o, key, v);
    // In range before the cast: converting a double the type cannot hold is undefined behaviour
    // (the lesson fuzzer found 2.2e47 as a hidden size). The minimum is a power of two, exact in
    // a double, and so is its negation, one past the maximum.
    const double lowest = static_cast<double>(std::numeric_limits<Integer>::min());
    if (!(v >= lowest && v < -lowest) || v != std::floor(v)) {
        wrongKind(key, "a whole number of a sensible size");
    }
    value = static_cast<Integer>(v);
}

void read(const QJsonObject &o, const QString &key, std::string &value)
{
    if (!o.contains(key)) {
        return;
    }
    if (!o[key].isString()) {
        wrongKind(key, "text");
    }
    value = o[key].toString().toStdString();
}

template <typename Enum>
void readName(const QJsonObject &o, const QString &key, Enum &value,
              Enum (*fromString)(const std::string &))
{
    std::string name;
    read(o, key, name);
    if (!name.empty()) {
        value = fromString(name);
    }
}

Range rangeFromJson(const QJsonValue &v, const QString &field)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble()) {
        wrongKind(field, "two numbers [low, high]");
    }
    return {a[0].toDouble(), a[1].toDouble()};
}

KbMode kbModeFromString(const std::string &s)
{
    if (s == "per-sequence" || s == "fixed") {
        return s == "fixed" ? KbMode::FixedPerRun : KbMode::PerSequence;
    }
    throw std::invalid_argument("unknown k,b mode \"" + s + "\" (per-sequence or fixed)");
}

NoiseSpread noiseSpreadFromString(const std::string &s)
{
    if (s == "fixed" || s == "per-sequence") {
        return s == "fixed" ? NoiseSpread::Fixed : NoiseSpread::PerSequence;
    }
    throw std::invalid_argument("unknown noise spread \"" + s + "\" (fixed or per-sequence)");
}

} // namespace

QJsonArray familiesToJson(const std::vector<FunctionFamily> &families)
{
    QJsonArray out;
    for (const FunctionFamily &f : families) {
        out.append(familyToJson(f));
    }
    return out;
}

std::vector<FunctionFamily> familiesFromJson(const QJsonValue &v)
{
    if (!v.isArray()) {
        wrongKind("families", "a list");
    }
    std::vector<FunctionFamily> families;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject()) {
            wrongKind("families", "a list of families");
        }
        const QJsonObject o = item.toObject();
        FunctionFamily f;
        read(o, "name", f.name);
        read(o, "shape", f.shape);
        f.x = rangeFromJson(o["x"], "families.x");
        f.k = rangeFromJson(o["k"], "families.k");
        f.b = rangeFromJson(o["b"], "families.b");
        families.push_back(f);
    }
    return families;
}

QJsonObject configToJson(const TrainingConfig &c)
{
    return {
        {"families", familiesToJson(c.model.families)},
        {"length", c.generator.length},
        {"kb", c.generator.kbMode == KbMode::FixedPerRun ? "fixed" : "per-sequence"},
        {"world", QString::fromStdString(toString(c.generator.world))},
        {"noise", c.generator.noise},
        {"noiseSpread",
         c.generator.noiseSpread == NoiseSpread::PerSequence ? "per-sequence" : "fixed"},
        {"xOrder", QString::fromStdString(toString(c.generator.xOrder))},
        {"cell", QString::fromStdString(toString(c.model.options.cell))},
        {"hidden", c.model.options.hiddenSize},
        {"layers", c.model.options.layers},
        {"window", c.model.options.window},
        {"preprocessing", QString::fromStdString(toString(c.model.preprocessing))},
        {"optimizer", QString::fromStdString(toString(c.optimizer))},
        {"learningRate", c.learningRate},
        {"batch", c.batchSize},
        {"gradientClip", c.gradientClip},
        {"loss", QString::fromStdString(toString(c.loss))},
        {"maxSteps", static_cast<double>(c.maxSteps)},
        {"maxSeconds", c.maxSeconds},
        {"targetAccuracy", c.targetAccuracy},
        {"testLength", c.testLength},
        {"testSequences", c.testSequences},
        {"evalInterval", c.evalInterval},
        {"seed", QString::number(c.seed)}, // 64 bits do not fit a JSON number
    };
}

TrainingConfig configFromJson(const QJsonObject &o, const TrainingConfig &base)
{
    TrainingConfig c = base;
    if (o.contains("families")) {
        c.model.families = familiesFromJson(o["families"]);
        c.generator.families = c.model.families;
    }
    read(o, "length", c.generator.length);
    readName(o, "kb", c.generator.kbMode, kbModeFromString);
    // Files from before the drawn world hold the seed world's setups, with one noise level.
    c.generator.world = CurveWorld::Seed;
    c.generator.noiseSpread = NoiseSpread::Fixed;
    readName(o, "world", c.generator.world, curveWorldFromString);
    read(o, "noise", c.generator.noise);
    readName(o, "noiseSpread", c.generator.noiseSpread, noiseSpreadFromString);
    readName(o, "xOrder", c.generator.xOrder, xOrderFromString);
    readName(o, "cell", c.model.options.cell, cellTypeFromString);
    read(o, "hidden", c.model.options.hiddenSize);
    read(o, "layers", c.model.options.layers);
    // Files from before the mlp have no window: the base's (ModelOptions' default 4) stays.
    read(o, "window", c.model.options.window);
    readName(o, "preprocessing", c.model.preprocessing, preprocessingFromString);
    readName(o, "optimizer", c.optimizer, optimizerFromString);
    read(o, "learningRate", c.learningRate);
    read(o, "batch", c.batchSize);
    read(o, "gradientClip", c.gradientClip);
    readName(o, "loss", c.loss, lossModeFromString);
    read(o, "maxSteps", c.maxSteps);
    read(o, "maxSeconds", c.maxSeconds);
    read(o, "targetAccuracy", c.targetAccuracy);
    read(o, "testLength", c.testLength);
    read(o, "testSequences", c.testSequences);
    read(o, "evalInterval", c.evalInterval);
    if (o.contains("seed")) {
        bool ok = false;
        c.seed = o["seed"].toString().toULongLong(&ok);
        if (!ok) {
            wrongKind("seed", "a whole number >= 0 written as text");
        }
    }
    validateConfig(c);
    return c;
}

} // namespace curvelab
