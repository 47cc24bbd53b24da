#include "languagechoice.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace curvelab {

namespace {

// The settings key of the pick, and the pick that follows the system.
const QString kLanguageKey = QStringLiteral("language");
const QString kSystem = QStringLiteral("system");

// Where the compiled catalogues live: qt_add_translations in ui/CMakeLists.txt puts them there.
const QString kCatalogueFolder = QStringLiteral(":/i18n");

struct LanguageEntry
{
    QString code;  // as saved
    QString title; // as the menu shows it: a language's own name, so anyone can find theirs
};

void installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name,
                      const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator; // no catalogue for this language: the English source text shows
    }
}

} // namespace

QString savedLanguage()
{
    const QString code = QSettings().value(kLanguageKey, kSystem).toString();
    return code == QLatin1String("en") || code == QLatin1String("de") ? code : kSystem;
}

void installTranslations(QCoreApplication &app)
{
    const QString pick = savedLanguage();
    if (pick != kSystem) {
        QLocale::setDefault(
            QLocale(pick == QLatin1String("de") ? QLocale::German : QLocale::English,
                    pick == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates));
    }
    const QLocale locale; // the default: the pick, or the system's
    installCatalogue(app, locale, QStringLiteral("curvelab"), kCatalogueFolder);
    installCatalogue(app, locale, QStringLiteral("qtbase"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

void fillLanguageMenu(QMenu &menu, QWidget *parent)
{
    const LanguageEntry entries[] = {
        {kSystem, QCoreApplication::translate("curvelab::LanguageChoice", "System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    auto *group = new QActionGroup(&menu);
    const QString current = savedLanguage();
    for (const LanguageEntry &entry : entries) {
        QAction *action = menu.addAction(entry.title);
        action->setObjectName(QStringLiteral("language_") + entry.code);
        action->setCheckable(true);
        action->setChecked(entry.code == current);
        group->addAction(action);
        const QString code = entry.code;
        QObject::connect(action, &QAction::triggered, parent, [parent, code] {
            if (code == savedLanguage()) {
                return;
            }
            QSettings().setValue(kLanguageKey, code);
            QMessageBox::information(
                parent, QCoreApplication::translate("curvelab::LanguageChoice", "Language"),
                QCoreApplication::translate("curvelab::LanguageChoice",
                                            "CurveLab will use the new language the next time "
                                            "it starts."));
        });
    }
}

} // namespace curvelab
