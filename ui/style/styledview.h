#pragma once

#include "viewstyle.h"

namespace curvelab {

// What every painted view and live chart offers for text sizes, line widths and colours, in one
// place. A view implements setViewStyle() (rebuilding what depends on the style, which it keeps
// in m_style); the rest follows from it.
class StyledView
{
public:
    virtual ~StyledView() = default;

    virtual void setViewStyle(const ViewStyle &style) = 0;
    const ViewStyle &viewStyle() const { return m_style; }
    // Text sizes (1 gives 12 pt labels), with the lines grown alike.
    void setFontScale(qreal scale) { setViewStyle(m_style.withScale(scale)); }
    qreal fontScale() const { return m_style.fontScale; }
    void setLargeText(bool large) { setViewStyle(large ? ViewStyle::largeText() : ViewStyle()); }

protected:
    ViewStyle m_style;
};

} // namespace curvelab
