// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Rollcall {

class Store;
struct Rules;
struct BatchPlan;

// rollcall-cli: every stage of the review, headless. Exit 0 on success, 1 on a data error,
// 2 on a usage error; errors go to stderr as FILE:LINE[:COLUMN]: message.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit
    {
        Ok = 0,
        DataError = 1,
        UsageError = 2
    };

    Cli();
    int run(const QStringList& arguments);

private:
    int usage(const QString& message);
    int dataError(const QString& message);
    bool openStore(Store& store);
    bool loadRules(Store& store, Rules& rules);
    // openStore(), then loadRules(): what most verbs need. False after saying what is wrong.
    bool openWorkspace(Store& store, Rules& rules);
    // --format of the verbs that print a report: `table` when not given. False after the usage message
    // when it is none of the choices.
    enum class FormatChoice
    {
        TableOrJson,
        TableCsvOrJson
    };
    bool readFormat(FormatChoice choice, QString& format);

    int init();
    int import();
    int reconcile();
    int accounts();
    int summary();
    int formats();
    int diff();
    int explain();
    int link(bool unlink);
    // The workspace, its rules and the account named by --tool and --account, for the verbs that act
    // on one account. Returns Ok, or the exit status after saying what is wrong.
    struct AccountTarget;
    int openAccountTarget(AccountTarget& target, const QString& command);
    QString actor() const;

    // Campaigns, decisions, review packages and the attestation log: CampaignCommands.cpp.
    int campaign();
    int campaignStart();
    int campaignStatus();
    int campaignClose();
    int decide();
    int package();
    int verifyStore();
    int recordPlan(Store& store, const Rules& rules, const BatchPlan& plan, const QString& what);

    // Remediation of a campaign's removals and expiries: RemediationCommands.cpp.
    int remediation();
    // After a tool import: where the latest campaign's actions in that tool stand now.
    void printRemediationOf(Store& store, const QString& tool);

    // Signing keys, evidence bundles and their verification: EvidenceCommands.cpp.
    int keygen();
    int evidence();
    int verifyEvidence();
    bool readPassphrase(QByteArray& passphrase);

    QCommandLineParser m_parser;
    QStringList m_args; // positional arguments after the command
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Rollcall
