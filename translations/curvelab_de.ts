<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CanvasKeyboard</name>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>Point %1 of %2 picked, at %3.</source>
        <translation>Punkt %1 von %2 gewählt, bei %3.</translation>
    </message>
    <message>
        <source>Cursor at %1.</source>
        <translation>Cursor bei %1.</translation>
    </message>
    <message>
        <source>Arrow keys move the cursor by a grid step (with Shift a tenth), Enter or Space places a point, [ and ] or Page Up and Page Down pick a point, arrows move the picked point, Delete removes it, Escape lets it go, Home centres the cursor.</source>
        <translation>Pfeiltasten bewegen den Cursor um einen Rasterschritt (mit Umschalt um ein Zehntel), Eingabe oder Leertaste setzt einen Punkt, [ und ] oder Bild auf und Bild ab wählen einen Punkt, die Pfeiltasten verschieben den gewählten Punkt, Entf löscht ihn, Esc gibt ihn frei, Pos1 setzt den Cursor in die Mitte.</translation>
    </message>
    <message>
        <source>Arrows move · Enter places · [ ] pick a point · Delete removes · Home centres</source>
        <translation>Pfeile: bewegen · Eingabe: Punkt setzen · [ ]: Punkt wählen · Entf: löschen · Pos1: Mitte</translation>
    </message>
</context>
<context>
    <name>curvelab::AccuracyByLengthChart</name>
    <message>
        <source>points seen</source>
        <translation>gesehene Punkte</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>kleinste Quadrate</translation>
    </message>
    <message>
        <source>Bayes</source>
        <translation>Bayes</translation>
    </message>
    <message>
        <source>Bayes (approx.)</source>
        <translation>Bayes (genähert)</translation>
    </message>
</context>
<context>
    <name>curvelab::BeliefTimeline</name>
    <message>
        <source>After point %1: %2</source>
        <translation>Nach Punkt %1: %2</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>decided at point %1</source>
        <translation>entschieden bei Punkt %1</translation>
    </message>
    <message>
        <source>Click on the canvas to add points</source>
        <translation>Klicken Sie auf die Zeichenfläche, um Punkte zu setzen</translation>
    </message>
    <message>
        <source>Belief after every point</source>
        <translation>Einschätzung nach jedem Punkt</translation>
    </message>
    <message>
        <source>How the network&apos;s probability for each family changed as the points came in, one column per point.</source>
        <translation>Wie sich die Wahrscheinlichkeit des Netzes für jede Familie mit jedem neuen Punkt verändert hat, eine Spalte pro Punkt.</translation>
    </message>
</context>
<context>
    <name>curvelab::CanvasDocument</name>
    <message>
        <source>Add point %1</source>
        <translation>Punkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move point %1</source>
        <translation>Punkt %1 verschieben</translation>
    </message>
    <message>
        <source>Delete point %1</source>
        <translation>Punkt %1 löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>curvelab::CanvasToolBar</name>
    <message>
        <source>The family &quot;Sample&quot; draws a curve from</source>
        <translation>Die Familie, aus der „Beispiel“ eine Kurve zieht</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Place a fresh curve of this family (new k and b) point by point</source>
        <translation>Eine neue Kurve dieser Familie (neue k und b) Punkt für Punkt setzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Paste points</source>
        <translation>Punkte einfügen</translation>
    </message>
    <message>
        <source>Paste points as CSV lines &quot;x,y&quot;</source>
        <translation>Punkte als CSV-Zeilen „x,y“ einfügen</translation>
    </message>
    <message>
        <source>Open points…</source>
        <translation>Punkte öffnen…</translation>
    </message>
    <message>
        <source>Save points…</source>
        <translation>Punkte speichern…</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Back to the training range (wheel zooms, middle button pans)</source>
        <translation>Zurück zum Trainingsbereich (Mausrad zoomt, mittlere Taste verschiebt)</translation>
    </message>
    <message>
        <source>Zoom to points</source>
        <translation>Auf Punkte zoomen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Fit the view to the points, to see the shape of a flat curve</source>
        <translation>Die Ansicht an die Punkte anpassen, um die Form einer flachen Kurve zu sehen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Family to sample</source>
        <translation>Familie für das Beispiel</translation>
    </message>
</context>
<context>
    <name>curvelab::CanvasView</name>
    <message>
        <source>Belief after every point</source>
        <translation>Einschätzung nach jedem Punkt</translation>
    </message>
    <message>
        <source>Inside the cell</source>
        <translation>In der Zelle</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>Was das Netz sieht</translation>
    </message>
    <message>
        <source>Fitted curves</source>
        <translation>Angepasste Kurven</translation>
    </message>
    <message>
        <source>Draw the least-squares fit of every family with its residuals</source>
        <translation>Die Ausgleichskurve (kleinste Quadrate) jeder Familie mit ihren Residuen zeichnen</translation>
    </message>
    <message>
        <source>Point influence</source>
        <translation>Einfluss der Punkte</translation>
    </message>
    <message>
        <source>A halo per point: how much the final guess changes when that point is left out (filled: it supports the guess; dashed: it argues against it)</source>
        <translation>Ein Hof um jeden Punkt: wie stark sich die letzte Vermutung ändert, wenn dieser Punkt fehlt (gefüllt: er stützt die Vermutung; gestrichelt: er spricht dagegen)</translation>
    </message>
    <message>
        <source>These weights cannot classify: %1</source>
        <translation>Mit diesen Gewichten lässt sich nicht klassifizieren: %1</translation>
    </message>
    <message>
        <source>Press Start to train a network, or open a saved model.</source>
        <translation>Drücken Sie Start, um ein Netz zu trainieren, oder öffnen Sie ein gespeichertes Modell.</translation>
    </message>
    <message>
        <source>The ready network answers, %1. Start trains one of your own.</source>
        <translation>Das fertige Netz antwortet, %1. Start trainiert ein eigenes.</translation>
    </message>
    <message>
        <source>A moment in training answers: the weights of step %1.</source>
        <translation>Ein früherer Trainingsstand antwortet: die Gewichte von Schritt %1.</translation>
    </message>
    <message numerus="yes">
        <source>The network from %1 answers (%n training step(s)).</source>
        <translation>
            <numerusform>Das Netz aus %1 antwortet (%n Trainingsschritt).</numerusform>
            <numerusform>Das Netz aus %1 antwortet (%n Trainingsschritte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Untrained weights answer: the guess is still random.</source>
        <translation>Untrainierte Gewichte antworten: Die Vermutung ist noch zufällig.</translation>
    </message>
    <message>
        <source>The network being trained answers: the weights of step %1.</source>
        <translation>Das Netz im Training antwortet: die Gewichte von Schritt %1.</translation>
    </message>
    <message>
        <source>Network after this point: %1 %2</source>
        <translation>Netz nach diesem Punkt: %1 %2</translation>
    </message>
    <message>
        <source>Click on the canvas to add points</source>
        <translation>Klicken Sie auf die Zeichenfläche, um Punkte zu setzen</translation>
    </message>
    <message>
        <source>The belief after every point appears once there is a model</source>
        <translation>Die Einschätzung nach jedem Punkt erscheint, sobald es ein Modell gibt</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Points placed by mouse or keyboard and the network&apos;s guess after every point</source>
        <translation>Punkte, mit Maus oder Tastatur gesetzt, und die Vermutung des Netzes nach jedem Punkt</translation>
    </message>
    <message>
        <source>Point %1 at %2.</source>
        <translation>Punkt %1 bei %2.</translation>
    </message>
    <message numerus="yes">
        <source>Point %1 removed, %n point(s) left.</source>
        <translation>
            <numerusform>Punkt %1 entfernt, %n Punkt bleibt.</numerusform>
            <numerusform>Punkt %1 entfernt, %n Punkte bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n Punkt.</numerusform>
            <numerusform>%n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Guess: %2</source>
        <translation>%1 Vermutung: %2</translation>
    </message>
</context>
<context>
    <name>curvelab::ConfusionMatrixView</name>
    <message>
        <source>true %1, guessed %2: %3 (%4%)</source>
        <translation>tatsächlich %1, vermutet %2: %3 (%4%)</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Noch keine Testergebnisse</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <source>true family</source>
        <translation>tatsächliche Familie</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>For each true family, how often the network named each family on the test curves: right answers lie on the diagonal.</source>
        <translation>Für jede wahre Familie, wie oft das Netz auf den Testkurven welche Familie genannt hat: richtige Antworten liegen auf der Diagonale.</translation>
    </message>
</context>
<context>
    <name>curvelab::CurvesView</name>
    <message>
        <source>New sample</source>
        <translation>Neue Auswahl</translation>
    </message>
    <message>
        <source>&lt;p&gt;Draws new curves from the same families: other k, b and x, just as every training batch gets new ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zieht neue Kurven aus denselben Familien: andere k, b und x, so wie jeder Trainings-Batch neue bekommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>y on log scale</source>
        <translation>y logarithmisch</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stretches small y values and squeezes large ones, so that a line and a parabola fit on one picture. Points with y of 0 or below cannot be shown on a log scale.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Streckt kleine y-Werte und staucht große, sodass eine Gerade und eine Parabel auf ein Bild passen. Punkte mit y von 0 oder darunter lassen sich logarithmisch nicht darstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to draw: %1</source>
        <translation>Nichts zu zeichnen: %1</translation>
    </message>
    <message>
        <source>y (log scale)</source>
        <translation>y (logarithmisch)</translation>
    </message>
    <message>
        <source>%1 per family, %2 each</source>
        <translation>%1 pro Familie, je %2</translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s)</source>
        <translation>
            <numerusform>%n Kurve</numerusform>
            <numerusform>%n Kurven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) with y ≤ 0 not shown: a log scale cannot show them.</source>
        <translation>
            <numerusform>%n Punkt mit y ≤ 0 nicht gezeigt: Eine logarithmische Skala kann ihn nicht darstellen.</numerusform>
            <numerusform>%n Punkte mit y ≤ 0 nicht gezeigt: Eine logarithmische Skala kann sie nicht darstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curvelab::DataForm</name>
    <message>
        <source>drawn: any scale</source>
        <translation>drawn: beliebiger Maßstab</translation>
    </message>
    <message>
        <source>seed: the question&apos;s ranges</source>
        <translation>seed: Bereiche aus der Frage</translation>
    </message>
    <message>
        <source>Where the curves come from. drawn: as people draw and measure them, at any scale and anywhere right of x = 0, with a hand&apos;s jitter; the families&apos; k and b ranges (and x ranges, for shapes such as x², √x or log x) then do not count. seed: the question&apos;s curves, k and b drawn from each family&apos;s ranges.</source>
        <translation>Woher die Kurven kommen. drawn: so, wie Menschen sie zeichnen und messen, in beliebigem Maßstab und irgendwo rechts von x = 0, mit dem Zittern einer Hand; die k- und b-Bereiche der Familien (und die x-Bereiche, bei Formen wie x², √x oder log x) zählen dann nicht. seed: die Kurven aus der Frage, k und b aus den Bereichen jeder Familie gezogen.</translation>
    </message>
    <message>
        <source>per sequence</source>
        <translation>je Folge</translation>
    </message>
    <message>
        <source>fixed per run</source>
        <translation>fest pro Lauf</translation>
    </message>
    <message>
        <source>Per sequence: every curve gets its own k and b, so the network has to learn the shape of each family. Fixed per run: one k and b for the whole run, as in the accepted answer; it learns fast, but only those exact curves.</source>
        <translation>Je Folge: Jede Kurve bekommt eigene k und b, also muss das Netz die Form jeder Familie lernen. Fest pro Lauf: ein k und b für den ganzen Lauf, wie in der akzeptierten Antwort; es lernt schnell, aber nur genau diese Kurven.</translation>
    </message>
    <message>
        <source>a level per curve, up to this</source>
        <translation>eine Stärke je Kurve, bis zu diesem Wert</translation>
    </message>
    <message>
        <source>Every curve gets its own noise level: none for some, any level up to the one set for the others, so that the network learns to read exact points and rough ones alike.</source>
        <translation>Jede Kurve bekommt ihre eigene Rauschstärke: manche keine, die anderen eine beliebige bis zum eingestellten Wert, damit das Netz genaue und ungenaue Punkte gleichermaßen lesen lernt.</translation>
    </message>
    <message>
        <source>How many points the network sees in each training curve. More points show more of the shape, so the families are easier to tell apart; the question used 8.</source>
        <translation>Wie viele Punkte das Netz in jeder Trainingskurve sieht. Mehr Punkte zeigen mehr von der Form, sodass sich die Familien leichter unterscheiden lassen; die Frage nahm 8.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>sortiert</translation>
    </message>
    <message>
        <source>mostly left to right</source>
        <translation>meist von links nach rechts</translation>
    </message>
    <message>
        <source>Random: the points arrive in the order they were drawn, as in the question. Sorted: they arrive from left to right, so the network sees the curve unfold. Mostly left to right: as a hand clicks, with a slip now and then and sometimes from the right.</source>
        <translation>Zufällig: Die Punkte kommen in der Reihenfolge, in der sie gezogen wurden, wie in der Frage. Sortiert: Sie kommen von links nach rechts, sodass das Netz die Kurve entstehen sieht. Meist von links nach rechts: wie eine Hand klickt, mal mit einem Ausrutscher und manchmal von rechts.</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>k and b</source>
        <translation>k und b</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Points per curve</source>
        <translation>Punkte pro Kurve</translation>
    </message>
    <message>
        <source>x order</source>
        <translation>Reihenfolge in x</translation>
    </message>
    <message>
        <source>How far a hand misses the curve, as a share of the plot: 0.01 is 1% of its width in x and of its height in y (3 px on a 350 px plot). 0 gives exact points.</source>
        <translation>Wie weit eine Hand die Kurve verfehlt, als Anteil des Diagramms: 0.01 ist 1 % seiner Breite in x und seiner Höhe in y (3 px bei einem 350 px großen Diagramm). 0 ergibt genaue Punkte.</translation>
    </message>
    <message>
        <source>Random jitter added to every y value, like measurement error (its standard deviation, in units of y). 0 gives perfect curves; more noise makes the families harder to tell apart.</source>
        <translation>Zufällige Abweichung auf jedem y-Wert, wie ein Messfehler (ihre Standardabweichung, in Einheiten von y). 0 ergibt perfekte Kurven; mehr Rauschen macht die Familien schwerer zu unterscheiden.</translation>
    </message>
