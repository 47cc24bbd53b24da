#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace curvelab {

// The language CurveLab is written in: its source texts, docs/manual.md and the lessons in
// resources/lessons/. Every text exists in it, so it is always available.
constexpr const char *kSourceLanguage = "en";

// The language to speak to a reader of `uiLanguages` (BCP 47 tags, the most preferred first; by
// default those of the app's locale) with the texts of `available` (ISO 639 codes: "de"): the
// language of the first tag that is available, else English. The manual and the built-in lessons
// decide through it, as QTranslator decides which catalogue the menus speak (uilanguage.cpp).
QString uiLanguage(const QStringList &available,
                   const QStringList &uiLanguages = QLocale().uiLanguages());

} // namespace curvelab
