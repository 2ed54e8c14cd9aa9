// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Rollcall::Translations {

// The preference (QSettings "ui/language", shared by rollcall and rollcall-cli): empty for the
// system's language, else a language code such as "en" or "de".
inline const QString LanguageKey = QStringLiteral("ui/language");

// The languages Rollcall is translated into, as codes ("en", "de").
QStringList available();
// The preference, from the settings of the desktop application (organisation and application
// "Rollcall"), whichever program reads it.
QString preferredLanguage();
// The locale whose language is used: the preference if set and available, else the system's.
QLocale chooseLocale(const QString& preference);
// Installs Rollcall's translator and Qt's own for the locale that chooseLocale() picks, replacing
// any installed before. A language without a translation gets English (which spells out plurals).
// Returns the language code of Rollcall's translator ("en" or "de").
QString install(const QString& preference);

} // namespace Rollcall::Translations
