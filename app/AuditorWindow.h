// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/AuditSample.h"
#include "evidence/EvidenceVerifier.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QStringListModel;
class QTabWidget;
class QTableView;

namespace Rollcall {

class EvidenceDecisionFilter;
class EvidenceDecisionModel;
class EvidenceChartsWidget;

// Auditor mode: one evidence bundle, read-only, without a workspace. It verifies the bundle on opening
// (the banner says green or red, and why), then shows the decisions with filters, the population
// tie-out, charts, and draws reproducible audit samples exported as CSV and PDF.
class AuditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Verifies the bundle on a worker, against `trustedKey` (a public key PEM the auditor got from the
    // signer) or else the bundle's own signer.pub.pem; the views appear when it is done.
    explicit AuditorWindow(const QString& dir, const QString& trustedKey = {}, QWidget* parent = nullptr);
    // Verifies again, against another key (File → Verify With the Signer's Key…).
    void startVerification(const QString& trustedKey);

    bool isVerifying() const { return m_verifying; }
    bool isVerified() const { return !m_verifying && m_verification.ok(); }
    QString bannerText() const;
    const EvidenceVerification& verification() const { return m_verification; }
    // The decisions browser's filter (decision, tool, reviewer, text).
    EvidenceDecisionFilter* decisionFilter() const { return m_filter; }
    // Draws a sample as the Sample tab's "Draw" button does.
    void drawSample(quint64 seed, int size);
    const AuditSample& sample() const { return m_sample; }
    [[nodiscard]] bool exportSampleCsv(const QString& path, QString& error) const;
    [[nodiscard]] bool exportSamplePdf(const QString& path, QString& error) const;

private:
    void showBundle();
    QWidget* createDecisionsTab();
    QWidget* createTieOutTab();
    QWidget* createSampleTab();
    QWidget* createVerificationTab();
    void applyFilters();
    void drawFromControls();
    void exportCsvDialog();
    void exportPdfDialog();

    QString m_dir;
    bool m_verifying = true;
    EvidenceVerification m_verification;
    QString m_manifestSha256;
    AuditSample m_sample;

    QLabel* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    EvidenceDecisionModel* m_decisions = nullptr;
    EvidenceDecisionFilter* m_filter = nullptr;
    QComboBox* m_decisionBox = nullptr;
    QComboBox* m_toolBox = nullptr;
    QComboBox* m_reviewerBox = nullptr;
    QLineEdit* m_textEdit = nullptr;
    QStandardItemModel* m_tieOut = nullptr;
    EvidenceChartsWidget* m_charts = nullptr;
    QLineEdit* m_seedEdit = nullptr;
    QSpinBox* m_sizeBox = nullptr;
    EvidenceDecisionModel* m_sampleModel = nullptr;
    QLabel* m_sampleNote = nullptr;
};

} // namespace Rollcall
