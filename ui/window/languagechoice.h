#pragma once

#include <QString>

class QCoreApplication;
class QMenu;
class QWidget;

namespace curvelab {

// Which language the app speaks: the system's, or one picked in View > Language and kept in the
// settings. Read once at startup; a new pick takes effect at the next start.

// The saved pick: "system" (also when nothing is saved), "en" or "de".
QString savedLanguage();

// Installs CurveLab's catalogue for the saved pick, or for the system's languages, and Qt's own
// (qtbase, for the standard dialogs' buttons), from where Qt keeps them. An explicit pick also
// becomes the default locale, so that numbers follow the language. Call once, after the
// application object exists and before any window.
void installTranslations(QCoreApplication &app);

// Fills `menu` with System, English and Deutsch: picking one saves it and says in a message box
// over `parent` that it applies at the next start.
void fillLanguageMenu(QMenu &menu, QWidget *parent);

} // namespace curvelab
