// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QHashFunctions>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // `evidence` draws summary.pdf with QPainter, whose fonts need a QGuiApplication; a command-line tool
    // never shows a window, so it runs on the offscreen platform, with or without a display.
    bool drawsPdf = false;
    for (int i = 1; i < argc; ++i)
        drawsPdf = drawsPdf || std::strcmp(argv[i], "evidence") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (drawsPdf) {
        // Qt's PDF engine writes the embedded fonts in QHash order; with the per-process random seed the
        // same report would come out with its font objects shuffled. Before any QHash exists.
        QHashSeed::setDeterministicGlobalSeed();
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("rollcall-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollcall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLCALL_VERSION));
    // The user's language (the system's, or the one chosen in the desktop application's preferences).
    Rollcall::Translations::install(Rollcall::Translations::preferredLanguage());
    Rollcall::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
