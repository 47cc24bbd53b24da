#include "dataform.h"

#include "formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace curvelab {

namespace {

// Upper bounds of the spin boxes: only there to keep the boxes a sensible width. The real limits
// live in validateConfig(), which refuses too large a value with its reason.
constexpr int kMaxLengthInput = 99999;
constexpr double kMaxNoiseInput = 1000.0;

} // namespace

DataForm::DataForm(const QString &title, QWidget *parent) : SetupForm(title, parent)
{
    auto *form = new QFormLayout(this);
    m_world = named(enumCombo<CurveWorld>({{tr("drawn: any scale"), CurveWorld::Drawn},
                                           {tr("seed: the question's ranges"), CurveWorld::Seed}}),
                    QStringLiteral("world"),
                    tr("Where the curves come from. drawn: as people draw and measure them, at "
                       "any scale and anywhere right of x = 0, with a hand's jitter; the "
                       "families' k and b ranges (and x ranges, for shapes such as x², √x or "
                       "log x) then do not count. seed: the question's curves, k and b drawn "
                       "from each family's ranges."));
    m_kbMode = named(enumCombo<KbMode>({{tr("per sequence"), KbMode::PerSequence},
                                        {tr("fixed per run"), KbMode::FixedPerRun}}),
                     QStringLiteral("kbMode"),
                     tr("Per sequence: every curve gets its own k and b, so the network has to "
                        "learn the shape of each family. Fixed per run: one k and b for the whole "
                        "run, as in the accepted answer; it learns fast, but only those exact "
                        "curves."));
    m_noise = named(doubleSpinBox(0.0, kMaxNoiseInput, /*decimals=*/3, /*step=*/0.01),
                    QStringLiteral("noise"), QString());
    m_noisePerSequence = named(new QCheckBox(tr("a level per curve, up to this")),
                               QStringLiteral("noisePerSequence"),
                               tr("Every curve gets its own noise level: none for some, any "
                                  "level up to the one set for the others, so that the network "
                                  "learns to read exact points and rough ones alike."));
    auto *noiseRow = new QVBoxLayout;
    noiseRow->setContentsMargins(0, 0, 0, 0);
    noiseRow->addWidget(m_noise);
    noiseRow->addWidget(m_noisePerSequence);
    m_length = named(spinBox(1, kMaxLengthInput, 1), QStringLiteral("length"),
                     tr("How many points the network sees in each training curve. More points "
                        "show more of the shape, so the families are easier to tell apart; the "
                        "question used 8."));
    m_xOrder = named(enumCombo<XOrder>({{tr("random"), XOrder::Random},
                                        {tr("sorted"), XOrder::Sorted},
                                        {tr("mostly left to right"), XOrder::MostlySorted}}),
                     QStringLiteral("xOrder"),
                     tr("Random: the points arrive in the order they were drawn, as in the "
                        "question. Sorted: they arrive from left to right, so the network sees "
                        "the curve unfold. Mostly left to right: as a hand clicks, with a slip "
                        "now and then and sometimes from the right."));
    form->addRow(tr("World"), m_world);
    form->addRow(tr("k and b"), m_kbMode);
    form->addRow(tr("Noise"), noiseRow);
    form->addRow(tr("Points per curve"), m_length);
    form->addRow(tr("x order"), m_xOrder);
    nameFieldsAfterLabels(form);
    for (QComboBox *c : {m_world, m_kbMode, m_xOrder}) {
        watch(c);
    }
    watch(m_noise);
    watch(m_noisePerSequence);
    watch(m_length);
    // The drawn world greys the ranges it does not read, and gives noise another unit.
    connect(m_world, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT worldChanged();
        explainNoise();
    });
    explainNoise();
}

void DataForm::explainNoise()
{
    m_noise->setToolTip(
        world() == CurveWorld::Drawn
            ? tr("How far a hand misses the curve, as a share of the plot: 0.01 is 1% of its "
                 "width in x and of its height in y (3 px on a 350 px plot). 0 gives exact "
                 "points.")
            : tr("Random jitter added to every y value, like measurement error (its standard "
                 "deviation, in units of y). 0 gives perfect curves; more noise makes the "
                 "families harder to tell apart."));
}

void DataForm::display(const GeneratorConfig &g)
{
    select(m_world, g.world);
    select(m_kbMode, g.kbMode);
    m_noise->setValue(g.noise);
    m_noisePerSequence->setChecked(g.noiseSpread == NoiseSpread::PerSequence);
    m_length->setValue(g.length);
    select(m_xOrder, g.xOrder);
}

void DataForm::readInto(GeneratorConfig &g) const
{
    g.world = world();
    g.kbMode = choice<KbMode>(m_kbMode);
    g.noise = m_noise->value();
    g.noiseSpread = m_noisePerSequence->isChecked() ? NoiseSpread::PerSequence : NoiseSpread::Fixed;
    g.length = m_length->value();
    g.xOrder = choice<XOrder>(m_xOrder);
}

CurveWorld DataForm::world() const
{
    return choice<CurveWorld>(m_world);
}

QWidget *DataForm::fieldFor(const QString &problem) const
{
    return fieldByPrefix(
        problem, {{"sequence length", m_length}, {"noise", m_noise}, {"k and b fixed", m_kbMode}});
}

} // namespace curvelab