</context>
<context>
    <name>curvelab::FamilyDialog</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>What the charts and the canvas call this family. Each family needs a name of its own.</source>
        <translation>Wie Diagramme und Zeichenfläche diese Familie nennen. Jede Familie braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>The curves in x, k and b, written k*g(x) + b: k stretches the shape g(x), b moves it up or down. For example k*exp(x/10)+b, or the shape alone: x^3.</source>
        <translation>Die Kurven in x, k und b, geschrieben als k*g(x) + b: k streckt die Form g(x), b verschiebt sie nach oben oder unten. Zum Beispiel k*exp(x/10)+b oder nur die Form: x^3.</translation>
    </message>
    <message>
        <source>Where the x values of the points are drawn from, written low..high.</source>
        <translation>Woraus die x-Werte der Punkte gezogen werden, geschrieben als unten..oben.</translation>
    </message>
    <message>
        <source>The range the factor k is drawn from, written low..high.</source>
        <translation>Der Bereich, aus dem der Faktor k gezogen wird, geschrieben als unten..oben.</translation>
    </message>
    <message>
        <source>The range the offset b is drawn from, written low..high.</source>
        <translation>Der Bereich, aus dem die Verschiebung b gezogen wird, geschrieben als unten..oben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>x range</source>
        <translation>x-Bereich</translation>
    </message>
    <message>
        <source>k range</source>
        <translation>k-Bereich</translation>
    </message>
    <message>
        <source>b range</source>
        <translation>b-Bereich</translation>
    </message>
    <message>
        <source>Five curves of the family: k and b at the ends of their ranges and in the middle.</source>
        <translation>Fünf Kurven der Familie: k und b an den Enden ihrer Bereiche und in der Mitte.</translation>
    </message>
    <message>
        <source>Write y in x, k and b as k*g(x) + b, e.g. k*exp(x/10)+b, or the shape g(x) alone, e.g. x^3. Use + - * / ^, sin, cos, tan, exp, ln, log10, sqrt, abs and _pi.</source>
        <translation>Schreiben Sie y in x, k und b als k*g(x) + b, z. B. k*exp(x/10)+b, oder nur die Form g(x), z. B. x^3. Erlaubt sind + - * / ^, sin, cos, tan, exp, ln, log10, sqrt, abs und _pi.</translation>
    </message>
    <message>
        <source>a family needs a name</source>
        <translation>eine Familie braucht einen Namen</translation>
    </message>
    <message>
        <source>another family is already named &quot;%1&quot;</source>
        <translation>eine andere Familie heißt bereits „%1“</translation>
    </message>
    <message>
        <source>write a formula in x, e.g. k*sin(x)+b</source>
        <translation>schreiben Sie eine Formel in x, z. B. k*sin(x)+b</translation>
    </message>
    <message>
        <source>write the %1 range as low..high, e.g. %2</source>
        <translation>schreiben Sie den %1-Bereich als unten..oben, z. B. %2</translation>
    </message>
    <message>
        <source>OK uses x = %1.</source>
        <translation>OK verwendet x = %1.</translation>
    </message>
    <message>
        <source>The curves appear once the formula and its ranges are accepted.</source>
        <translation>Die Kurven erscheinen, sobald Formel und Bereiche gültig sind.</translation>
    </message>
</context>
<context>
    <name>curvelab::FamilyPreview</name>
    <message>
        <source>Nothing to draw on this x range.</source>
        <translation>In diesem x-Bereich gibt es nichts zu zeichnen.</translation>
    </message>
</context>
<context>
    <name>curvelab::FamilyTable</name>
    <message>
        <source>Add family…</source>
        <translation>Familie hinzufügen…</translation>
    </message>
    <message>
        <source>Adds a family of your own, written as a formula in x, k and b such as k*exp(x/10)+b. Up to %1 families can be ticked at once.</source>
        <translation>Fügt eine eigene Familie hinzu, geschrieben als Formel in x, k und b wie k*exp(x/10)+b. Bis zu %1 Familien können gleichzeitig angehakt sein.</translation>
    </message>
    <message>
        <source>The setup lists at most %1 families, ticked or not: remove one to add another.</source>
        <translation>Die Einstellungen fassen höchstens %1 Familien, angehakt oder nicht: Entfernen Sie eine, um eine weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>Ticked families are in the lesson: the network learns to tell them apart, so at least two must be ticked, and at most %1.</source>
        <translation>Angehakte Familien sind in der Lektion: Das Netz lernt, sie zu unterscheiden, also müssen mindestens zwei angehakt sein und höchstens %1.</translation>
    </message>
    <message>
        <source>Where the x values of this family&apos;s points are drawn from, written low..high. If the families&apos; x ranges differ, x alone gives the family away.</source>
        <translation>Woraus die x-Werte der Punkte dieser Familie gezogen werden, geschrieben als unten..oben. Unterscheiden sich die x-Bereiche der Familien, verrät schon x die Familie.</translation>
    </message>
    <message>
        <source>The factor k is drawn from this range, written low..high. A wide range lets the families look more alike, so telling them apart gets harder.</source>
        <translation>Der Faktor k wird aus diesem Bereich gezogen, geschrieben als unten..oben. Ein weiter Bereich lässt die Familien ähnlicher aussehen, sodass sie schwerer zu unterscheiden sind.</translation>
    </message>
    <message>
        <source>The offset b is drawn from this range, written low..high. It shifts the whole curve up or down without changing its shape.</source>
        <translation>Die Verschiebung b wird aus diesem Bereich gezogen, geschrieben als unten..oben. Sie verschiebt die ganze Kurve nach oben oder unten, ohne ihre Form zu ändern.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edits the family &quot;%1&quot;: its name, its formula and its ranges, with a preview of its curves.</source>
        <translation>Bearbeitet die Familie „%1“: Name, Formel und Bereiche, mit einer Vorschau ihrer Kurven.</translation>
    </message>
    <message>
        <source>Removes the family &quot;%1&quot; from the list. To leave it out of the lesson but keep it, untick it instead.</source>
        <translation>Entfernt die Familie „%1“ aus der Liste. Um sie aus der Lektion herauszunehmen, aber zu behalten, entfernen Sie stattdessen den Haken.</translation>
    </message>
    <message>
        <source>Add family</source>
        <translation>Familie hinzufügen</translation>
    </message>
    <message>
        <source>Edit family &quot;%1&quot;</source>
        <translation>Familie „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>at most %1 families can be told apart: untick one before ticking &quot;%2&quot;</source>
        <translation>höchstens %1 Familien lassen sich unterscheiden: Entfernen Sie einen Haken, bevor Sie „%2“ anhaken</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: write each range as low..high, e.g. 5..15</source>
        <translation>Familie „%1“: Schreiben Sie jeden Bereich als unten..oben, z. B. 5..15</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1: x range</source>
        <translation>%1: x-Bereich</translation>
    </message>
    <message>
        <source>%1: k range</source>
        <translation>%1: k-Bereich</translation>
    </message>
    <message>
        <source>%1: b range</source>
        <translation>%1: b-Bereich</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>curvelab::FeatureTable</name>
    <message>
        <source>What the network reads after each point (columns are point numbers)</source>
        <translation>Was das Netz nach jedem Punkt liest (Spalten sind Punktnummern)</translation>
    </message>
