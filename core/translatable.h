#pragma once

// Marks a fixed sentence of core that the app shows, so that Qt's lupdate puts it in the app's
// catalogue under `context` (ui/CMakeLists.txt aliases it to QT_TRANSLATE_NOOP). Core stays free
// of Qt: the macro is the text itself; the app translates it with
// QCoreApplication::translate(context, text).
#define CURVELAB_TRANSLATABLE(context, text) text
