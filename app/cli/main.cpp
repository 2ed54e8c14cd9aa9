// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rollcall-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollcall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLCALL_VERSION));
    // The user's language (the system's, or the one chosen in the desktop application's preferences).
    Rollcall::Translations::install(Rollcall::Translations::preferredLanguage());
    Rollcall::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
