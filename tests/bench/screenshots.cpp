// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main screens of a workspace to PNG files, for the README and for looking at the UI
// as a reviewer would: packaging/make-screenshots.sh runs it under xvfb-run on the demo company.
//
//   rollcall-screenshots WORKSPACE OUTDIR [DROPPED-FILE...]
#include "AccountTableView.h"
#include "CampaignView.h"
#include "DashboardView.h"
#include "DecisionBar.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "ImportQueueDialog.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SavedViewsPanel.h"
#include "ShortcutsDialog.h"
#include "Translations.h"
#include "item/AccountTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace Rollcall;

namespace {
bool settle(MainWindow& window)
{
    AccountTableModel* model = window.accountModel();
    return QTest::qWaitFor([model] { return !model->isLoading() && model->isCountKnown(); }, 30000);
}

bool save(QWidget* widget, const QString& path)
{
    QTest::qWait(300); // let the last paint land
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// A dark desktop theme's palette, as KDE Breeze Dark or GNOME's Adwaita-dark give an application.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1d, 0x20, 0x23), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x5f, 0x66, 0x6d));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x11, 0x12));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x73, 0x78));
    return p;
}

QModelIndex findLogin(AccountTableModel* model, const QString& tool, const QString& login)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AccountTableModel::Tool).data().toString() == tool &&
            model->index(row, AccountTableModel::Login).data().toString() == login)
            return model->index(row, AccountTableModel::Login);
    }
    return model->index(0, AccountTableModel::Login);
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no settings of the user's, none left behind
    QCoreApplication::setOrganizationName(QStringLiteral("RollcallScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("Rollcall"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: rollcall-screenshots WORKSPACE OUTDIR [DROPPED-FILE...]\n");
        return 2;
    }
    const QString workspace = args.at(1);
    const QDir out(args.at(2));
    QDir().mkpath(out.path());
    bool ok = true;
    // The reviewer the campaign screens decide as (the demo's aws-prod reviewer).
    QSettings().setValue(MainWindow::ReviewerKey, QStringLiteral("chen.wei@larkspur.example"));

    MainWindow window;
    window.resize(1440, 860);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    if (!window.openWorkspace(workspace) || !settle(window))
        return 1;
    (void)QTest::qWaitFor([&window] { return window.statsReady(); }, 30000);

    // 1. The accounts, riskiest first, one orphaned account explained.
    AccountTableView* view = window.accountView();
    AccountTableModel* model = window.accountModel();
    view->setFocus();
    view->setCurrentIndex(findLogin(model, QStringLiteral("aws-prod"), QStringLiteral("dana.kowalski")));
    (void)QTest::qWaitFor([&window] { return window.detailPane()->traceModel()->rowCount() > 0; }, 30000);
    ok = save(&window, out.filePath(QStringLiteral("accounts.png"))) && ok;

    // 2. The record as imported, and its history.
    window.detailPane()->tabs()->setCurrentIndex(1);
    ok = save(&window, out.filePath(QStringLiteral("record.png"))) && ok;
    window.detailPane()->tabs()->setCurrentIndex(0);

    // 3. A saved view: leavers who can still sign in.
    window.savedViews()->choose(1);
    (void)settle(window);
    view->setCurrentIndex(model->index(0, AccountTableModel::Login));
    (void)QTest::qWaitFor([&window] { return window.detailPane()->traceModel()->rowCount() > 0; }, 30000);
    ok = save(&window, out.filePath(QStringLiteral("leavers.png"))) && ok;

    // 4. Filters: privileged accounts with MFA off or unknown and some risk.
    window.filterBar()->reset();
    (void)settle(window);
    AccountFilter filter;
    filter.privileges = {QStringLiteral("owner"), QStringLiteral("admin")};
    filter.riskMin = 30;
    window.filterBar()->setFilter(filter);
    (void)settle(window);
    view->setCurrentIndex(model->index(0, AccountTableModel::Login));
    (void)QTest::qWaitFor([&window] { return window.detailPane()->traceModel()->rowCount() > 0; }, 30000);
    ok = save(&window, out.filePath(QStringLiteral("filters.png"))) && ok;
    window.filterBar()->reset();
    (void)settle(window);

    // 5. The dashboard.
    window.showDashboard();
    ok = save(&window, out.filePath(QStringLiteral("dashboard.png"))) && ok;
    window.showAccounts();

    // 6. Files dropped on the window, confirmed before anything is imported.
    const QStringList dropped = args.mid(3);
    if (!dropped.isEmpty()) {
        ImportQueueDialog::setNextAnswer([&](ImportQueueDialog& dialog) {
            dialog.resize(900, 320);
            dialog.show();
            (void)QTest::qWaitForWindowExposed(&dialog);
            ok = save(&dialog, out.filePath(QStringLiteral("import.png"))) && ok;
            return int(QDialog::Rejected);
        });
        window.importFiles(dropped);
    }

    // 7. The active campaign: an account's decision bar, filled in, over its attestations.
    if (!window.activeCampaign().isEmpty()) {
        window.showAccounts();
        view->setCurrentIndex(findLogin(model, QStringLiteral("aws-prod"), QStringLiteral("emil")));
        DecisionBar* bar = window.detailPane()->decisionBar();
        (void)QTest::qWaitFor([bar] { return bar->item().has_value() && bar->item()->login == QLatin1String("emil"); },
                              30000);
        bar->ownerEdit()->setText(QStringLiteral("emil.haddad@larkspur.example"));
        bar->purposeEdit()->setText(QStringLiteral("Release signing until the handover"));
        bar->reasonEdit()->setText(QStringLiteral("Manager confirmed in ticket OPS-4411"));
        window.detailPane()->tabs()->setCurrentIndex(3);
        ok = save(&window, out.filePath(QStringLiteral("decision.png"))) && ok;
        window.detailPane()->tabs()->setCurrentIndex(0);

        // 8. Its progress: per reviewer, per tool, and the burn-down.
        window.showCampaign();
        (void)QTest::qWaitFor([&window] { return !window.isCampaignBusy(); }, 30000);
        ok = save(&window, out.filePath(QStringLiteral("campaign.png"))) && ok;
        window.showAccounts();
    }

    // 9. Edit ▸ Preferences, filled in as a reviewer would.
    const auto preferences = [&](const QString& name) {
        PreferencesDialog dialog(&window);
        Preferences p;
        p.reviewerEmail = QStringLiteral("chen.wei@larkspur.example");
        p.signingKey = QStringLiteral("/home/chen/.config/rollcall/signer.pem");
        p.language = QStringLiteral("de");
        dialog.setPreferences(p);
        dialog.show();
        (void)QTest::qWaitForWindowExposed(&dialog);
        ok = save(&dialog, out.filePath(name)) && ok;
    };
    preferences(QStringLiteral("preferences.png"));

    // 10. The same window in a dark desktop theme: Rollcall draws with the system palette.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(darkPalette());
    view->setCurrentIndex(findLogin(model, QStringLiteral("aws-prod"), QStringLiteral("dana.kowalski")));
    (void)QTest::qWaitFor([&window] { return window.detailPane()->traceModel()->rowCount() > 0; }, 30000);
    ok = save(&window, out.filePath(QStringLiteral("accounts-dark.png"))) && ok;
    window.showDashboard();
    ok = save(&window, out.filePath(QStringLiteral("dashboard-dark.png"))) && ok;
    window.showAccounts();
    preferences(QStringLiteral("preferences-dark.png"));
    QApplication::setPalette(QApplication::style()->standardPalette());

    // 9. The keyboard shortcuts.
    window.action(QStringLiteral("shortcuts"))->trigger();
    if (auto* shortcuts = window.findChild<ShortcutsDialog*>()) {
        shortcuts->resize(720, 640);
        (void)QTest::qWaitForWindowExposed(shortcuts);
        ok = save(shortcuts, out.filePath(QStringLiteral("shortcuts.png"))) && ok;
        shortcuts->close();
    }

    // 10. The window in German (the system language, or Edit ▸ Preferences ▸ Language).
    Translations::install(QStringLiteral("de"));
    MainWindow german;
    german.resize(1440, 860);
    german.show();
    (void)QTest::qWaitForWindowExposed(&german);
    if (german.openWorkspace(workspace) && settle(german)) {
        german.accountView()->setFocus();
        german.accountView()->setCurrentIndex(
            findLogin(german.accountModel(), QStringLiteral("aws-prod"), QStringLiteral("dana.kowalski")));
        (void)QTest::qWaitFor([&german] { return german.detailPane()->traceModel()->rowCount() > 0; }, 30000);
        ok = save(&german, out.filePath(QStringLiteral("accounts-de.png"))) && ok;
        // The campaign in German: the decision bar and the progress tab, the longest words.
        if (!german.activeCampaign().isEmpty()) {
            german.accountView()->setCurrentIndex(
                findLogin(german.accountModel(), QStringLiteral("aws-prod"), QStringLiteral("emil")));
            DecisionBar* bar = german.detailPane()->decisionBar();
            (void)QTest::qWaitFor(
                [bar] { return bar->item().has_value() && bar->item()->login == QLatin1String("emil"); }, 30000);
            german.detailPane()->tabs()->setCurrentIndex(3);
            ok = save(&german, out.filePath(QStringLiteral("decision-de.png"))) && ok;
            german.showCampaign();
            (void)QTest::qWaitFor([&german] { return !german.isCampaignBusy(); }, 30000);
            ok = save(&german, out.filePath(QStringLiteral("campaign-de.png"))) && ok;
        }
    }
    return ok ? 0 : 1;
}
