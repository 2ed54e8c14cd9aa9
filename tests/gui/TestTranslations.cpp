// SPDX-License-Identifier: GPL-3.0-or-later
// The translation pipeline: complete .ts files, the language of the system (here German, set in
// main() before the application starts), the preference that overrides it, English plurals, and
// rollcall-cli following the same rules.
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "config-rollcall-tests.h"

using namespace Rollcall;

namespace {
struct TsCheck
{
    int messages = 0;
    QStringList unfinished; // source texts
    QStringList badNumerus; // numerus messages without two forms
    QString error;
};

TsCheck checkTs(const QString& path)
{
    TsCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.error = file.errorString();
        return check;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++check.messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            int forms = 0;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    ++forms;
                if (xml.isCharacters())
                    text += xml.text();
            }
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                check.unfinished.append(source);
            if (numerus && forms != 2)
                check.badNumerus.append(source);
        }
    }
    if (xml.hasError())
        check.error = xml.errorString();
    return check;
}

QString tsFile(const char* name)
{
    return QStringLiteral(ROLLCALL_SOURCE_DIR "/resources/translations/") + QLatin1String(name);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void germanIsComplete();
    void englishPluralsAreComplete();
    void systemLanguageIsGerman();
    void preferenceOverridesTheSystem();
    void englishSpellsOutPlurals();
    void menuMnemonicsAreUnique_data();
    void menuMnemonicsAreUnique();
    void cliFollowsLocaleAndPreference_data();
    void cliFollowsLocaleAndPreference();

private:
    QTemporaryDir m_config;
};

void TestTranslations::initTestCase()
{
    QVERIFY(qEnvironmentVariable("XDG_CONFIG_HOME").contains(QLatin1String("TestTranslations")));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollcall"));
    QCoreApplication::setApplicationName(QStringLiteral("Rollcall"));
    QSettings().clear();
    QVERIFY(m_config.isValid());
}

void TestTranslations::cleanup()
{
    Translations::install(QString());
}

void TestTranslations::germanIsComplete()
{
    const TsCheck check = checkTs(tsFile("rollcall_de.ts"));
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    QVERIFY2(check.messages > 900, qPrintable(QString::number(check.messages)));
    // After `cmake --build build --target update_translations`, new strings show up here.
    QVERIFY2(check.unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished in rollcall_de.ts, e.g. \"%2\"")
                                                        .arg(check.unfinished.size())
                                                        .arg(check.unfinished.value(0))));
    QVERIFY2(check.badNumerus.isEmpty(), qPrintable(check.badNumerus.value(0)));
}

void TestTranslations::englishPluralsAreComplete()
{
    const TsCheck check = checkTs(tsFile("rollcall_en.ts"));
    QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
    QVERIFY(check.messages > 10);
    QVERIFY2(check.unfinished.isEmpty(), qPrintable(check.unfinished.value(0)));
    QVERIFY2(check.badNumerus.isEmpty(), qPrintable(check.badNumerus.value(0)));
}

void TestTranslations::systemLanguageIsGerman()
{
    // main() set LANGUAGE and LANG to German; no preference is saved.
    QCOMPARE(Translations::preferredLanguage(), QString());
    QCOMPARE(Translations::install(Translations::preferredLanguage()), QStringLiteral("de"));
    MainWindow window;
    QCOMPARE(window.action(QStringLiteral("newWorkspace"))->text(), QStringLiteral("&Neuer Arbeitsbereich…"));
    QCOMPARE(window.action(QStringLiteral("reconcile"))->text(), QStringLiteral("&Abgleichen"));
    QCOMPARE(window.action(QStringLiteral("preferences"))->text(), QStringLiteral("&Einstellungen…"));
    // Plurals in German.
    QCOMPARE(QCoreApplication::translate("Cli", "Reconciled %n account(s)", nullptr, 3),
             QStringLiteral("3 Konten abgeglichen"));
}

