#include "builtinlessons.h"

#include "presets.h"

#include <cmath>

namespace curvelab {

namespace {

// Points of y = k*g(x) + b at the given x, in that order: what a step puts on the canvas.
PointSequence curve(double (*g)(double), double k, double b, std::initializer_list<double> xs)
{
    PointSequence points;
    for (double x : xs) {
        points.push_back({x, k * g(x) + b});
    }
    return points;
}

double identity(double x)
{
    return x;
}

double square(double x)
{
    return x * x;
}

double root(double x)
{
    return std::sqrt(x);
}

Lesson theQuestion()
{
    Lesson l;
    l.title = "1. The question: why it did not learn";
    l.config = presetByName("question").config;
    l.hiddenControls = {"model", "training", "race", "files"};
    l.steps = {
        {"What was asked",
         "Is a handful of points (x, y) on a line y = k*x + b, a parabola y = k*x^2 + b or a "
         "root y = k*sqrt(x) + b? The asker fed the raw points, one per step, to an LSTM with "
         "100 hidden units and trained it with plain SGD at a learning rate of 0.001, one curve "
         "at a time, with new k and b for every curve.\n\n"
         "Their code computed the loss but never called backward(). Without gradients no weight "
         "ever changes: the network stays as it was made. Measured here, such a network is right "
         "12% of the time, worse than always guessing the same family (33%).",
         "training",
         {}},
        {"The same network, learning",
         "Press Start: this is the asker's setup with backward() called. Watch the accuracy "
         "chart. On our 2-core machine it is at 75% after 500 curves and 93% after 30 000 (29 "
         "seconds), but from 5 000 curves on it wobbles between 83% and 96% from one measurement "
         "to the next.\n\n"
         "Why so slow and so shaky? One curve per update makes every step noisy, and raw x of 5 "
         "to 15 with y up to 230 are hard numbers for an LSTM to read.",
         "training",
         {}},
        {"What least squares knows",
         "The canvas shows a line, y = 0.3x + 2, point by point. Least squares fits each family "
         "and is certain from three points on: it is right 100% of the time there. After 30 000 "
         "curves this network was right 88% of the time after three points and 92% after "
         "eight.\n\n"
         "Drag a point, or click new ones, and watch the guess change after every point.",
         "canvas", curve(identity, 0.3, 2.0, {6, 13, 8.5, 11, 14.5, 7, 10, 12})},
    };
    return l;
}

Lesson theAnswer()
{
    Lesson l;
    l.title = "2. The accepted answer: three curves, not three families";
    l.config = presetByName("answer").config;
    l.hiddenControls = {"model", "training", "race", "files"};
    l.steps = {
        {"Fix k and b",
         "The accepted answer kept k and b fixed for the whole run: every line the network sees "
         "is the same line, every parabola the same parabola. Trained on 8 points, tested on "
         "4.\n\n"
         "Press Start. Here it stops at its 95% target after 1 200 curves, in under a second: "
         "96.7% right after 4 points.",
         "training",
         {}},
        {"Now another line",
         "The canvas shows a line with another k and b, y = 0.9x + 4: still a line, and well "
         "inside the ranges the question draws k and b from. Watch what the network says.\n\n"
         "On 2 000 fresh curves whose k and b change, this network was right 50% of the time "
         "after 8 points (chance is 33%); least squares was right 100% of the time from three "
         "points on. It learned three curves, not three families.",
         "canvas", curve(identity, 0.9, 4.0, {6, 13, 8.5, 11, 14.5, 7, 10, 12})},
        {"Try it",
         "Clear the canvas and click a parabola or a root curve of your own. Sample draws one "
         "with new k and b. Count how often the network is right, and compare with least "
         "squares in the panel beside the guess.",
         "canvas",
         {}},
    };
    return l;
}

Lesson doneRight()
{
    Lesson l;
    l.title = "3. Done right: the general task";
    l.config = presetByName("seed").config;
    l.hiddenControls = {"files"};
    l.steps = {
        {"Learn the families",
         "k and b change with every curve, as the asker wanted. Three things change: the "
         "network reads features that make the shape visible (for each family, how well a line "
         "through (g(x), y) fits), Adam replaces plain SGD, and 64 curves make each update. Some "
         "curves come with noise of any level up to 1.5, so that jittery points do not fool "
         "it.\n\n"
         "Press Start. Here it is right 99.9% of the time after 8 points in 6 000 steps, 24 "
         "seconds.",
         "training",
         {}},
        {"As good as it gets",
         "The canvas shows a root curve, y = 0.6 sqrt(x) + 1.5, point by point. On 2 000 fresh "
         "exact curves this network was right 83.6% of the time after one point, 96.7% after two "
         "and 99.4% after three.\n\n"
         "No classifier can do better than the Bayes-optimal one, which knows exactly how the "
         "curves are drawn: 83.7%, 97.6% and 100%. The network is within one point of that "
         "ceiling, and with noise 1 on every y it is right 97.6% after 8 points (ceiling 98.3%).",
         "canvas", curve(root, 0.6, 1.5, {7.5, 5.5, 9.5, 6.5, 8.5, 5.2, 9.8, 7})},
        {"Find its limits",
         "Click points outside the trained x range (5 to 15), a parabola so flat it looks like a "
         "line (k near 0), or a line steeper than any it saw (k above 1): the notes under the "
         "guess say what a drawing cannot tell and what this network never learned.",
         "canvas", curve(square, 0.05, 2.0, {6, 9, 12})},
    };
    return l;
}

Lesson drawnByHand()
{
    Lesson l;
    l.title = "4. What people draw: any scale, by hand";
    l.config = presetByName("recommended").config;
    l.hiddenControls = {"files"};
    l.steps = {
        {"Draw a shape",
         "Lesson 3's network only knows the question's curves: a line with k above 1 is news "
         "to it. People draw and measure curves at any scale. This network learned them so: "
         "anywhere right of x = 0, any size, with a hand's jitter. It reads how well each "
         "family fits compared with the spread of the points, so units do not matter.\n\n"
         "Until you train one, the ready network that comes with CurveLab answers. Click six "
         "points along a line, a parabola arc or a root arc, anywhere.",
         "canvas",
         {}},
        {"Lab data in its own units",
         "A pendulum's period T in seconds against its length L in metres, measured with about "
         "1% error: T = 2 pi sqrt(L / g) is a root. In centimetres and minutes the network says "
         "exactly the same.\n\n"
         "On 10 000 sets of lab data (ten laws, 1% error) it was right 99.5% of the time after 8 "
         "measurements, least squares 97.8%.",
         "canvas",
         {{0.2, 0.90}, {0.4, 1.27}, {0.6, 1.55}, {0.8, 1.80}, {1.0, 2.01}, {1.2, 2.20}}},
        {"Train it yourself",
         "Press Start. In about 25 seconds it is right 97% of the time after 8 points on its "
         "test curves: curves with up to 3% jitter, many of them seen only in part, so that no "
         "one can always tell.\n\n"
         "Least squares and the Bayes reference sit beside it on the chart (here the reference "
         "is a close approximation, not a proven ceiling): on such drawings nobody does much "
         "better.",
         "training",
         {}},
    };
    return l;
}

} // namespace

std::vector<Lesson> builtInLessons()
{
    return {theQuestion(), theAnswer(), doneRight(), drawnByHand()};
}

} // namespace curvelab
