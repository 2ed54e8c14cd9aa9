// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Rollcall::Translations {

namespace {
// Compiled from resources/translations/*.ts at build time and embedded (app/CMakeLists.txt).
const QString Prefix = QStringLiteral(":/i18n");
// Owned by the application; replaced when install() runs again.
QTranslator* s_rollcall = nullptr;
QTranslator* s_qt = nullptr;

void drop(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString preferredLanguage()
{
    QSettings settings(QStringLiteral("Rollcall"), QStringLiteral("Rollcall"));
    return settings.value(LanguageKey).toString();
}

QLocale chooseLocale(const QString& preference)
{
    if (available().contains(preference))
        return QLocale(preference);
    return QLocale::system();
}

QString install(const QString& preference)
{
    drop(s_rollcall);
    drop(s_qt);
    const QLocale locale = chooseLocale(preference);
    if (!preference.isEmpty() && available().contains(preference))
        QLocale::setDefault(locale);

    // QTranslator::load(QLocale, …) tries each of the locale's UI languages in turn ($LANGUAGE first).
    s_rollcall = new QTranslator;
    QString language = QStringLiteral("en");
    if (s_rollcall->load(locale, QStringLiteral("rollcall"), QStringLiteral("_"), Prefix))
        language = s_rollcall->language().section(QLatin1Char('_'), 0, 0);
    else if (!s_rollcall->load(QStringLiteral("rollcall_en"), Prefix))
        drop(s_rollcall);
    if (s_rollcall)
        QCoreApplication::installTranslator(s_rollcall);

    // Qt's own strings (standard buttons, the file dialog) when a translation of Qt is installed
    // (Debian: qt6-translations-l10n).
    if (language != QLatin1String("en")) {
        s_qt = new QTranslator;
        if (s_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(s_qt);
        else
            drop(s_qt);
    }
    return language;
}

} // namespace Rollcall::Translations
