// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditorWindow.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rollcall"));
    QCoreApplication::setApplicationName(QStringLiteral("Rollcall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLCALL_VERSION));
    // Ties the windows to the installed .desktop file (its icon and name on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral(ROLLCALL_APP_ID));
    // The system's language unless Edit ▸ Preferences chose one; a change applies at the next start.
    Rollcall::Translations::install(Rollcall::Translations::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Access review for unmanaged users in developer tools."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace to open; without it, the last one opened."),
        QStringLiteral("[WORKSPACE]"));
    const QCommandLineOption evidence(
        QStringLiteral("evidence"),
        QCoreApplication::translate("main", "Open an evidence bundle read-only, as an auditor: no workspace."),
        QStringLiteral("DIR"));
    parser.addOption(evidence);
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        QCoreApplication::translate("main", "With --evidence: check the signature against this public key, from the "
                                            "signer."),
        QStringLiteral("PUB.pem"));
    parser.addOption(trust);
    parser.process(app);

    // Development hook, not a feature: with ROLLCALL_SCREENSHOT=FILE.png set, the window is saved
    // to that file once shown and the program quits (for looking at the UI under xvfb-run).
    const QString screenshot = qEnvironmentVariable("ROLLCALL_SCREENSHOT");
    auto screenshotLater = [&screenshot](QWidget* window) {
        if (screenshot.isEmpty())
            return;
        QTimer::singleShot(800, window, [window, screenshot] {
            window->grab().save(screenshot);
            QCoreApplication::quit();
        });
    };

    if (parser.isSet(evidence)) {
        // The bundle's folder, or its manifest.json (what a file manager hands over).
        QString bundle = parser.value(evidence);
        if (QFileInfo(bundle).isFile() && QFileInfo(bundle).fileName() == QLatin1String("manifest.json"))
            bundle = QFileInfo(bundle).absolutePath();
        Rollcall::AuditorWindow auditor(bundle, parser.value(trust));
        auditor.show();
        screenshotLater(&auditor);
        return app.exec();
    }

    Rollcall::MainWindow window;
    window.show();

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString last = Rollcall::MainWindow::recentWorkspaces().value(0);
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (!path.isEmpty())
        window.openWorkspace(path);

    screenshotLater(&window);
    return app.exec();
}
