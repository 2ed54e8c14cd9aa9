// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rollcall-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollcall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLCALL_VERSION));
    Rollcall::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