void TestTranslations::preferenceOverridesTheSystem()
{
    QSettings().setValue(Translations::LanguageKey, QStringLiteral("en"));
    QCOMPARE(Translations::install(Translations::preferredLanguage()), QStringLiteral("en"));
    MainWindow english;
    QCOMPARE(english.action(QStringLiteral("newWorkspace"))->text(), QStringLiteral("&New Workspace…"));

    QSettings().setValue(Translations::LanguageKey, QStringLiteral("de"));
    QCOMPARE(Translations::install(Translations::preferredLanguage()), QStringLiteral("de"));
    MainWindow german;
    QCOMPARE(german.action(QStringLiteral("newWorkspace"))->text(), QStringLiteral("&Neuer Arbeitsbereich…"));
    QSettings().remove(Translations::LanguageKey);
}

void TestTranslations::englishSpellsOutPlurals()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Cli", "Reconciled %n account(s)", nullptr, 1),
             QStringLiteral("Reconciled 1 account"));
    QCOMPARE(QCoreApplication::translate("Cli", "Reconciled %n account(s)", nullptr, 2),
             QStringLiteral("Reconciled 2 accounts"));
    QCOMPARE(QCoreApplication::translate("Cli", " against %n identities", nullptr, 1),
             QStringLiteral(" against 1 identity"));
}

void TestTranslations::menuMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("de") << "de";
}

// Alt+letter reaches every menu and every item of a menu in either language: no letter twice.
void TestTranslations::menuMnemonicsAreUnique()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    MainWindow window;
    const auto mnemonic = [](const QString& text) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
    };
    const auto check = [&](const QString& where, const QList<QAction*>& actions) {
        QHash<QChar, QString> seen;
        for (QAction* a : actions) {
            if (a->isSeparator() || !a->isVisible() || a->objectName().startsWith(QLatin1String("savedView")))
                continue;
            const QChar m = mnemonic(a->text());
            if (m.isNull())
                continue;
            QVERIFY2(
                !seen.contains(m),
                qPrintable(
                    QStringLiteral("%1: '%2' and '%3' share Alt+%4").arg(where, seen.value(m), a->text(), QString(m))));
            seen.insert(m, a->text());
        }
    };
    check(QStringLiteral("menu bar"), window.menuBar()->actions());
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu())
            check(top->text(), top->menu()->actions());
    }
}

void TestTranslations::cliFollowsLocaleAndPreference_data()
{
    QTest::addColumn<QString>("language"); // $LANGUAGE
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("expected"); // in `rollcall-cli --help`

    QTest::newRow("german-system") << "de_DE:de"
                                   << ""
                                   << "Befehle:";
    QTest::newRow("english-system") << "en_US:en"
                                    << ""
                                    << "Commands:";
    QTest::newRow("untranslated-system") << "fr_FR:fr"
                                         << ""
                                         << "Commands:";
    QTest::newRow("preference-wins") << "de_DE:de"
                                     << "en"
                                     << "Commands:";
    QTest::newRow("preference-german") << "en_US:en"
                                       << "de"
                                       << "Befehle:";
}

void TestTranslations::cliFollowsLocaleAndPreference()
{
    QFETCH(QString, language);
    QFETCH(QString, preference);
    QFETCH(QString, expected);
    // rollcall-cli reads the desktop application's settings: here from a folder of this test.
    const QString conf = m_config.filePath(QStringLiteral("Rollcall/Rollcall.conf"));
    QFile::remove(conf);
    if (!preference.isEmpty()) {
        QSettings s(conf, QSettings::IniFormat);
        s.setValue(Translations::LanguageKey, preference);
    }
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LANG"), language.section(QLatin1Char(':'), 0, 0) + QStringLiteral(".UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ROLLCALL_CLI), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out.left(400)));
}

// The system language is German for this whole test: set before Qt reads the locale. The settings
// (the language preference) live in a folder of this run.
int main(int argc, char** argv)
{
    QTemporaryDir config(QDir::tempPath() + QStringLiteral("/TestTranslations-config-XXXXXX"));
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("LANGUAGE", "de_DE:de");
    qputenv("LANG", "de_DE.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QApplication app(argc, argv);
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestTranslations.moc"
