#include "lesson.h"

#include "configjson.h"

namespace curvelab {

namespace {

bool samePoints(const PointSequence &a, const PointSequence &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Point &p, const Point &q) { return p.x == q.x && p.y == q.y; });
}

} // namespace

bool LessonStep::operator==(const LessonStep &o) const
{
    return title == o.title && text == o.text && view == o.view && samePoints(points, o.points);
}

bool Lesson::operator==(const Lesson &o) const
{
    // Configs compare through their JSON: every field the file stores, and only those.
    return title == o.title && configToJson(config) == configToJson(o.config) &&
           untickedFamilies == o.untickedFamilies && samePoints(canvasPoints, o.canvasPoints) &&
           hiddenControls == o.hiddenControls && steps == o.steps && model == o.model;
}

bool isTranslationOf(const Lesson &translation, const Lesson &original)
{
    if (translation.steps.size() != original.steps.size()) {
        return false;
    }
    Lesson inOriginalWords = translation;
    inOriginalWords.title = original.title;
    for (std::size_t i = 0; i < original.steps.size(); ++i) {
        inOriginalWords.steps[i].title = original.steps[i].title;
        inOriginalWords.steps[i].text = original.steps[i].text;
    }
    return inOriginalWords == original;
}

const QStringList &lessonViews()
{
    static const QStringList views = {"training", "canvas", "race", "curves"};
    return views;
}

} // namespace curvelab
