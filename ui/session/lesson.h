#pragma once

#include "functionfamily.h"
#include "point.h"
#include "trainingconfig.h"

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace curvelab {

// The most points a drawing holds, on the canvas and in a lesson file.
constexpr int kMaxCanvasPoints = 500;

// One step of a guided lesson: where to look and what to watch for.
struct LessonStep
{
    QString title;
    QString text;         // plain text; a blank line starts a new paragraph
    QString view;         // the tab to show ("training", "canvas", "race", "curves"), or empty
    PointSequence points; // put on the canvas when the step opens; empty leaves the canvas alone

    bool operator==(const LessonStep &o) const;
};

// Everything a teacher prepares at home: the setup, what the canvas shows, what the class may
// not touch, the story told in steps and, optionally, a network trained in advance.
struct Lesson
{
    QString title;
    TrainingConfig config;
    std::vector<FunctionFamily> untickedFamilies; // in the setup panel, but not in the lesson
    PointSequence canvasPoints;
    QStringList hiddenControls; // ids from classroomControls()
    std::vector<LessonStep> steps;
    std::string model; // a model file's bytes (modelfile.h); empty when none is included

    bool operator==(const Lesson &o) const;
};

// Whether `translation` is `original` in other words: the same in everything (setup, points,
// hidden controls, each step's view and points, the model) but the lesson's title and each step's
// title and text, step for step.
bool isTranslationOf(const Lesson &translation, const Lesson &original);

// The views a step may show, as LessonStep::view names them.
const QStringList &lessonViews();

} // namespace curvelab
