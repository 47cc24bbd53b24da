<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CanvasKeyboard</name>
    <message>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 of %2 picked, at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the cursor by a grid step (with Shift a tenth), Enter or Space places a point, [ and ] or Page Up and Page Down pick a point, arrows move the picked point, Delete removes it, Escape lets it go, Home centres the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move · Enter places · [ ] pick a point · Delete removes · Home centres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::AccuracyByLengthChart</name>
    <message>
        <source>points seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayes (approx.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::BeliefTimeline</name>
    <message>
        <source>After point %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided at point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the canvas to add points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belief after every point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the network&apos;s probability for each family changed as the points came in, one column per point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::CanvasDocument</name>
    <message>
        <source>Add point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::CanvasToolBar</name>
    <message>
        <source>The family &quot;Sample&quot; draws a curve from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a fresh curve of this family (new k and b) point by point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste points as CSV lines &quot;x,y&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the training range (wheel zooms, middle button pans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the view to the points, to see the shape of a flat curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family to sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::CanvasView</name>
    <message>
        <source>Belief after every point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the least-squares fit of every family with its residuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A halo per point: how much the final guess changes when that point is left out (filled: it supports the guess; dashed: it argues against it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These weights cannot classify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to train a network, or open a saved model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ready network answers, %1. Start trains one of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment in training answers: the weights of step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network from %1 answers (%n training step(s)).</source>
        <translation>
            <numerusform>The network from %1 answers (%n training step).</numerusform>
            <numerusform>The network from %1 answers (%n training steps).</numerusform>
        </translation>
    </message>
    <message>
        <source>Untrained weights answer: the guess is still random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network being trained answers: the weights of step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network after this point: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the canvas to add points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The belief after every point appears once there is a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points placed by mouse or keyboard and the network&apos;s guess after every point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Point %1 removed, %n point(s) left.</source>
        <translation>
            <numerusform>Point %1 removed, %n point left.</numerusform>
            <numerusform>Point %1 removed, %n points left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n point.</numerusform>
            <numerusform>%n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Guess: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::ConfusionMatrixView</name>
    <message>
        <source>true %1, guessed %2: %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each true family, how often the network named each family on the test curves: right answers lie on the diagonal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::CurvesView</name>
    <message>
        <source>New sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Draws new curves from the same families: other k, b and x, just as every training batch gets new ones.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y on log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Stretches small y values and squeezes large ones, so that a line and a parabola fit on one picture. Points with y of 0 or below cannot be shown on a log scale.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per family, %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s)</source>
        <translation>
            <numerusform>%n curve</numerusform>
            <numerusform>%n curves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) with y ≤ 0 not shown: a log scale cannot show them.</source>
        <translation>
            <numerusform>%n point with y ≤ 0 not shown: a log scale cannot show it.</numerusform>
            <numerusform>%n points with y ≤ 0 not shown: a log scale cannot show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curvelab::DataForm</name>
    <message>
        <source>drawn: any scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: the question&apos;s ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the curves come from. drawn: as people draw and measure them, at any scale and anywhere right of x = 0, with a hand&apos;s jitter; the families&apos; k and b ranges (and x ranges, for shapes such as x², √x or log x) then do not count. seed: the question&apos;s curves, k and b drawn from each family&apos;s ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per sequence: every curve gets its own k and b, so the network has to learn the shape of each family. Fixed per run: one k and b for the whole run, as in the accepted answer; it learns fast, but only those exact curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level per curve, up to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every curve gets its own noise level: none for some, any level up to the one set for the others, so that the network learns to read exact points and rough ones alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points the network sees in each training curve. More points show more of the shape, so the families are easier to tell apart; the question used 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random: the points arrive in the order they were drawn, as in the question. Sorted: they arrive from left to right, so the network sees the curve unfold. Mostly left to right: as a hand clicks, with a slip now and then and sometimes from the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a hand misses the curve, as a share of the plot: 0.01 is 1% of its width in x and of its height in y (3 px on a 350 px plot). 0 gives exact points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random jitter added to every y value, like measurement error (its standard deviation, in units of y). 0 gives perfect curves; more noise makes the families harder to tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::FamilyDialog</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the charts and the canvas call this family. Each family needs a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curves in x, k and b, written k*g(x) + b: k stretches the shape g(x), b moves it up or down. For example k*exp(x/10)+b, or the shape alone: x^3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the x values of the points are drawn from, written low..high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range the factor k is drawn from, written low..high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range the offset b is drawn from, written low..high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five curves of the family: k and b at the ends of their ranges and in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write y in x, k and b as k*g(x) + b, e.g. k*exp(x/10)+b, or the shape g(x) alone, e.g. x^3. Use + - * / ^, sin, cos, tan, exp, ln, log10, sqrt, abs and _pi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another family is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a formula in x, e.g. k*sin(x)+b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the %1 range as low..high, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK uses x = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curves appear once the formula and its ranges are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::FamilyPreview</name>
    <message>
        <source>Nothing to draw on this x range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::FamilyTable</name>
    <message>
        <source>Add family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a family of your own, written as a formula in x, k and b such as k*exp(x/10)+b. Up to %1 families can be ticked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup lists at most %1 families, ticked or not: remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked families are in the lesson: the network learns to tell them apart, so at least two must be ticked, and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the x values of this family&apos;s points are drawn from, written low..high. If the families&apos; x ranges differ, x alone gives the family away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factor k is drawn from this range, written low..high. A wide range lets the families look more alike, so telling them apart gets harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset b is drawn from this range, written low..high. It shifts the whole curve up or down without changing its shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits the family &quot;%1&quot;: its name, its formula and its ranges, with a preview of its curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the family &quot;%1&quot; from the list. To leave it out of the lesson but keep it, untick it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit family &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 families can be told apart: untick one before ticking &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: write each range as low..high, e.g. 5..15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: x range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: k range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: b range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::FeatureTable</name>
    <message>
        <source>What the network reads after each point (columns are point numbers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::FileActions</name>
    <message>
        <source>Stop training before opening a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (trained for %n step(s)). Start continues training it.</source>
        <translation>
            <numerusform>Opened %1 (trained for %n step). Start continues training it.</numerusform>
            <numerusform>Opened %1 (trained for %n steps). Start continues training it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save yet: train the network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the metrics to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the metrics to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CurveLab models (*.clm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CurveLab models (*.clm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::GateHeatmap</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1, point %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw points on the canvas to see inside the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values inside the cell at each point, one row per unit and one column per point, as colours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::GuessPanel</name>
    <message>
        <source>The network&apos;s guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Least squares: any family fits %n point(s) exactly</source>
        <translation>
            <numerusform>Least squares: any family fits %n point exactly</numerusform>
            <numerusform>Least squares: any family fits %n points exactly</numerusform>
        </translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;rms residual: %2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race contenders:&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::InsideView</name>
    <message>
        <source>What to show for every unit after every point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most active first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strongest push on the guess first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: how much a unit changes over the points. Push: how much its final hidden value moves the guessed family&apos;s score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the last layer feeds the guess)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::LanguageChoice</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CurveLab will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained network with the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classroom mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the controls chosen under &quot;Hidden in classroom mode&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden in classroom mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom mode: %1 hidden (Ctrl+Shift+C shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training before opening a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the lesson &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the lesson &quot;%1&quot; with its trained network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup has a problem, so there is no lesson to save yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the lesson to %1 with the trained network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CurveLab lessons (*.curvelab-lesson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CurveLab lessons (*.curvelab-lesson)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::LessonEditor</name>
    <message>
        <source>Edit lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay where the class is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to watch for. A blank line starts a new paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the canvas&apos;s points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this step opens, the canvas shows the points it has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves the canvas as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>puts %n point(s) on the canvas</source>
        <translation>
            <numerusform>puts %n point on the canvas</numerusform>
            <numerusform>puts %n points on the canvas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curvelab::LessonFile</name>
    <message>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of at most %2 points [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: point %2 must be two finite numbers [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (a title is one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (only line breaks and tabs are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CurveLab lesson file (it has no &quot;format&quot;: &quot;CurveLab lesson&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson file has no valid &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson file was written by a newer CurveLab (format version %1); this one reads version %2 and older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: must be an object with &quot;title&quot; and &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;view&quot; must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list of at most %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hiddenControls&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hiddenControls&quot; may name only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson has no &quot;setup&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untickedFamilies: a setup lists at most %1 families, ticked or not; this one lists %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untickedFamilies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a model file in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the included model was trained with another setup than the lesson&apos;s (its families, cell, size or input differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the included model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CurveLab lesson file: it is not readable JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the lesson to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::LessonPanel</name>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::MainWindow</name>
    <message>
        <source>Welcome to CurveLab. Press &lt;b&gt;Space&lt;/b&gt; (or Start) and watch a network learn to tell a line, a parabola and a root apart, drawn at any scale as people draw them. On the Canvas tab the ready network answers already: click a few points. The presets on the left replay the 2016 question and its fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CurveLab — watch an LSTM learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ready network does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training, or pause and resume it (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on exactly one batch, then pause (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training; the weights stay, Start continues from them (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget what the network learned: the next Start draws new random weights (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger chart text, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large text, thick lines and high-contrast colours, for a projector (F5; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy against points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CurveLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CurveLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CurveLab&lt;/b&gt;&lt;p&gt;Watch a recurrent network learn to tell function families apart from a few points, beside least squares and the Bayes-optimal ceiling.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot step: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights reset: the next Start draws new random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model settings changed: the trained weights do not fit the new model, so Start will begin from new random weights. &lt;a href=&quot;reset&quot;&gt;Reset weights now&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved settings ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker family colours, bold numbers and thicker axes and grid lines; on at first when the desktop&apos;s theme is a high-contrast one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::ManualWindow</name>
    <message>
        <source>CurveLab Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::ModelForm</name>
    <message>
        <source>The kind of memory cell that reads the points one by one. lstm and gru remember over many points; a plain rnn forgets quickly and is harder to train. mlp has no memory at all: it sees only the latest few points (Window), for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many numbers the network keeps in its memory from one point to the next. Too few and it cannot hold what it has seen; more makes every step slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many memory layers are stacked. One is enough for these curves; more layers learn more slowly and are harder to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the latest points the mlp sees at once. It has no memory beyond them: whatever came earlier is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network reads for each point. raw: just x and y, as in the question, so it must discover the shapes alone. family-fit: x and y scaled, plus how well each family fits the points so far and whether its k and b lie in their ranges. unit-free: how well each family fits, measured so that the units of x and y do not matter, for curves drawn at any scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::MomentSlider</name>
    <message>
        <source>Drag to see what the network thought of this drawing earlier in training; the right end follows training live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no moments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live (step %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::PointCanvas</name>
    <message>
        <source>Point %1: x = %2, y = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add points · drag to move · right-click to delete · wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::PointsTransfer</name>
    <message>
        <source>Cannot read these points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points found: expected lines &quot;x,y&quot; (or &quot;x;y&quot;, or two columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points are more than the canvas holds (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n point(s)</source>
        <translation>
            <numerusform>Paste %n point</numerusform>
            <numerusform>Paste %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>The text held %1 sequences; the canvas shows the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::ProbabilityBars</name>
    <message>
        <source>no guess yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar per family: how sure the network is, after the last point, that the points come from that family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::RaceView</name>
    <message>
        <source>Tick the contenders and start the race: each trains on the same batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss (moving average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy against points seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> batch loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long short-term memory: gates decide what to keep, so it remembers over many points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated recurrent unit: a leaner gated cell than the lstm, often as good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain recurrent cell without gates: it forgets quickly and is harder to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multi-layer perceptron over the latest points only (the Window in the setup): it has no memory beyond them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Trains every ticked contender from fresh weights on the same batches, with the setup&apos;s settings. Stop ends them all.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one contender to start a race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the race: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not racing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racing %1 on identical batches (seed %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> before any test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 leads with %3 after %n point(s)</source>
        <translation>
            <numerusform>%1: %2 leads with %3 after %n point</numerusform>
            <numerusform>%1: %2 leads with %3 after %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tie with %3 after %n point(s)</source>
        <translation>
            <numerusform>%1: %2 tie with %3 after %n point</numerusform>
            <numerusform>%1: %2 tie with %3 after %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::SetupPanel</name>
    <message>
        <source>Loads a ready-made setup that replays the story: the 2016 question, its accepted answer, or the setup CurveLab recommends. Every field below can still be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Changed since it was loaded: choose it again to reload.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingDashboard</name>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after all test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after 2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy against points seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n point(s)</source>
        <translation>
            <numerusform>after %n point</numerusform>
            <numerusform>after %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1   ·   %2 s   ·   %3 sequences/s   ·   accuracy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Target reached %1: %2% after %n point(s).</source>
        <translation>
            <numerusform>Target reached %1: %2% after %n point.</numerusform>
            <numerusform>Target reached %1: %2% after %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished %1 (%2). Start continues from these weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1; Start continues from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped %1: the test accuracy stayed near %2% for %3 steps, below the target of %4%. These families may not be told apart from %5 points; set a step or time budget to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingForm</name>
    <message>
        <source>The rule that turns the error into weight changes. adam adapts its step for every weight and usually learns quickly; sgd takes plain steps, as in the question, and needs a well chosen learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step the optimiser takes after each batch. Too small: learning crawls. Too large (10): the loss explodes and training stops. Can be changed while training runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divides the learning rate by 10: smaller, steadier steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>÷10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies the learning rate by 10: bigger steps, until they are so big that the loss explodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many curves the network looks at before each weight change. Larger batches give smoother, surer steps; 1, as in the question, gives jumpy ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps how big a single step can be, so that one unlucky batch cannot throw the network off course. off: no cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which guesses count when the network is corrected. per-step: its guess after every point, so it learns to answer early. per-step-sum: the same, added up instead of averaged, as in the question: bigger steps. last-step: only its guess after the last point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stops once the network names the right family this often on fresh test curves. off: no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stops after this many weight changes (steps). no limit: stop on time or on the target instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stops after this many seconds. no limit: stop on steps or on the target instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting number for everything random: the first weights and the curves drawn. The same seed replays the same run; another seed shows how much luck there is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be a number, e.g. 0.003 or 3e-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide learning rate by 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply learning rate by 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingSpeed</name>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one batch a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow training down so that a class can follow each step; full speed on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingWorker</name>
    <message>
        <source>Training stopped on an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::ViewHelp</name>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More in the manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wrong the network is on the curves it trains on, step by step; the dark line is smoothed. It should fall: flat means no learning, a jump up means the run diverged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of fresh test curves the network names correctly, after all points (solid) and after only 2 points (dashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the network is right after 1, 2, 3… points, beside least squares and the Bayes ceiling, the best any method can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are the true family, columns the network&apos;s guess. Numbers off the diagonal show which family is taken for which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add points; the network reads them in order and colours each by the family it favours after it. Drag to move a point, right-click to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family the network favours after the last point, with least squares&apos; verdict beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s probability for each family after the last point. Bars of similar length mean it cannot tell yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of each family after points 1, 2, 3… of the drawing; the mark shows where the network made up its mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One quantity inside the network: a column per point, a row per unit, coloured by value. Hover a cell for its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers the network reads at every point: running fits of each family, measured relative to the drawing, not the raw x and y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contenders of the race side by side on identical batches: loss, test accuracy and accuracy against points seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample of the curves the network trains on, coloured by family, drawn from the current setup. New sample draws others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::affineform</name>
    <message>
        <source>the number at the end cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number at position %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at the end cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is divided by 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b are divided by 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b is multiplied by %1: b must be added as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b is divided by %1: b must be added as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b are multiplied by k and b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b are multiplied by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is multiplied by k and b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is multiplied by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in a denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b appear in a denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in a logical operator (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b appear in a logical operator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in a comparison (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b appear in a comparison (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment (=) cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; outside a function&apos;s arguments cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check cannot follow it at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check cannot follow it at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula nests more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in the condition of ?:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b appear in the condition of ?:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in a branch of ?:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b appear in a branch of ?:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in a power (^)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b appear in a power (^)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(...) is unknown to the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears inside %2(...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b appear inside %1(...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unknown to the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k cancels out, so the curves would not depend on k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no k: k must multiply g(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k is multiplied by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b cancels out: b must be added as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no b: b must be added as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula adds %1 besides k*g(x) + b</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::architecturerace</name>
    <message>
        <source>a race needs a step budget of at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a race needs at least one contender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every contender needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two contenders are named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contender &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::bytecodec</name>
    <message>
        <source>%1 bytes in a string (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::cellinspection</name>
    <message>
        <source>input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::chartexport</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the chart has no size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from CurveLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the SVG drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::curvegenerator</name>
    <message>
        <source>unknown world &quot;%1&quot; (seed or drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown x order &quot;%1&quot; (random, sorted or mostly-sorted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence length must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise must be a number between 0 and 1e12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k and b fixed for a run belong to the seed world (the accepted answer); the drawn world draws them at any scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: %2 is undefined almost everywhere on its x range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::evaluator</name>
    <message>
        <source>evaluation needs at least one sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation needs at least one length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix lengths start at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model was trained on other families than these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring %1 sequences of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure fewer sequences or shorter ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::familyspec</name>
    <message>
        <source>cannot read the family &quot;%1&quot;: %2 (expected &quot;name: formula; x=a..b; k=c..d; b=e..f&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 is not a range of two numbers such as 0..1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &apos;:&apos; after the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name before &apos;:&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula after &apos;:&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not x=a..b, k=a..b or b=a..b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::featureencoder</name>
    <message>
        <source>unknown preprocessing &quot;%1&quot; (raw, family-fit or unit-free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left x / right x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x (scaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: misfit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: misfit across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gap to best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gap across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asinh(y)/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fitted k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fitted b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spread of f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: x in range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::filestore</name>
    <message>
        <source>it is a folder, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a socket, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to a folder, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to a device, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to a pipe (FIFO), which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to a socket, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to not a regular file, which is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; is not writable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, far more than such a file holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::functionfamily</name>
    <message>
        <source>family &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 range must be two finite numbers, low &lt; high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 range is too wide (high - low must be a finite number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is undefined at x = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have the form k*g(x) + b: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have the form k*g(x) + b, which cannot be confirmed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is undefined everywhere on x = %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is undefined on part of x = %2..%3 (at x = %4, for one); x narrowed to %5..%6, where it is defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family&apos;s name cannot contain &apos;,&apos;, &apos;;&apos;, a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least two families are needed to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two families are named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::guessexplanation</name>
    <message>
        <source>The best-fitting %1 has k = %2 and b = %3, but this network only saw %1 curves with k from %4 to %5 and b from %6 to %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best-fitting %1 has %2 = %3, but this network only saw %1 curves with %2 from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares fits a %1 best (rms %2 against %3 for a %4): the two fit about equally well, and the network leans the other way. A few more points will tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares fits a %1 best (rms %2 against %3 for a %4), far better than the %4 the network names: this network has not learned points like these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot tell yet: %1 %2%, %3 %4%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 That is why it does not believe a %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::memorybudget</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, and this machine has %3 available: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::modelfile</name>
    <message>
        <source>%1 families (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weight tensors (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dimensions (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tensor dimension of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tensor with more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; holds %2 values, which does not fit its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor dimension out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not describe a usable model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CurveLab model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated (it ends before its header does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CurveLab (format %2, this build reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt (it claims format 0, which does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt (a field runs past the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or corrupt (a field runs past the end and the checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save model to &quot;%1&quot;: it does not describe a usable model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save model to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read model file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::modelspec</name>
    <message>
        <source>unknown cell type &quot;%1&quot; (lstm, gru, rnn or mlp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cell type (lstm, gru, rnn or mlp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden size must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mlp&apos;s window must be between 1 and %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 families can be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights do not match the model: expected %1 tensors, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights do not match the model at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; holds NaN or infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; holds %2, far beyond what training makes (at most %3 in magnitude)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::pointscsv</name>
    <message>
        <source>two numbers x;y with a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two numbers x;y with a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two numbers x;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two numbers separated by a tab with a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two numbers separated by a tab with a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two numbers separated by a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two numbers x,y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot; (numbers must be finite and in range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot; (line %3 set the file&apos;s format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot; (with decimal commas, put &apos;;&apos; or a tab between the numbers, or each number in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 characters: not a line of points x,y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell a decimal comma from a thousands separator in &quot;%1&quot; (1,500: one and a half, or fifteen hundred?); write the number without grouping (1500) or put &apos;;&apos; between the columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::presets</name>
    <message>
        <source>The 2016 question, trained properly: k and b change with every sequence and raw (x, y) go in; it learns slowly and stalls short of the ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted answer: k and b fixed for the whole run. It learns fast, but only the three curves it saw, not the three families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s generator done right: k and b new for every sequence, features that make the shape visible, noise of any level up to 1.5, Adam and minibatches. Near its Bayes ceiling in half a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people draw and measure: curves at any scale, anywhere in x &gt; 0, clicked by hand or measured in their own units; features without units, Adam and minibatches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::readynetwork</name>
    <message>
        <source>trained on curves drawn and measured at any scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::recurrentclassifier</name>
    <message>
        <source>the weights belong to a different model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::sequencenotes</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point fits every family: the guess can only go by where it lies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two points fit every family exactly (k and b can always be chosen): from the third point on the shapes can be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1 and %2 are the same point: the second adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1 and %2 share x = %3: no curve y = f(x) passes through both, so every family fits badly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) is undefined at point %1: this point rules it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) is undefined at points %1: these points rule it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 lies left of x = 0: this network learned its shapes right of x = 0 (at any scale), so its guess there is an extrapolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1 lie left of x = 0: this network learned its shapes right of x = 0 (at any scale), so its guess there is an extrapolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 lies outside the x range trained on (%2 to %3): the guess there is an extrapolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1 lie outside the x range trained on (%2 to %3): the guess there is an extrapolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 lies far from every curve trained on (x %2 to %3, y %4 to %5): the network has never seen such values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1 lie far from every curve trained on (x %2 to %3, y %4 to %5): the network has never seen such values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 lies outside %2&apos;s x range (%3 to %4), the only place the network saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1 lie outside %2&apos;s x range (%3 to %4), the only place the network saw it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::shapefunction</name>
    <message>
        <source>cannot read f(x) = &quot;%1&quot;: %2 (at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read f(x) = &quot;%1&quot;: %2 (at position %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::trainer</name>
    <message>
        <source>training this setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use fewer sequences per batch, shorter sequences, fewer hidden units or fewer test sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at step %1 (the loss became NaN); the last good weights are kept. Try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at step %1 (the loss became infinite); the last good weights are kept. Try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at step %1: the loss climbed to %2, far above chance level. The weights of step %3 are kept. Try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curvelab::trainingconfig</name>
    <message>
        <source>unknown optimizer &quot;%1&quot; (adam or sgd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown loss &quot;%1&quot; (per-step, per-step-sum or last-step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model must classify the families the generator draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be greater than 0 (and at most 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence length must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test length must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient clip must be &gt;= 0 (0 turns it off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step budget must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time budget must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target accuracy must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a step budget, a time budget or a target accuracy, or training never stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test sequences must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation interval must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