</context>
<context>
    <name>curvelab::FileActions</name>
    <message>
        <source>Stop training before opening a model.</source>
        <translation>Beenden Sie das Training, bevor Sie ein Modell öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (trained for %n step(s)). Start continues training it.</source>
        <translation>
            <numerusform>%1 geöffnet (%n Schritt trainiert). Start trainiert es weiter.</numerusform>
            <numerusform>%1 geöffnet (%n Schritte trainiert). Start trainiert es weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save yet: train the network first.</source>
        <translation>Noch nichts zu speichern: Trainieren Sie zuerst das Netz.</translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation>Modell in %1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot write the metrics to %1: %2</source>
        <translation>Die Messwerte lassen sich nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>Exported the metrics to %1</source>
        <translation>Messwerte nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>CurveLab models (*.clm);;All files (*)</source>
        <translation>CurveLab-Modelle (*.clm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>CurveLab models (*.clm)</source>
        <translation>CurveLab-Modelle (*.clm)</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>curvelab::GateHeatmap</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>unit %1, point %2: %3 %4</source>
        <translation>Einheit %1, Punkt %2: %3 %4</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>Draw points on the canvas to see inside the cell</source>
        <translation>Setzen Sie Punkte auf die Zeichenfläche, um in die Zelle zu sehen</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Gate heatmap</source>
        <translation>Gate-Heatmap</translation>
    </message>
    <message>
        <source>The values inside the cell at each point, one row per unit and one column per point, as colours.</source>
        <translation>Die Werte in der Zelle bei jedem Punkt als Farben, eine Zeile pro Einheit und eine Spalte pro Punkt.</translation>
    </message>
</context>
<context>
    <name>curvelab::GuessPanel</name>
    <message>
        <source>The network&apos;s guess</source>
        <translation>Die Vermutung des Netzes</translation>
    </message>
    <message numerus="yes">
        <source>Least squares: any family fits %n point(s) exactly</source>
        <translation>
            <numerusform>Kleinste Quadrate: Jede Familie passt genau durch %n Punkt</numerusform>
            <numerusform>Kleinste Quadrate: Jede Familie passt genau durch %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>Least squares: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;rms residual: %2&lt;/small&gt;</source>
        <translation>Kleinste Quadrate: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;RMS-Residuum: %2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Race contenders:&lt;br&gt;</source>
        <translation>Teilnehmer des Rennens:&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>curvelab::InsideView</name>
    <message>
        <source>What to show for every unit after every point</source>
        <translation>Was für jede Einheit nach jedem Punkt gezeigt wird</translation>
    </message>
    <message>
        <source>unit number</source>
        <translation>Nummer der Einheit</translation>
    </message>
    <message>
        <source>most active first</source>
        <translation>aktivste zuerst</translation>
    </message>
    <message>
        <source>strongest push on the guess first</source>
        <translation>stärkster Einfluss auf die Vermutung zuerst</translation>
    </message>
    <message>
        <source>Activity: how much a unit changes over the points. Push: how much its final hidden value moves the guessed family&apos;s score.</source>
        <translation>Aktivität: wie stark sich eine Einheit über die Punkte hinweg ändert. Einfluss: wie stark ihr letzter verborgener Wert die Punktzahl der vermuteten Familie verschiebt.</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>Schicht </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>sorted by</source>
        <translation>sortiert nach</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, Schicht %2</translation>
    </message>
    <message>
        <source>(only the last layer feeds the guess)</source>
        <translation>(nur die letzte Schicht speist die Vermutung)</translation>
    </message>
</context>
<context>
    <name>curvelab::LanguageChoice</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>CurveLab will use the new language the next time it starts.</source>
        <translation>CurveLab verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>curvelab::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>Lektion ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>Lektion &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>Lektion &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Save the trained network with the lesson</source>
        <translation>Das trainierte Netz mit der Lektion speichern</translation>
    </message>
    <message>
        <source>&amp;Classroom mode</source>
        <translation>&amp;Unterrichtsmodus</translation>
    </message>
    <message>
        <source>Hide the controls chosen under &quot;Hidden in classroom mode&quot;</source>
        <translation>Die unter „Im Unterrichtsmodus verborgen“ gewählten Bedienelemente ausblenden</translation>
    </message>
    <message>
        <source>&amp;Hidden in classroom mode</source>
        <translation>Im Unterrichtsmodus &amp;verborgen</translation>
    </message>
    <message>
        <source>Classroom mode: %1 hidden (Ctrl+Shift+C shows all)</source>
        <translation>Unterrichtsmodus: %1 verborgen (Strg+Umschalt+C zeigt alles)</translation>
    </message>
    <message>
        <source>Stop training before opening a lesson.</source>
        <translation>Beenden Sie das Training, bevor Sie eine Lektion öffnen.</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot;</source>
        <translation>die Lektion „%1“</translation>
    </message>
    <message>
        <source>Opened the lesson &quot;%1&quot;.</source>
        <translation>Lektion „%1“ geöffnet.</translation>
    </message>
    <message>
        <source>Opened the lesson &quot;%1&quot; with its trained network.</source>
        <translation>Lektion „%1“ mit ihrem trainierten Netz geöffnet.</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Unbenannte Lektion</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>Lektionsschritt</translation>
    </message>
    <message>
        <source>The setup has a problem, so there is no lesson to save yet: %1</source>
        <translation>Die Einstellungen haben einen Fehler, daher gibt es noch keine Lektion zum Speichern: %1</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>Lektion in %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the lesson to %1 with the trained network</source>
        <translation>Lektion mit dem trainierten Netz in %1 gespeichert</translation>
    </message>
    <message>
        <source>CurveLab lessons (*.curvelab-lesson);;All files (*)</source>
        <translation>CurveLab-Lektionen (*.curvelab-lesson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>CurveLab lessons (*.curvelab-lesson)</source>
        <translation>CurveLab-Lektionen (*.curvelab-lesson)</translation>
    </message>
</context>
<context>
    <name>curvelab::LessonEditor</name>
    <message>
        <source>Edit lesson</source>
        <translation>Lektion bearbeiten</translation>
    </message>
    <message>
        <source>stay where the class is</source>
        <translation>bleiben, wo die Klasse ist</translation>
    </message>
    <message>
        <source>the %1 tab</source>
        <translation>der Reiter %1</translation>
    </message>
    <message>
        <source>What to watch for. A blank line starts a new paragraph.</source>
        <translation>Worauf zu achten ist. Eine Leerzeile beginnt einen neuen Absatz.</translation>
    </message>
    <message>
        <source>Use the canvas&apos;s points</source>
        <translation>Punkte der Zeichenfläche übernehmen</translation>
    </message>
    <message>
        <source>No points</source>
        <translation>Keine Punkte</translation>
    </message>
    <message>
        <source>When this step opens, the canvas shows the points it has now.</source>
        <translation>Wenn dieser Schritt öffnet, zeigt die Zeichenfläche die Punkte, die sie jetzt hat.</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>leaves the canvas as it is</source>
        <translation>lässt die Zeichenfläche, wie sie ist</translation>
    </message>
    <message numerus="yes">
        <source>puts %n point(s) on the canvas</source>
        <translation>
            <numerusform>setzt %n Punkt auf die Zeichenfläche</numerusform>
            <numerusform>setzt %n Punkte auf die Zeichenfläche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curvelab::LessonFile</name>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of at most %2 points [x, y]</source>
        <translation>&quot;%1&quot; muss eine Liste von höchstens %2 Punkten [x, y] sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: point %2 must be two finite numbers [x, y]</source>
        <translation>&quot;%1&quot;: Punkt %2 muss aus zwei endlichen Zahlen [x, y] bestehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most %2 characters</source>
        <translation>&quot;%1&quot; muss ein Text von höchstens %2 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (a title is one line)</source>
        <translation>&quot;%1&quot; enthält ein Steuerzeichen (ein Titel ist eine einzige Zeile)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (only line breaks and tabs are allowed)</source>
        <translation>&quot;%1&quot; enthält ein Steuerzeichen (erlaubt sind nur Zeilenumbrüche und Tabulatoren)</translation>
    </message>
    <message>
        <source>this is not a CurveLab lesson file (it has no &quot;format&quot;: &quot;CurveLab lesson&quot;)</source>
        <translation>dies ist keine CurveLab-Lektionsdatei (ihr fehlt &quot;format&quot;: &quot;CurveLab lesson&quot;)</translation>
    </message>
    <message>
        <source>the lesson file has no valid &quot;version&quot;</source>
        <translation>die Lektionsdatei hat keine gültige &quot;version&quot;</translation>
    </message>
    <message>
        <source>the lesson file was written by a newer CurveLab (format version %1); this one reads version %2 and older</source>
        <translation>die Lektionsdatei wurde von einem neueren CurveLab geschrieben (Formatversion %1); dieses liest Version %2 und ältere</translation>
    </message>
    <message>
        <source>step %1: must be an object with &quot;title&quot; and &quot;text&quot;</source>
        <translation>Schritt %1: muss ein Objekt mit &quot;title&quot; und &quot;text&quot; sein</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be one of %1</source>
        <translation>&quot;view&quot; muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>step %1 points</source>
        <translation>Punkte von Schritt %1</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list of at most %1 steps</source>
        <translation>&quot;steps&quot; muss eine Liste von höchstens %1 Schritten sein</translation>
    </message>
    <message>
        <source>&quot;hiddenControls&quot; must be a list</source>
        <translation>&quot;hiddenControls&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;hiddenControls&quot; may name only %1</source>
        <translation>&quot;hiddenControls&quot; darf nur diese nennen: %1</translation>
    </message>
    <message>
        <source>the lesson has no &quot;setup&quot;</source>
        <translation>die Lektion hat kein &quot;setup&quot;</translation>
    </message>
    <message>
        <source>setup: %1</source>
        <translation>setup: %1</translation>
    </message>
    <message>
        <source>untickedFamilies: a setup lists at most %1 families, ticked or not; this one lists %2</source>
        <translation>untickedFamilies: Einstellungen fassen höchstens %1 Familien, angehakt oder nicht; diese nennen %2</translation>
    </message>
    <message>
        <source>untickedFamilies: %1</source>
        <translation>untickedFamilies: %1</translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a model file in base64</source>
        <translation>&quot;model&quot; muss eine Modelldatei in Base64 sein</translation>
    </message>
    <message>
        <source>the included model was trained with another setup than the lesson&apos;s (its families, cell, size or input differ)</source>
        <translation>das mitgelieferte Modell wurde mit anderen Einstellungen trainiert als denen der Lektion (Familien, Zelle, Größe oder Eingabe weichen ab)</translation>
    </message>
    <message>
        <source>the included model: %1</source>
        <translation>das mitgelieferte Modell: %1</translation>
    </message>
    <message>
        <source>this is not a CurveLab lesson file: it is not readable JSON (%1 at character %2)</source>
        <translation>dies ist keine CurveLab-Lektionsdatei: Sie ist kein lesbares JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>cannot save the lesson to %1: %2</source>
        <translation>die Lektion kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot open the lesson %1: %2</source>
        <translation>die Lektion %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>curvelab::LessonPanel</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Lektion beenden</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>Nächster Schritt (Bild ab)</translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>Vorheriger Schritt (Bild auf)</translation>
    </message>
    <message>
        <source>This lesson has no steps.</source>
        <translation>Diese Lektion hat keine Schritte.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>curvelab::MainWindow</name>
    <message>
        <source>Welcome to CurveLab. Press &lt;b&gt;Space&lt;/b&gt; (or Start) and watch a network learn to tell a line, a parabola and a root apart, drawn at any scale as people draw them. On the Canvas tab the ready network answers already: click a few points. The presets on the left replay the 2016 question and its fixes.</source>
        <translation>Willkommen bei CurveLab. Drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt; (oder Start) und sehen Sie zu, wie ein Netz lernt, eine Gerade, eine Parabel und eine Wurzel zu unterscheiden, in jedem Maßstab gezeichnet, wie Menschen sie zeichnen. Auf dem Reiter Zeichenfläche antwortet schon das fertige Netz: Klicken Sie ein paar Punkte. Die Vorlagen links spielen die Frage von 2016 und ihre Lösungen nach.</translation>
    </message>
    <message>
        <source>CurveLab — watch an LSTM learn</source>
        <translation>CurveLab – einem LSTM beim Lernen zusehen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Rennen</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The ready network does not load: %1</source>
        <translation>Das fertige Netz lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start training, or pause and resume it (Space)</source>
        <translation>Training starten oder anhalten und fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train on exactly one batch, then pause (.)</source>
        <translation>Genau einen Batch trainieren, dann anhalten (.)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop training; the weights stay, Start continues from them (Esc)</source>
        <translation>Training beenden; die Gewichte bleiben, Start macht mit ihnen weiter (Esc)</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Gewichte zurücksetzen</translation>
    </message>
    <message>
        <source>Forget what the network learned: the next Start draws new random weights (Ctrl+R)</source>
        <translation>Vergessen, was das Netz gelernt hat: Der nächste Start zieht neue zufällige Gewichte (Strg+R)</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Bigger chart text, for a projector</source>
        <translation>Größere Schrift in den Diagrammen, für einen Beamer</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large text, thick lines and high-contrast colours, for a projector (F5; Esc leaves)</source>
        <translation>Vollbild, große Schrift, dicke Linien und kontrastreiche Farben, für einen Beamer (F5; Esc beendet)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>Modell &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export chart</source>
        <translation>Diagramm &amp;exportieren</translation>
    </message>
    <message>
        <source>Training loss…</source>
        <translation>Trainingsverlust…</translation>
    </message>
    <message>
        <source>Test accuracy…</source>
        <translation>Testgenauigkeit…</translation>
    </message>
    <message>
        <source>Accuracy against points…</source>
        <translation>Genauigkeit nach Punkten…</translation>
    </message>
    <message>
        <source>Confusion matrix…</source>
        <translation>Konfusionsmatrix…</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>&amp;Messwerte als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CurveLab</source>
        <translation>&amp;Über CurveLab</translation>
    </message>
    <message>
        <source>About CurveLab</source>
        <translation>Über CurveLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;CurveLab&lt;/b&gt;&lt;p&gt;Watch a recurrent network learn to tell function families apart from a few points, beside least squares and the Bayes-optimal ceiling.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CurveLab&lt;/b&gt;&lt;p&gt;Sehen Sie zu, wie ein rekurrentes Netz lernt, Funktionsfamilien an wenigen Punkten zu unterscheiden, neben der Methode der kleinsten Quadrate und der Bayes-optimalen Obergrenze.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <source>Learning rate now %1</source>
        <translation>Lernrate jetzt %1</translation>
    </message>
    <message>
        <source>Cannot start: </source>
        <translation>Start nicht möglich: </translation>
    </message>
    <message>
        <source>Cannot step: </source>
        <translation>Schritt nicht möglich: </translation>
    </message>
    <message>
        <source>Weights reset: the next Start draws new random weights</source>
        <translation>Gewichte zurückgesetzt: Der nächste Start zieht neue zufällige Gewichte</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The model settings changed: the trained weights do not fit the new model, so Start will begin from new random weights. &lt;a href=&quot;reset&quot;&gt;Reset weights now&lt;/a&gt;</source>
        <translation>Die Modelleinstellungen haben sich geändert: Die trainierten Gewichte passen nicht zum neuen Modell, daher beginnt Start mit neuen zufälligen Gewichten. &lt;a href=&quot;reset&quot;&gt;Gewichte jetzt zurücksetzen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Saved settings ignored: %1</source>
        <translation>Gespeicherte Einstellungen ignoriert: %1</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Darker family colours, bold numbers and thicker axes and grid lines; on at first when the desktop&apos;s theme is a high-contrast one</source>
        <translation>Dunklere Familienfarben, fette Zahlen und dickere Achsen und Gitterlinien; von Anfang an eingeschaltet, wenn das Design des Desktops kontrastreich ist</translation>
    </message>
</context>
<context>
    <name>curvelab::ManualWindow</name>
    <message>
        <source>CurveLab Manual</source>
        <translation>CurveLab-Handbuch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
</context>
<context>
    <name>curvelab::ModelForm</name>
    <message>
        <source>The kind of memory cell that reads the points one by one. lstm and gru remember over many points; a plain rnn forgets quickly and is harder to train. mlp has no memory at all: it sees only the latest few points (Window), for comparison.</source>
        <translation>Die Art der Gedächtniszelle, die die Punkte nacheinander liest. lstm und gru erinnern sich über viele Punkte; ein einfaches rnn vergisst schnell und ist schwerer zu trainieren. mlp hat gar kein Gedächtnis: Es sieht nur die letzten paar Punkte (Fenster), zum Vergleich.</translation>
    </message>
    <message>
        <source>How many numbers the network keeps in its memory from one point to the next. Too few and it cannot hold what it has seen; more makes every step slower.</source>
        <translation>Wie viele Zahlen das Netz von einem Punkt zum nächsten im Gedächtnis behält. Zu wenige, und es kann nicht festhalten, was es gesehen hat; mehr macht jeden Schritt langsamer.</translation>
    </message>
    <message>
        <source>How many memory layers are stacked. One is enough for these curves; more layers learn more slowly and are harder to train.</source>
        <translation>Wie viele Gedächtnisschichten übereinanderliegen. Eine reicht für diese Kurven; mehr Schichten lernen langsamer und sind schwerer zu trainieren.</translation>
    </message>
    <message>
        <source>How many of the latest points the mlp sees at once. It has no memory beyond them: whatever came earlier is forgotten.</source>
        <translation>Wie viele der letzten Punkte das mlp auf einmal sieht. Darüber hinaus hat es kein Gedächtnis: Was früher kam, ist vergessen.</translation>
    </message>
    <message>
        <source>What the network reads for each point. raw: just x and y, as in the question, so it must discover the shapes alone. family-fit: x and y scaled, plus how well each family fits the points so far and whether its k and b lie in their ranges. unit-free: how well each family fits, measured so that the units of x and y do not matter, for curves drawn at any scale.</source>
        <translation>Was das Netz zu jedem Punkt liest. raw: nur x und y, wie in der Frage, also muss es die Formen allein entdecken. family-fit: x und y skaliert, dazu wie gut jede Familie bisher zu den Punkten passt und ob ihr k und b in ihren Bereichen liegen. unit-free: wie gut jede Familie passt, so gemessen, dass die Einheiten von x und y keine Rolle spielen, für Kurven in jedem Maßstab.</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Gedächtnisgröße</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Eingabemerkmale</translation>
    </message>
</context>
<context>
    <name>curvelab::MomentSlider</name>
    <message>
        <source>Drag to see what the network thought of this drawing earlier in training; the right end follows training live</source>
        <translation>Ziehen, um zu sehen, was das Netz früher im Training von dieser Zeichnung hielt; das rechte Ende folgt dem Training live</translation>
    </message>
    <message>
        <source>Moment in training</source>
        <translation>Zeitpunkt im Training</translation>
    </message>
    <message>
        <source>no moments yet</source>
        <translation>noch keine Zeitpunkte</translation>
    </message>
    <message>
        <source>live (step %1)</source>
        <translation>live (Schritt %1)</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>curvelab::PointCanvas</name>
    <message>
        <source>Point %1: x = %2, y = %3</source>
        <translation>Punkt %1: x = %2, y = %3</translation>
    </message>
    <message>
        <source>Add point %1</source>
        <translation>Punkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>training range</source>
        <translation>Trainingsbereich</translation>
    </message>
    <message>
        <source>Click to add points · drag to move · right-click to delete · wheel to zoom</source>
        <translation>Klicken: Punkt setzen · Ziehen: verschieben · Rechtsklick: löschen · Mausrad: zoomen</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>curvelab::PointsTransfer</name>
    <message>
        <source>Cannot read these points: %1</source>
        <translation>Diese Punkte lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>No points found: expected lines &quot;x,y&quot; (or &quot;x;y&quot;, or two columns)</source>
        <translation>Keine Punkte gefunden: erwartet werden Zeilen „x,y“ (oder „x;y“ oder zwei Spalten)</translation>
    </message>
    <message>
        <source>%1 points are more than the canvas holds (%2)</source>
        <translation>%1 Punkte sind mehr, als die Zeichenfläche fasst (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n point(s)</source>
        <translation>
            <numerusform>%n Punkt einfügen</numerusform>
            <numerusform>%n Punkte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The text held %1 sequences; the canvas shows the first.</source>
        <translation>Der Text enthielt %1 Folgen; die Zeichenfläche zeigt die erste.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Punkte öffnen</translation>
    </message>
    <message>
        <source>Points (*.csv *.txt);;All files (*)</source>
        <translation>Punkte (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save points</source>
        <translation>Punkte speichern</translation>
    </message>
    <message>
        <source>Points (*.csv)</source>
        <translation>Punkte (*.csv)</translation>
    </message>
</context>
<context>
    <name>curvelab::ProbabilityBars</name>
    <message>
        <source>no guess yet</source>
        <translation>noch keine Vermutung</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>A bar per family: how sure the network is, after the last point, that the points come from that family.</source>
        <translation>Ein Balken pro Familie: wie sicher das Netz nach dem letzten Punkt ist, dass die Punkte aus dieser Familie stammen.</translation>
    </message>
</context>
<context>
    <name>curvelab::RaceView</name>
    <message>
        <source>Tick the contenders and start the race: each trains on the same batches.</source>
        <translation>Haken Sie die Teilnehmer an und starten Sie das Rennen: Jeder trainiert auf denselben Batches.</translation>
    </message>
    <message>
        <source>Training loss (moving average)</source>
        <translation>Trainingsverlust (gleitender Mittelwert)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Accuracy against points seen</source>
        <translation>Genauigkeit nach Punkten</translation>
    </message>
    <message>
        <source>points seen</source>
        <translation>gesehene Punkte</translation>
    </message>
    <message>
        <source> batch loss</source>
        <translation> Batch-Verlust</translation>
    </message>
    <message>
        <source>Long short-term memory: gates decide what to keep, so it remembers over many points.</source>
        <translation>Long Short-Term Memory: Gates entscheiden, was behalten wird, daher erinnert es sich über viele Punkte.</translation>
    </message>
    <message>
        <source>Gated recurrent unit: a leaner gated cell than the lstm, often as good.</source>
        <translation>Gated Recurrent Unit: eine schlankere Zelle mit Gates als das lstm, oft genauso gut.</translation>
    </message>
    <message>
        <source>A plain recurrent cell without gates: it forgets quickly and is harder to train.</source>
        <translation>Eine einfache rekurrente Zelle ohne Gates: Sie vergisst schnell und ist schwerer zu trainieren.</translation>
    </message>
    <message>
        <source>A multi-layer perceptron over the latest points only (the Window in the setup): it has no memory beyond them.</source>
        <translation>Ein mehrschichtiges Perzeptron nur über die letzten Punkte (das Fenster in den Einstellungen): Darüber hinaus hat es kein Gedächtnis.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Trains every ticked contender from fresh weights on the same batches, with the setup&apos;s settings. Stop ends them all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trainiert jeden angehakten Teilnehmer mit frischen Gewichten auf denselben Batches, mit den Einstellungen links. Stopp beendet alle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tick at least one contender to start a race.</source>
        <translation>Haken Sie mindestens einen Teilnehmer an, um ein Rennen zu starten.</translation>
    </message>
    <message>
        <source>Cannot start the race: %1</source>
        <translation>Das Rennen lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <source>not racing</source>
        <translation>nicht im Rennen</translation>
    </message>
    <message>
        <source>The race could not start.</source>
        <translation>Das Rennen konnte nicht starten.</translation>
    </message>
    <message>
        <source>Racing %1 on identical batches (seed %2).</source>
        <translation>Rennen: %1 auf identischen Batches (Seed %2).</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>stopped rising</source>
        <translation>steigt nicht mehr</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>Rennen starten</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Race stopped</source>
        <translation>Rennen beendet</translation>
    </message>
    <message>
        <source>Race over</source>
        <translation>Rennen vorbei</translation>
    </message>
    <message>
        <source> before any test.</source>
        <translation> vor dem ersten Test.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 leads with %3 after %n point(s)</source>
        <translation>
            <numerusform>%1: %2 führt mit %3 nach %n Punkt</numerusform>
            <numerusform>%1: %2 führt mit %3 nach %n Punkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tie with %3 after %n point(s)</source>
        <translation>
            <numerusform>%1: %2 gleichauf mit %3 nach %n Punkt</numerusform>
            <numerusform>%1: %2 gleichauf mit %3 nach %n Punkten</numerusform>
        </translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation>, dann %1</translation>
    </message>
</context>
<context>
    <name>curvelab::SetupPanel</name>
    <message>
        <source>Loads a ready-made setup that replays the story: the 2016 question, its accepted answer, or the setup CurveLab recommends. Every field below can still be changed afterwards.</source>
        <translation>Lädt fertige Einstellungen, die die Geschichte nachspielen: die Frage von 2016, ihre akzeptierte Antwort oder die Einstellungen, die CurveLab empfiehlt. Jedes Feld darunter lässt sich danach noch ändern.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>(Changed since it was loaded: choose it again to reload.)</source>
        <translation>(Seit dem Laden geändert: zum Neuladen erneut auswählen.)</translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingDashboard</name>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>after all test points</source>
        <translation>nach allen Testpunkten</translation>
    </message>
    <message>
        <source>after 2 points</source>
        <translation>nach 2 Punkten</translation>
    </message>
    <message>
        <source>Accuracy against points seen</source>
        <translation>Genauigkeit nach Punkten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%p% of the budget</source>
        <translation>%p% des Budgets</translation>
    </message>
    <message numerus="yes">
        <source>after %n point(s)</source>
        <translation>
            <numerusform>nach %n Punkt</numerusform>
            <numerusform>nach %n Punkten</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1   ·   %2 s   ·   %3 sequences/s   ·   accuracy %4</source>
        <translation>Schritt %1   ·   %2 s   ·   %3 Folgen/s   ·   Genauigkeit %4</translation>
    </message>
    <message>
        <source>%p% of the target</source>
        <translation>%p% des Ziels</translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation>bei Schritt %1</translation>
    </message>
    <message numerus="yes">
        <source>Target reached %1: %2% after %n point(s).</source>
        <translation>
            <numerusform>Ziel erreicht %1: %2% nach %n Punkt.</numerusform>
            <numerusform>Ziel erreicht %1: %2% nach %n Punkten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished %1 (%2). Start continues from these weights.</source>
        <translation>Training beendet %1 (%2). Start macht mit diesen Gewichten weiter.</translation>
    </message>
    <message>
        <source>step budget</source>
        <translation>Schrittbudget</translation>
    </message>
    <message>
        <source>time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>Stopped %1; Start continues from here</source>
        <translation>Beendet %1; Start macht hier weiter</translation>
    </message>
    <message>
        <source>Training stopped %1: the test accuracy stayed near %2% for %3 steps, below the target of %4%. These families may not be told apart from %5 points; set a step or time budget to train on.</source>
        <translation>Training beendet %1: Die Testgenauigkeit blieb %3 Schritte lang bei etwa %2%, unter dem Ziel von %4%. Diese Familien lassen sich an %5 Punkten vielleicht nicht unterscheiden; setzen Sie ein Schritt- oder Zeitbudget, um weiterzutrainieren.</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Gewichte zurücksetzen</translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingForm</name>
    <message>
        <source>The rule that turns the error into weight changes. adam adapts its step for every weight and usually learns quickly; sgd takes plain steps, as in the question, and needs a well chosen learning rate.</source>
        <translation>Die Regel, die den Fehler in Gewichtsänderungen umsetzt. adam passt seinen Schritt für jedes Gewicht an und lernt meist schnell; sgd macht einfache Schritte, wie in der Frage, und braucht eine gut gewählte Lernrate.</translation>
    </message>
    <message>
        <source>How big a step the optimiser takes after each batch. Too small: learning crawls. Too large (10): the loss explodes and training stops. Can be changed while training runs.</source>
        <translation>Wie groß der Schritt des Optimierers nach jedem Batch ist. Zu klein: Das Lernen kriecht. Zu groß (10): Der Verlust explodiert und das Training bricht ab. Lässt sich während des Trainings ändern.</translation>
    </message>
    <message>
        <source>Divides the learning rate by 10: smaller, steadier steps.</source>
        <translation>Teilt die Lernrate durch 10: kleinere, ruhigere Schritte.</translation>
    </message>
    <message>
        <source>÷10</source>
        <translation>÷10</translation>
    </message>
    <message>
        <source>Multiplies the learning rate by 10: bigger steps, until they are so big that the loss explodes.</source>
        <translation>Multipliziert die Lernrate mit 10: größere Schritte, bis sie so groß sind, dass der Verlust explodiert.</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>How many curves the network looks at before each weight change. Larger batches give smoother, surer steps; 1, as in the question, gives jumpy ones.</source>
        <translation>Wie viele Kurven das Netz vor jeder Gewichtsänderung betrachtet. Größere Batches geben glattere, sicherere Schritte; 1, wie in der Frage, gibt sprunghafte.</translation>
    </message>
    <message>
        <source>Caps how big a single step can be, so that one unlucky batch cannot throw the network off course. off: no cap.</source>
        <translation>Begrenzt, wie groß ein einzelner Schritt sein kann, damit ein unglücklicher Batch das Netz nicht aus der Bahn wirft. aus: keine Grenze.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Which guesses count when the network is corrected. per-step: its guess after every point, so it learns to answer early. per-step-sum: the same, added up instead of averaged, as in the question: bigger steps. last-step: only its guess after the last point.</source>
        <translation>Welche Vermutungen zählen, wenn das Netz korrigiert wird. per-step: seine Vermutung nach jedem Punkt, so lernt es, früh zu antworten. per-step-sum: dasselbe, aufsummiert statt gemittelt, wie in der Frage: größere Schritte. last-step: nur seine Vermutung nach dem letzten Punkt.</translation>
    </message>
    <message>
        <source>Training stops once the network names the right family this often on fresh test curves. off: no target.</source>
        <translation>Das Training endet, sobald das Netz bei neuen Testkurven so oft die richtige Familie nennt. aus: kein Ziel.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Training stops after this many weight changes (steps). no limit: stop on time or on the target instead.</source>
        <translation>Das Training endet nach so vielen Gewichtsänderungen (Schritten). ohne Grenze: stattdessen nach Zeit oder am Ziel enden.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ohne Grenze</translation>
    </message>
    <message>
        <source>Training stops after this many seconds. no limit: stop on steps or on the target instead.</source>
        <translation>Das Training endet nach so vielen Sekunden. ohne Grenze: stattdessen nach Schritten oder am Ziel enden.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The starting number for everything random: the first weights and the curves drawn. The same seed replays the same run; another seed shows how much luck there is in it.</source>
        <translation>Die Startzahl für alles Zufällige: die ersten Gewichte und die gezogenen Kurven. Derselbe Seed wiederholt denselben Lauf; ein anderer Seed zeigt, wie viel Glück darin steckt.</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Gradient clip</source>
        <translation>Gradientenbegrenzung</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation>Zielgenauigkeit</translation>
    </message>
    <message>
        <source>Step budget</source>
        <translation>Schrittbudget</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>learning rate must be a number, e.g. 0.003 or 3e-3</source>
        <translation>die Lernrate muss eine Zahl sein, z. B. 0.003 oder 3e-3</translation>
    </message>
    <message>
        <source>the seed must be a whole number, 0 or more</source>
        <translation>der Seed muss eine ganze Zahl sein, 0 oder größer</translation>
    </message>
    <message>
        <source>Divide learning rate by 10</source>
        <translation>Lernrate durch 10 teilen</translation>
    </message>
    <message>
        <source>Multiply learning rate by 10</source>
        <translation>Lernrate mit 10 multiplizieren</translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingSpeed</name>
    <message>
        <source>full speed</source>
        <translation>volles Tempo</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>one batch a second</source>
        <translation>ein Batch pro Sekunde</translation>
    </message>
    <message>
        <source>Slow training down so that a class can follow each step; full speed on the right</source>
        <translation>Das Training verlangsamen, damit eine Klasse jedem Schritt folgen kann; rechts volles Tempo</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingsgeschwindigkeit</translation>
    </message>
</context>
<context>
    <name>curvelab::TrainingWorker</name>
    <message>
        <source>Training stopped on an unknown error.</source>
        <translation>Das Training wurde durch einen unbekannten Fehler beendet.</translation>
    </message>
</context>
<context>
    <name>curvelab::ViewHelp</name>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>More in the manual</source>
        <translation>Mehr dazu im Handbuch</translation>
    </message>
    <message>
        <source>How wrong the network is on the curves it trains on, step by step; the dark line is smoothed. It should fall: flat means no learning, a jump up means the run diverged.</source>
        <translation>Wie sehr das Netz bei den Kurven danebenliegt, an denen es trainiert, Schritt für Schritt; die dunkle Linie ist geglättet. Sie sollte fallen: flach heißt, es lernt nicht, ein Sprung nach oben, dass der Lauf divergiert ist.</translation>
    </message>
    <message>
        <source>The share of fresh test curves the network names correctly, after all points (solid) and after only 2 points (dashed).</source>
        <translation>Der Anteil neuer Testkurven, die das Netz richtig benennt, nach allen Punkten (durchgezogen) und nach nur 2 Punkten (gestrichelt).</translation>
    </message>
    <message>
        <source>How often the network is right after 1, 2, 3… points, beside least squares and the Bayes ceiling, the best any method can do.</source>
        <translation>Wie oft das Netz nach 1, 2, 3… Punkten richtig liegt, neben den kleinsten Quadraten und der Bayes-Obergrenze, dem Besten, was irgendeine Methode erreichen kann.</translation>
    </message>
    <message>
        <source>Rows are the true family, columns the network&apos;s guess. Numbers off the diagonal show which family is taken for which.</source>
        <translation>Zeilen sind die wahre Familie, Spalten die Vermutung des Netzes. Zahlen neben der Diagonale zeigen, welche Familie für welche gehalten wird.</translation>
    </message>
    <message>
        <source>Click to add points; the network reads them in order and colours each by the family it favours after it. Drag to move a point, right-click to delete it.</source>
        <translation>Klicken Sie, um Punkte hinzuzufügen; das Netz liest sie der Reihe nach und färbt jeden nach der Familie, die es danach bevorzugt. Ziehen verschiebt einen Punkt, ein Rechtsklick löscht ihn.</translation>
    </message>
    <message>
        <source>The family the network favours after the last point, with least squares&apos; verdict beside it.</source>
        <translation>Die Familie, die das Netz nach dem letzten Punkt bevorzugt, daneben das Urteil der kleinsten Quadrate.</translation>
    </message>
    <message>
        <source>The network&apos;s probability for each family after the last point. Bars of similar length mean it cannot tell yet.</source>
        <translation>Die Wahrscheinlichkeit des Netzes für jede Familie nach dem letzten Punkt. Ähnlich lange Balken heißen, dass es sich noch nicht entscheiden kann.</translation>
    </message>
    <message>
        <source>The probability of each family after points 1, 2, 3… of the drawing; the mark shows where the network made up its mind.</source>
        <translation>Die Wahrscheinlichkeit jeder Familie nach den Punkten 1, 2, 3… der Zeichnung; die Markierung zeigt, wo sich das Netz entschieden hat.</translation>
    </message>
    <message>
        <source>One quantity inside the network: a column per point, a row per unit, coloured by value. Hover a cell for its value.</source>
        <translation>Eine Größe im Inneren des Netzes: eine Spalte je Punkt, eine Zeile je Einheit, nach Wert gefärbt. Zeigen Sie auf eine Zelle, um ihren Wert zu sehen.</translation>
    </message>
    <message>
        <source>The numbers the network reads at every point: running fits of each family, measured relative to the drawing, not the raw x and y.</source>
        <translation>Die Zahlen, die das Netz an jedem Punkt liest: laufende Anpassungen jeder Familie, relativ zur Zeichnung gemessen, nicht die rohen x und y.</translation>
    </message>
    <message>
        <source>The contenders of the race side by side on identical batches: loss, test accuracy and accuracy against points seen.</source>
        <translation>Die Teilnehmer des Rennens nebeneinander auf identischen Stapeln: Verlust, Testgenauigkeit und Genauigkeit nach Punkten.</translation>
    </message>
    <message>
        <source>A sample of the curves the network trains on, coloured by family, drawn from the current setup. New sample draws others.</source>
        <translation>Eine Auswahl der Kurven, an denen das Netz trainiert, nach Familie gefärbt, aus der aktuellen Einstellung gezogen. „Neue Auswahl“ zieht andere.</translation>
    </message>
</context>
<context>
    <name>curvelab::affineform</name>
    <message>
        <source>the number at the end cannot be read</source>
        <translation>die Zahl am Ende lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the number at position %1 cannot be read</source>
        <translation>die Zahl an Position %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at the end cannot be read</source>
        <translation>„%1“ am Ende lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 cannot be read</source>
        <translation>„%1“ an Position %2 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>%1 is divided by 0</source>
        <translation>%1 wird durch 0 geteilt</translation>
    </message>
    <message>
        <source>k and b are divided by 0</source>
        <translation>k und b werden durch 0 geteilt</translation>
    </message>
    <message>
        <source>b is multiplied by %1: b must be added as it is</source>
        <translation>b wird mit %1 multipliziert: b muss unverändert addiert werden</translation>
    </message>
    <message>
        <source>b is divided by %1: b must be added as it is</source>
        <translation>b wird durch %1 geteilt: b muss unverändert addiert werden</translation>
    </message>
    <message>
        <source>k and b are multiplied by k and b</source>
        <translation>k und b werden mit k und b multipliziert</translation>
    </message>
    <message>
        <source>k and b are multiplied by %1</source>
        <translation>k und b werden mit %1 multipliziert</translation>
    </message>
    <message>
        <source>%1 is multiplied by k and b</source>
        <translation>%1 wird mit k und b multipliziert</translation>
    </message>
    <message>
        <source>%1 is multiplied by %2</source>
        <translation>%1 wird mit %2 multipliziert</translation>
    </message>
    <message>
        <source>%1 appears in a denominator</source>
        <translation>%1 steht in einem Nenner</translation>
    </message>
    <message>
        <source>k and b appear in a denominator</source>
        <translation>k und b stehen in einem Nenner</translation>
    </message>
    <message>
        <source>%1 appears in a logical operator (%2)</source>
        <translation>%1 steht in einem logischen Operator (%2)</translation>
    </message>
    <message>
        <source>k and b appear in a logical operator (%1)</source>
        <translation>k und b stehen in einem logischen Operator (%1)</translation>
    </message>
    <message>
        <source>%1 appears in a comparison (%2)</source>
        <translation>%1 steht in einem Vergleich (%2)</translation>
    </message>
    <message>
        <source>k and b appear in a comparison (%1)</source>
        <translation>k und b stehen in einem Vergleich (%1)</translation>
    </message>
    <message>
        <source>an assignment (=) cannot be checked</source>
        <translation>eine Zuweisung (=) lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>a &apos;,&apos; outside a function&apos;s arguments cannot be checked</source>
        <translation>ein &apos;,&apos; außerhalb der Argumente einer Funktion lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>the check cannot follow it at the end</source>
        <translation>die Prüfung kann die Formel am Ende nicht nachvollziehen</translation>
    </message>
    <message>
        <source>the check cannot follow it at position %1</source>
        <translation>die Prüfung kann die Formel an Position %1 nicht nachvollziehen</translation>
    </message>
    <message>
        <source>the formula nests more than %1 levels deep</source>
        <translation>die Formel ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>%1 appears in the condition of ?:</source>
        <translation>%1 steht in der Bedingung von ?:</translation>
    </message>
    <message>
        <source>k and b appear in the condition of ?:</source>
        <translation>k und b stehen in der Bedingung von ?:</translation>
    </message>
    <message>
        <source>%1 appears in a branch of ?:</source>
        <translation>%1 steht in einem Zweig von ?:</translation>
    </message>
    <message>
        <source>k and b appear in a branch of ?:</source>
        <translation>k und b stehen in einem Zweig von ?:</translation>
    </message>
    <message>
        <source>%1 appears in a power (^)</source>
        <translation>%1 steht in einer Potenz (^)</translation>
    </message>
    <message>
        <source>k and b appear in a power (^)</source>
        <translation>k und b stehen in einer Potenz (^)</translation>
    </message>
    <message>
        <source>%1(...) is unknown to the check</source>
        <translation>%1(...) ist der Prüfung unbekannt</translation>
    </message>
    <message>
        <source>%1 appears inside %2(...)</source>
        <translation>%1 steht innerhalb von %2(...)</translation>
    </message>
    <message>
        <source>k and b appear inside %1(...)</source>
        <translation>k und b stehen innerhalb von %1(...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unknown to the check</source>
        <translation>„%1“ ist der Prüfung unbekannt</translation>
    </message>
    <message>
        <source>k cancels out, so the curves would not depend on k</source>
        <translation>k hebt sich auf, die Kurven hingen also nicht von k ab</translation>
    </message>
    <message>
        <source>there is no k: k must multiply g(x)</source>
        <translation>es gibt kein k: g(x) muss mit k multipliziert werden</translation>
    </message>
    <message>
        <source>k is multiplied by %1</source>
        <translation>k wird mit %1 multipliziert</translation>
    </message>
    <message>
        <source>b cancels out: b must be added as it is</source>
        <translation>b hebt sich auf: b muss unverändert addiert werden</translation>
    </message>
    <message>
        <source>there is no b: b must be added as it is</source>
        <translation>es gibt kein b: b muss unverändert addiert werden</translation>
    </message>
    <message>
        <source>the formula adds %1 besides k*g(x) + b</source>
        <translation>die Formel addiert %1 zusätzlich zu k*g(x) + b</translation>
    </message>
</context>
<context>
    <name>curvelab::architecturerace</name>
    <message>
        <source>a race needs a step budget of at least one step</source>
        <translation>ein Rennen braucht ein Schrittbudget von mindestens einem Schritt</translation>
    </message>
    <message>
        <source>a race needs at least one contender</source>
        <translation>ein Rennen braucht mindestens einen Teilnehmer</translation>
    </message>
    <message>
        <source>every contender needs a name</source>
        <translation>jeder Teilnehmer braucht einen Namen</translation>
    </message>
    <message>
        <source>two contenders are named &quot;%1&quot;</source>
        <translation>zwei Teilnehmer heißen „%1“</translation>
    </message>
    <message>
        <source>contender &quot;%1&quot;: %2</source>
        <translation>Teilnehmer „%1“: %2</translation>
    </message>
</context>
<context>
    <name>curvelab::bytecodec</name>
    <message>
        <source>%1 bytes in a string (at most %2)</source>
        <translation>%1 Bytes in einer Zeichenkette (höchstens %2)</translation>
    </message>
</context>
<context>
    <name>curvelab::cellinspection</name>
    <message>
        <source>input gate</source>
        <translation>Input-Gate</translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation>Forget-Gate</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>Output-Gate</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>Zellzustand</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>verborgener Zustand</translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation>Reset-Gate</translation>
    </message>
    <message>
        <source>update gate</source>
        <translation>Update-Gate</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
</context>
<context>
    <name>curvelab::chartexport</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Nothing to save: the chart has no size.</source>
        <translation>Nichts zu speichern: Das Diagramm hat keine Größe.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Exported from CurveLab</source>
        <translation>Aus CurveLab exportiert</translation>
    </message>
    <message>
        <source>Could not start the SVG drawing.</source>
        <translation>Die SVG-Zeichnung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png or .svg.</source>
        <translation>Unbekannter Bildtyp „%1“: Verwenden Sie .png oder .svg.</translation>
    </message>
</context>
<context>
    <name>curvelab::curvegenerator</name>
    <message>
        <source>unknown world &quot;%1&quot; (seed or drawn)</source>
        <translation>unbekannte Welt „%1“ (seed oder drawn)</translation>
    </message>
    <message>
        <source>unknown x order &quot;%1&quot; (random, sorted or mostly-sorted)</source>
        <translation>unbekannte Reihenfolge in x „%1“ (random, sorted oder mostly-sorted)</translation>
    </message>
    <message>
        <source>sequence length must be at least 1</source>
        <translation>die Länge einer Folge muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>noise must be a number between 0 and 1e12</source>
        <translation>das Rauschen muss eine Zahl zwischen 0 und 1e12 sein</translation>
    </message>
    <message>
        <source>k and b fixed for a run belong to the seed world (the accepted answer); the drawn world draws them at any scale</source>
        <translation>k und b fest pro Lauf gehören zur Welt seed (der akzeptierten Antwort); die Welt drawn zieht sie in beliebigem Maßstab</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: %2 is undefined almost everywhere on its x range</source>
        <translation>Familie „%1“: %2 ist auf ihrem x-Bereich fast nirgends definiert</translation>
    </message>
</context>
<context>
    <name>curvelab::evaluator</name>
    <message>
        <source>evaluation needs at least one sequence</source>
        <translation>die Messung braucht mindestens eine Folge</translation>
    </message>
    <message>
        <source>evaluation needs at least one length</source>
        <translation>die Messung braucht mindestens eine Länge</translation>
    </message>
    <message>
        <source>prefix lengths start at 1</source>
        <translation>Präfixlängen beginnen bei 1</translation>
    </message>
    <message>
        <source>the evaluation was cancelled</source>
        <translation>die Messung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the model was trained on other families than these</source>
        <translation>das Modell wurde auf anderen Familien als diesen trainiert</translation>
    </message>
    <message>
        <source>measuring %1 sequences of %2 points</source>
        <translation>die Messung von %1 Folgen mit je %2 Punkten</translation>
    </message>
    <message>
        <source>measure fewer sequences or shorter ones</source>
        <translation>messen Sie weniger oder kürzere Folgen</translation>
    </message>
</context>
<context>
    <name>curvelab::familyspec</name>
    <message>
        <source>cannot read the family &quot;%1&quot;: %2 (expected &quot;name: formula; x=a..b; k=c..d; b=e..f&quot;)</source>
        <translation>die Familie „%1“ lässt sich nicht lesen: %2 (erwartet: „name: formula; x=a..b; k=c..d; b=e..f“)</translation>
    </message>
    <message>
        <source>%1=%2 is not a range of two numbers such as 0..1</source>
        <translation>%1=%2 ist kein Bereich aus zwei Zahlen wie 0..1</translation>
    </message>
    <message>
        <source>there is no &apos;:&apos; after the name</source>
        <translation>nach dem Namen fehlt &apos;:&apos;</translation>
    </message>
    <message>
        <source>the name before &apos;:&apos; is empty</source>
        <translation>der Name vor &apos;:&apos; ist leer</translation>
    </message>
    <message>
        <source>the formula after &apos;:&apos; is empty</source>
        <translation>die Formel nach &apos;:&apos; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not x=a..b, k=a..b or b=a..b</source>
        <translation>„%1“ ist weder x=a..b noch k=a..b noch b=a..b</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist zweimal angegeben</translation>
    </message>
</context>
<context>
    <name>curvelab::featureencoder</name>
    <message>
        <source>unknown preprocessing &quot;%1&quot; (raw, family-fit or unit-free)</source>
        <translation>unbekannte Vorverarbeitung „%1“ (raw, family-fit oder unit-free)</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>1/points</source>
        <translation>1/Punkte</translation>
    </message>
    <message>
        <source>left x / right x</source>
        <translation>linkes x / rechtes x</translation>
    </message>
    <message>
        <source>x between them</source>
        <translation>x dazwischen</translation>
    </message>
    <message>
        <source>x (scaled)</source>
        <translation>x (skaliert)</translation>
    </message>
    <message>
        <source>%1: misfit</source>
        <translation>%1: Abweichung</translation>
    </message>
    <message>
        <source>%1: misfit across</source>
        <translation>%1: Abweichung quer</translation>
    </message>
    <message>
        <source>%1: gap to best</source>
        <translation>%1: Abstand zur besten</translation>
    </message>
    <message>
        <source>%1: gap across</source>
        <translation>%1: Abstand quer</translation>
    </message>
    <message>
        <source>%1: defined</source>
        <translation>%1: definiert</translation>
    </message>
    <message>
        <source>asinh(y)/4</source>
        <translation>asinh(y)/4</translation>
    </message>
    <message>
        <source>%1: fitted k</source>
        <translation>%1: angepasstes k</translation>
    </message>
    <message>
        <source>%1: fitted b</source>
        <translation>%1: angepasstes b</translation>
    </message>
    <message>
        <source>%1: residual</source>
        <translation>%1: Residuum</translation>
    </message>
    <message>
        <source>%1: spread of f</source>
        <translation>%1: Streuung von f</translation>
    </message>
    <message>
        <source>%1: x in range</source>
        <translation>%1: x im Bereich</translation>
    </message>
</context>
<context>
    <name>curvelab::filestore</name>
    <message>
        <source>it is a folder, which is not replaced</source>
        <translation>es ist ein Ordner, der nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a device, which is not replaced</source>
        <translation>es ist ein Gerät, das nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), which is not replaced</source>
        <translation>es ist eine Pipe (FIFO), die nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a socket, which is not replaced</source>
        <translation>es ist ein Socket, der nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is not a regular file, which is not replaced</source>
        <translation>es ist keine gewöhnliche Datei und wird daher nicht ersetzt</translation>
    </message>
    <message>
        <source>it is a link to a folder, which is not replaced</source>
        <translation>es ist ein Link auf einen Ordner, der nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a link to a device, which is not replaced</source>
        <translation>es ist ein Link auf ein Gerät, das nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a link to a pipe (FIFO), which is not replaced</source>
        <translation>es ist ein Link auf eine Pipe (FIFO), die nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a link to a socket, which is not replaced</source>
        <translation>es ist ein Link auf einen Socket, der nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a link to not a regular file, which is not replaced</source>
        <translation>es ist ein Link auf etwas, das keine gewöhnliche Datei ist und nicht ersetzt wird</translation>
    </message>
    <message>
        <source>it is a link to nothing</source>
        <translation>es ist ein Link, der ins Leere zeigt</translation>
    </message>
    <message>
        <source>it is a link to %1</source>
        <translation>es ist ein Link, dessen Ziel sich nicht prüfen lässt (%1)</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a file needs a name</source>
        <translation>eine Datei braucht einen Namen</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>„%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; is not writable (%2)</source>
        <translation>in den Ordner „%1“ kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, far more than such a file holds</source>
        <translation>die Datei ist größer als %1 MiB, weit mehr, als eine solche Datei enthält</translation>
    </message>
</context>
<context>
    <name>curvelab::functionfamily</name>
    <message>
        <source>family &quot;%1&quot;: %2</source>
        <translation>Familie „%1“: %2</translation>
    </message>
    <message>
        <source>the %1 range must be two finite numbers, low &lt; high</source>
        <translation>der %1-Bereich muss aus zwei endlichen Zahlen bestehen, unten &lt; oben</translation>
    </message>
    <message>
        <source>the %1 range is too wide (high - low must be a finite number)</source>
        <translation>der %1-Bereich ist zu weit (oben - unten muss eine endliche Zahl sein)</translation>
    </message>
    <message>
        <source>%1 is undefined at x = %2</source>
        <translation>%1 ist bei x = %2 nicht definiert</translation>
    </message>
    <message>
        <source>%1 must have the form k*g(x) + b: %2</source>
        <translation>%1 muss die Form k*g(x) + b haben: %2</translation>
    </message>
    <message>
        <source>%1 must have the form k*g(x) + b, which cannot be confirmed: %2</source>
        <translation>%1 muss die Form k*g(x) + b haben, was sich nicht bestätigen lässt: %2</translation>
    </message>
    <message>
        <source>%1 is undefined everywhere on x = %2..%3</source>
        <translation>%1 ist auf x = %2..%3 nirgends definiert</translation>
    </message>
    <message>
        <source>%1 is undefined on part of x = %2..%3 (at x = %4, for one); x narrowed to %5..%6, where it is defined</source>
        <translation>%1 ist auf einem Teil von x = %2..%3 nicht definiert (etwa bei x = %4); x ist auf %5..%6 eingeschränkt, wo die Formel definiert ist</translation>
    </message>
    <message>
        <source>a family needs a name</source>
        <translation>eine Familie braucht einen Namen</translation>
    </message>
    <message>
        <source>a family&apos;s name cannot contain &apos;,&apos;, &apos;;&apos;, a line break or another control character</source>
        <translation>der Name einer Familie darf kein &apos;,&apos;, kein &apos;;&apos;, keinen Zeilenumbruch und kein anderes Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>ein Name hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>at least two families are needed to classify</source>
        <translation>zum Klassifizieren sind mindestens zwei Familien nötig</translation>
    </message>
    <message>
        <source>two families are named &quot;%1&quot;</source>
        <translation>zwei Familien heißen „%1“</translation>
    </message>
</context>
<context>
    <name>curvelab::guessexplanation</name>
    <message>
        <source>The best-fitting %1 has k = %2 and b = %3, but this network only saw %1 curves with k from %4 to %5 and b from %6 to %7.</source>
        <translation>Die am besten passende Kurve der Familie %1 hat k = %2 und b = %3, aber dieses Netz hat %1-Kurven nur mit k von %4 bis %5 und b von %6 bis %7 gesehen.</translation>
    </message>
    <message>
        <source>The best-fitting %1 has %2 = %3, but this network only saw %1 curves with %2 from %4 to %5.</source>
        <translation>Die am besten passende Kurve der Familie %1 hat %2 = %3, aber dieses Netz hat %1-Kurven nur mit %2 von %4 bis %5 gesehen.</translation>
    </message>
    <message>
        <source>Least squares fits a %1 best (rms %2 against %3 for a %4): the two fit about equally well, and the network leans the other way. A few more points will tell them apart.</source>
        <translation>Nach kleinsten Quadraten passt %1 am besten (RMS %2 gegen %3 für %4): Beide passen etwa gleich gut, und das Netz neigt zur anderen. Ein paar Punkte mehr unterscheiden sie.</translation>
    </message>
    <message>
        <source>Least squares fits a %1 best (rms %2 against %3 for a %4), far better than the %4 the network names: this network has not learned points like these.</source>
        <translation>Nach kleinsten Quadraten passt %1 am besten (RMS %2 gegen %3 für %4), weit besser als %4, das das Netz nennt: Punkte wie diese hat dieses Netz nicht gelernt.</translation>
    </message>
    <message>
        <source>The network cannot tell yet: %1 %2%, %3 %4%.</source>
        <translation>Das Netz kann es noch nicht sagen: %1 %2 %, %3 %4 %.</translation>
    </message>
    <message>
        <source>%1 That is why it does not believe a %2 here.</source>
        <translation>%1 Deshalb glaubt es hier nicht an %2.</translation>
    </message>
</context>
<context>
    <name>curvelab::memorybudget</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1.%2 GB</source>
        <translation>%1,%2 GB</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, and this machine has %3 available: %4</source>
        <translation>%1 braucht etwa %2 Arbeitsspeicher, und dieser Rechner hat %3 frei: %4</translation>
    </message>
</context>
<context>
    <name>curvelab::modelfile</name>
    <message>
        <source>%1 families (at most %2)</source>
        <translation>%1 Familien (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 weight tensors (at most %2)</source>
        <translation>%1 Gewichtstensoren (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 dimensions (at most %2)</source>
        <translation>%1 Dimensionen (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 is corrupt (checksum mismatch)</source>
        <translation>%1 ist beschädigt (die Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>a tensor dimension of %1</source>
        <translation>eine Tensordimension von %1</translation>
    </message>
    <message>
        <source>a tensor with more than %1 values</source>
        <translation>ein Tensor mit mehr als %1 Werten</translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; holds %2 values, which does not fit its shape</source>
        <translation>das Gewicht „%1“ enthält %2 Werte, was nicht zu seiner Form passt</translation>
    </message>
    <message>
        <source>training step out of range</source>
        <translation>Trainingsschritt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>tensor dimension out of range</source>
        <translation>Tensordimension außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>%1 does not describe a usable model: %2</source>
        <translation>%1 beschreibt kein brauchbares Modell: %2</translation>
    </message>
    <message>
        <source>%1 is not a CurveLab model file</source>
        <translation>%1 ist keine CurveLab-Modelldatei</translation>
    </message>
    <message>
        <source>%1 is truncated (it ends before its header does)</source>
        <translation>%1 ist abgeschnitten (das Ende liegt noch vor dem Ende des Dateikopfs)</translation>
    </message>
    <message>
        <source>%1 was written by a newer CurveLab (format %2, this build reads up to %3)</source>
        <translation>%1 wurde von einem neueren CurveLab geschrieben (Format %2, diese Version liest bis Format %3)</translation>
    </message>
    <message>
        <source>%1 is corrupt (it claims format 0, which does not exist)</source>
        <translation>%1 ist beschädigt (angegeben ist Format 0, das es nicht gibt)</translation>
    </message>
    <message>
        <source>%1 is corrupt (a field runs past the end)</source>
        <translation>%1 ist beschädigt (ein Feld reicht über das Ende hinaus)</translation>
    </message>
    <message>
        <source>%1 is truncated or corrupt (a field runs past the end and the checksum does not match)</source>
        <translation>%1 ist abgeschnitten oder beschädigt (ein Feld reicht über das Ende hinaus, und die Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>%1 is corrupt (%2)</source>
        <translation>%1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>cannot write this model: %1</source>
        <translation>dieses Modell kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>der Inhalt</translation>
    </message>
    <message>
        <source>cannot save model to &quot;%1&quot;: it does not describe a usable model: %2</source>
        <translation>das Modell kann nicht unter „%1“ gespeichert werden: Es beschreibt kein brauchbares Modell: %2</translation>
    </message>
    <message>
        <source>cannot save model to &quot;%1&quot;: %2</source>
        <translation>das Modell kann nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot read model file &quot;%1&quot;: %2</source>
        <translation>die Modelldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the model file &quot;%1&quot;</source>
        <translation>die Modelldatei „%1“</translation>
    </message>
</context>
<context>
    <name>curvelab::modelspec</name>
    <message>
        <source>unknown cell type &quot;%1&quot; (lstm, gru, rnn or mlp)</source>
        <translation>unbekannter Zelltyp „%1“ (lstm, gru, rnn oder mlp)</translation>
    </message>
    <message>
        <source>unknown cell type (lstm, gru, rnn or mlp)</source>
        <translation>unbekannter Zelltyp (lstm, gru, rnn oder mlp)</translation>
    </message>
    <message>
        <source>hidden size must be between 1 and %1</source>
        <translation>die Gedächtnisgröße muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>layers must be between 1 and %1</source>
        <translation>die Zahl der Schichten muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the mlp&apos;s window must be between 1 and %1 points</source>
        <translation>das Fenster des mlp muss zwischen 1 und %1 Punkte umfassen</translation>
    </message>
    <message>
        <source>at most %1 families can be told apart</source>
        <translation>höchstens %1 Familien lassen sich unterscheiden</translation>
    </message>
    <message>
        <source>the weights do not match the model: expected %1 tensors, found %2</source>
        <translation>die Gewichte passen nicht zum Modell: %1 Tensoren erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the weights do not match the model at &quot;%1&quot;</source>
        <translation>die Gewichte passen bei „%1“ nicht zum Modell</translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; holds NaN or infinity</source>
        <translation>das Gewicht „%1“ enthält NaN oder Unendlich</translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; holds %2, far beyond what training makes (at most %3 in magnitude)</source>
        <translation>das Gewicht „%1“ enthält %2, weit jenseits dessen, was Training hervorbringt (höchstens %3 im Betrag)</translation>
    </message>
</context>
<context>
    <name>curvelab::pointscsv</name>
    <message>
        <source>two numbers x;y with a decimal comma</source>
        <translation>zwei Zahlen x;y mit Dezimalkomma</translation>
    </message>
    <message>
        <source>two numbers x;y with a decimal point</source>
        <translation>zwei Zahlen x;y mit Dezimalpunkt</translation>
    </message>
    <message>
        <source>two numbers x;y</source>
        <translation>zwei Zahlen x;y</translation>
    </message>
    <message>
        <source>two numbers separated by a tab with a decimal comma</source>
        <translation>zwei durch einen Tabulator getrennte Zahlen mit Dezimalkomma</translation>
    </message>
    <message>
        <source>two numbers separated by a tab with a decimal point</source>
        <translation>zwei durch einen Tabulator getrennte Zahlen mit Dezimalpunkt</translation>
    </message>
    <message>
        <source>two numbers separated by a tab</source>
        <translation>zwei durch einen Tabulator getrennte Zahlen</translation>
    </message>
    <message>
        <source>two numbers x,y</source>
        <translation>zwei Zahlen x,y</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>erwartet: %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot; (numbers must be finite and in range)</source>
        <translation>erwartet: %1, gefunden: „%2“ (Zahlen müssen endlich sein und im gültigen Bereich liegen)</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot; (line %3 set the file&apos;s format)</source>
        <translation>erwartet: %1, gefunden: „%2“ (Zeile %3 hat das Format der Datei festgelegt)</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot; (with decimal commas, put &apos;;&apos; or a tab between the numbers, or each number in quotes)</source>
        <translation>erwartet: %1, gefunden: „%2“ (setzen Sie bei Dezimalkommas &apos;;&apos; oder einen Tabulator zwischen die Zahlen oder jede Zahl in Anführungszeichen)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the line is longer than %1 characters: not a line of points x,y</source>
        <translation>die Zeile ist länger als %1 Zeichen: keine Zeile mit Punkten x,y</translation>
    </message>
    <message>
        <source>cannot tell a decimal comma from a thousands separator in &quot;%1&quot; (1,500: one and a half, or fifteen hundred?); write the number without grouping (1500) or put &apos;;&apos; between the columns</source>
        <translation>in „%1“ lässt sich ein Dezimalkomma nicht von einem Tausendertrennzeichen unterscheiden (1,500: anderthalb oder fünfzehnhundert?); schreiben Sie die Zahl ohne Gruppierung (1500) oder setzen Sie &apos;;&apos; zwischen die Spalten</translation>
    </message>
</context>
<context>
    <name>curvelab::presets</name>
    <message>
        <source>The 2016 question, trained properly: k and b change with every sequence and raw (x, y) go in; it learns slowly and stalls short of the ceiling.</source>
        <translation>Die Frage von 2016, richtig trainiert: k und b wechseln mit jeder Folge, und die rohen (x, y) gehen hinein; es lernt langsam und bleibt unter der Obergrenze stehen.</translation>
    </message>
    <message>
        <source>The accepted answer: k and b fixed for the whole run. It learns fast, but only the three curves it saw, not the three families.</source>
        <translation>Die akzeptierte Antwort: k und b für den ganzen Lauf fest. Es lernt schnell, aber nur die drei Kurven, die es gesehen hat, nicht die drei Familien.</translation>
    </message>
    <message>
        <source>The question&apos;s generator done right: k and b new for every sequence, features that make the shape visible, noise of any level up to 1.5, Adam and minibatches. Near its Bayes ceiling in half a minute.</source>
        <translation>Der Generator der Frage, richtig gemacht: k und b neu für jede Folge, Merkmale, die die Form sichtbar machen, Rauschen jeder Stärke bis 1,5, Adam und Minibatches. In einer halben Minute nahe an seiner Bayes-Obergrenze.</translation>
    </message>
    <message>
        <source>What people draw and measure: curves at any scale, anywhere in x &gt; 0, clicked by hand or measured in their own units; features without units, Adam and minibatches.</source>
        <translation>Was Menschen zeichnen und messen: Kurven in jedem Maßstab, irgendwo bei x &gt; 0, von Hand geklickt oder in eigenen Einheiten gemessen; Merkmale ohne Einheiten, Adam und Minibatches.</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (%2)</source>
        <translation>unbekannte Vorlage „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>curvelab::readynetwork</name>
    <message>
        <source>trained on curves drawn and measured at any scale</source>
        <translation>trainiert auf Kurven, die in jedem Maßstab gezeichnet und gemessen wurden</translation>
    </message>
</context>
<context>
    <name>curvelab::recurrentclassifier</name>
    <message>
        <source>the weights belong to a different model</source>
        <translation>die Gewichte gehören zu einem anderen Modell</translation>
    </message>
</context>
<context>
    <name>curvelab::sequencenotes</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>One point fits every family: the guess can only go by where it lies.</source>
        <translation>Ein Punkt passt zu jeder Familie: Die Vermutung kann nur danach gehen, wo er liegt.</translation>
    </message>
    <message>
        <source>Two points fit every family exactly (k and b can always be chosen): from the third point on the shapes can be told apart.</source>
        <translation>Zwei Punkte passen genau zu jeder Familie (k und b lassen sich immer wählen): Ab dem dritten Punkt lassen sich die Formen unterscheiden.</translation>
    </message>
    <message>
        <source>Points %1 and %2 are the same point: the second adds nothing.</source>
        <translation>Die Punkte %1 und %2 sind derselbe Punkt: Der zweite sagt nichts Neues.</translation>
    </message>
    <message>
        <source>Points %1 and %2 share x = %3: no curve y = f(x) passes through both, so every family fits badly.</source>
        <translation>Die Punkte %1 und %2 haben beide x = %3: Keine Kurve y = f(x) geht durch beide, also passt jede Familie schlecht.</translation>
    </message>
    <message>
        <source>%2 (%3) is undefined at point %1: this point rules it out.</source>
        <translation>%2 (%3) ist in Punkt %1 nicht definiert: Dieser Punkt schließt sie aus.</translation>
    </message>
    <message>
        <source>%2 (%3) is undefined at points %1: these points rule it out.</source>
        <translation>%2 (%3) ist in den Punkten %1 nicht definiert: Diese Punkte schließen sie aus.</translation>
    </message>
    <message>
        <source>Point %1 lies left of x = 0: this network learned its shapes right of x = 0 (at any scale), so its guess there is an extrapolation.</source>
        <translation>Punkt %1 liegt links von x = 0: Dieses Netz hat seine Formen rechts von x = 0 gelernt (in jedem Maßstab), seine Vermutung dort ist also eine Extrapolation.</translation>
    </message>
    <message>
        <source>Points %1 lie left of x = 0: this network learned its shapes right of x = 0 (at any scale), so its guess there is an extrapolation.</source>
        <translation>Die Punkte %1 liegen links von x = 0: Dieses Netz hat seine Formen rechts von x = 0 gelernt (in jedem Maßstab), seine Vermutung dort ist also eine Extrapolation.</translation>
    </message>
    <message>
        <source>Point %1 lies outside the x range trained on (%2 to %3): the guess there is an extrapolation.</source>
        <translation>Punkt %1 liegt außerhalb des trainierten x-Bereichs (%2 bis %3): Die Vermutung dort ist eine Extrapolation.</translation>
    </message>
    <message>
        <source>Points %1 lie outside the x range trained on (%2 to %3): the guess there is an extrapolation.</source>
        <translation>Die Punkte %1 liegen außerhalb des trainierten x-Bereichs (%2 bis %3): Die Vermutung dort ist eine Extrapolation.</translation>
    </message>
    <message>
        <source>Point %1 lies far from every curve trained on (x %2 to %3, y %4 to %5): the network has never seen such values.</source>
        <translation>Punkt %1 liegt weit weg von allen trainierten Kurven (x %2 bis %3, y %4 bis %5): Solche Werte hat das Netz nie gesehen.</translation>
    </message>
    <message>
        <source>Points %1 lie far from every curve trained on (x %2 to %3, y %4 to %5): the network has never seen such values.</source>
        <translation>Die Punkte %1 liegen weit weg von allen trainierten Kurven (x %2 bis %3, y %4 bis %5): Solche Werte hat das Netz nie gesehen.</translation>
    </message>
    <message>
        <source>Point %1 lies outside %2&apos;s x range (%3 to %4), the only place the network saw it.</source>
        <translation>Punkt %1 liegt außerhalb des x-Bereichs von %2 (%3 bis %4), dem einzigen Ort, an dem das Netz sie gesehen hat.</translation>
    </message>
    <message>
        <source>Points %1 lie outside %2&apos;s x range (%3 to %4), the only place the network saw it.</source>
        <translation>Die Punkte %1 liegen außerhalb des x-Bereichs von %2 (%3 bis %4), dem einzigen Ort, an dem das Netz sie gesehen hat.</translation>
    </message>
</context>
<context>
    <name>curvelab::shapefunction</name>
    <message>
        <source>cannot read f(x) = &quot;%1&quot;: %2 (at the end)</source>
        <translation>f(x) = „%1“ lässt sich nicht lesen: %2 (am Ende)</translation>
    </message>
    <message>
        <source>cannot read f(x) = &quot;%1&quot;: %2 (at position %3)</source>
        <translation>f(x) = „%1“ lässt sich nicht lesen: %2 (an Position %3)</translation>
    </message>
</context>
<context>
    <name>curvelab::trainer</name>
    <message>
        <source>training this setup</source>
        <translation>das Training mit diesen Einstellungen</translation>
    </message>
    <message>
        <source>use fewer sequences per batch, shorter sequences, fewer hidden units or fewer test sequences</source>
        <translation>nehmen Sie weniger Folgen pro Batch, kürzere Folgen, eine kleinere Gedächtnisgröße oder weniger Testfolgen</translation>
    </message>
    <message>
        <source>training diverged at step %1 (the loss became NaN); the last good weights are kept. Try a smaller learning rate.</source>
        <translation>das Training ist bei Schritt %1 divergiert (der Verlust wurde NaN); die letzten guten Gewichte bleiben erhalten. Versuchen Sie eine kleinere Lernrate.</translation>
    </message>
    <message>
        <source>training diverged at step %1 (the loss became infinite); the last good weights are kept. Try a smaller learning rate.</source>
        <translation>das Training ist bei Schritt %1 divergiert (der Verlust wurde unendlich); die letzten guten Gewichte bleiben erhalten. Versuchen Sie eine kleinere Lernrate.</translation>
    </message>
    <message>
        <source>training diverged at step %1: the loss climbed to %2, far above chance level. The weights of step %3 are kept. Try a smaller learning rate.</source>
        <translation>das Training ist bei Schritt %1 divergiert: Der Verlust stieg auf %2, weit über das Zufallsniveau. Die Gewichte von Schritt %3 bleiben erhalten. Versuchen Sie eine kleinere Lernrate.</translation>
    </message>
</context>
<context>
    <name>curvelab::trainingconfig</name>
    <message>
        <source>unknown optimizer &quot;%1&quot; (adam or sgd)</source>
        <translation>unbekannter Optimierer „%1“ (adam oder sgd)</translation>
    </message>
    <message>
        <source>unknown loss &quot;%1&quot; (per-step, per-step-sum or last-step)</source>
        <translation>unbekannter Verlust „%1“ (per-step, per-step-sum oder last-step)</translation>
    </message>
    <message>
        <source>the model must classify the families the generator draws</source>
        <translation>das Modell muss die Familien klassifizieren, aus denen der Generator zieht</translation>
    </message>
    <message>
        <source>learning rate must be greater than 0 (and at most 100)</source>
        <translation>die Lernrate muss größer als 0 sein (und höchstens 100)</translation>
    </message>
    <message>
        <source>batch size must be between 1 and %1</source>
        <translation>die Batchgröße muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>sequence length must be between 1 and %1</source>
        <translation>die Zahl der Punkte pro Kurve muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>test length must be between 1 and %1</source>
        <translation>die Testlänge muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>gradient clip must be &gt;= 0 (0 turns it off)</source>
        <translation>die Gradientenbegrenzung muss &gt;= 0 sein (0 schaltet sie ab)</translation>
    </message>
    <message>
        <source>step budget must be &gt;= 0</source>
        <translation>das Schrittbudget muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>time budget must be &gt;= 0</source>
        <translation>das Zeitbudget muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>target accuracy must be between 0 and 1</source>
        <translation>die Zielgenauigkeit muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>set a step budget, a time budget or a target accuracy, or training never stops</source>
        <translation>legen Sie ein Schrittbudget, ein Zeitbudget oder eine Zielgenauigkeit fest, sonst endet das Training nie</translation>
    </message>
    <message>
        <source>test sequences must be between 1 and %1</source>
        <translation>die Zahl der Testfolgen muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>evaluation interval must be at least 1</source>
        <translation>das Messintervall muss mindestens 1 sein</translation>
    </message>
</context>
</TS>
