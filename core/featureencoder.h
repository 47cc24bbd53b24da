#pragma once

#include "functionfamily.h"
#include "message.h"
#include "point.h"
#include "shapefunction.h"

#include <string>
#include <vector>

namespace curvelab {

enum class Preprocessing
{
    Raw,       // (x, y) as drawn, the question's input
    FamilyFit, // scaled (x, y) plus a running least-squares fit per family, k and b measured
               // against the families' ranges (docs/preprocessing.md)
    UnitFree   // the same fits read without units: how well each family fits relative to the
               // spread of y, and where the points lie relative to each other. Unchanged by
               // x -> a*x, y -> c*y + d for unit-free families (docs/drawnworld.md)
};

std::string toString(Preprocessing p);
// Throws std::invalid_argument on an unknown name.
Preprocessing preprocessingFromString(const std::string &name);

// Turns points into the feature vectors the network reads. Causal and incremental: the features
// of point t depend on points 1..t only and cost O(families) to compute, so training, evaluation,
// the CLI and the canvas all share this one path and the canvas pays one step per click.
class FeatureEncoder
{
public:
    FeatureEncoder(Preprocessing preprocessing, const std::vector<FunctionFamily> &families);

    static int featureCount(Preprocessing preprocessing,
                            const std::vector<FunctionFamily> &families);
    int featureCount() const;
    Preprocessing preprocessing() const { return m_preprocessing; }

    // Forget every point seen so far.
    void reset();
    // Features of the newest point given all points pushed since reset(); appends featureCount()
    // floats to `out`.
    void push(const Point &p, std::vector<float> &out);
    std::vector<float> push(const Point &p);
    // All features of a sequence, row-major [points.size(), featureCount()].
    std::vector<float> encode(const PointSequence &points);

    // Names of the features, for "what the network sees" displays.
    std::vector<Message> featureNames() const;

    // Running statistics of one family's fit y ~ k*f(x) + b, updated with Welford's method so
    // that nearly constant f(x) does not cancel catastrophically.
    struct FitState
    {
        double meanF = 0.0;
        double meanY = 0.0;
        double cff = 0.0;
        double cfy = 0.0;
        double cyy = 0.0;
        int inside = 0;
    };
    // Everything the points pushed so far left behind: restoring it continues a sequence from
    // an earlier point without pushing the points before it again (the canvas edits mid-way).
    struct State
    {
        std::vector<FitState> fits;
        int count = 0;
        double xMin = 0.0;
        double xMax = 0.0;
        double yMin = 0.0;
        double yMax = 0.0;
        // UnitFree: the latest points (at most a drawing's worth), each as x, y and per family
        // g(x), g'(x), for the misfit across the curve.
        std::vector<double> recent;
    };
    State state() const { return {m_fits, m_count, m_xMin, m_xMax, m_yMin, m_yMax, m_recent}; }
    // `state` must come from an encoder with the same families.
    void restore(const State &state);

private:
    // Updates every family's fit with the point; returns g(x) of each family, NaN where undefined.
    void updateFits(const Point &p);
    void pushFamilyFit(const Point &p, std::vector<float> &out);
    void pushUnitFree(const Point &p, std::vector<float> &out);
    void remember(const Point &p);
    // How far the points lie across family i's fitted curve, as a share of their height.
    double acrossMisfit(std::size_t i) const;

    Preprocessing m_preprocessing;
    std::vector<FunctionFamily> m_families;
    std::vector<ShapeFunction> m_shapes;
    std::vector<FitState> m_fits;
    std::vector<double> m_spreads; // typical spread of each f over its x range
    std::vector<bool> m_unitFree;
    bool m_absoluteX = false; // UnitFree: some family is not unit-free, so x itself matters
    int m_featureCount = 0;
    Range m_xSpan; // the union of the x ranges (of the families that are not unit-free)
    int m_count = 0;
    double m_xMin = 0.0;
    double m_xMax = 0.0;
    double m_yMin = 0.0;
    double m_yMax = 0.0;
    std::vector<double> m_recent;
};

} // namespace curvelab
