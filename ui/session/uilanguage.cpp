#include "uilanguage.h"

namespace curvelab {

// Why the UI languages: the app's language is decided once, at startup, by installTranslations
// (ui/window/languagechoice): a pick in View > Language becomes the default locale, and
// QTranslator loads the catalogue of the first of that locale's uiLanguages() that CurveLab has
// one for. The manual and the lessons walk the same list from the same locale, so they speak what
// the menus speak, without a second setting, as long as they cover the languages of the
// catalogues (tst_manual and tst_lessons check that). English counts as available even where a
// caller leaves it out: curvelab_en.qm makes QTranslator stop at an English tag too.
QString uiLanguage(const QStringList &available, const QStringList &uiLanguages)
{
    const QString english = QString::fromLatin1(kSourceLanguage);
    for (const QString &tag : uiLanguages) {
        const QLocale::Language language = QLocale(tag).language();
        if (language == QLocale::AnyLanguage || language == QLocale::C) {
            continue;
        }
        const QString code = QLocale::languageToCode(language);
        if (code == english || available.contains(code)) {
            return code;
        }
    }
    return english;
}

} // namespace curvelab
