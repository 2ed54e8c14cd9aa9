// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditorWindow.h"

#include "BarChart.h"
#include "EvidenceReports.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "evidence/EvidenceWriter.h"
#include "evidence/Signer.h"
#include "item/EvidenceDecisionModel.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace Rollcall {

// The bundle's charts, drawn by the same code as summary.pdf's.
class EvidenceChartsWidget : public QWidget
{
    // No Q_OBJECT (no signals): without this, tr() would look its words up under "QWidget".
    Q_DECLARE_TR_FUNCTIONS(Rollcall::EvidenceChartsWidget)

public:
    explicit EvidenceChartsWidget(const EvidenceManifest& manifest, QWidget* parent = nullptr)
        : QWidget(parent)
    {
        QMap<QString, qint64> byClass;
        for (const TieOutCount& t : manifest.population)
            byClass[t.cls] += t.accounts;
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
            m_classes.append({it.key(), it.value(), QColor(0x1f, 0x78, 0xb4)});
        for (auto it = manifest.decisionsInForce.cbegin(); it != manifest.decisionsInForce.cend(); ++it)
            m_decisions.append({it.key(), it.value(), decisionColor(it.key())});
        m_decisions.append({tr("undecided"), manifest.undecided, QColor()});
        setMinimumHeight(int(barChartHeight(m_classes.size()) + barChartHeight(m_decisions.size()) + 40));
        setAccessibleName(tr("Charts: accounts by class and decisions in force"));
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        p.setRenderHint(QPainter::Antialiasing);
        const qreal unit = 1.3;
        const QRectF area = QRectF(rect()).adjusted(16, 12, -16, -12);
        const qreal first = barChartHeight(m_classes.size()) * unit;
        paintBarChart(p, QRectF(area.left(), area.top(), area.width(), first), tr("Accounts under review by class"),
                      m_classes, unit, tr("Nothing to show."));
        paintBarChart(
            p, QRectF(area.left(), area.top() + first + 20, area.width(), barChartHeight(m_decisions.size()) * unit),
            tr("Decisions in force"), m_decisions, unit, tr("Nothing to show."));
    }

private:
    QList<BarValue> m_classes;
    QList<BarValue> m_decisions;
};

namespace {

QComboBox* filterBox(const QString& accessible, const QString& any, QStringList values, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessible);
    values.removeDuplicates();
    values.removeAll(QString());
    std::sort(values.begin(), values.end());
    box->addItem(any, QString());
    for (const QString& v : std::as_const(values))
        box->addItem(v, v);
    return box;
}

void setUpTable(QTableView* view, const QString& accessible)
{
    view->setAccessibleName(accessible);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

} // namespace

AuditorWindow::AuditorWindow(const QString& dir, const QString& trustedKey, QWidget* parent)
    : QMainWindow(parent)
    , m_dir(dir)
{
    setObjectName(QStringLiteral("auditorWindow"));
    setWindowTitle(tr("Evidence %1 — Rollcall (read-only)").arg(QDir(dir).dirName()));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* trust = file->addAction(tr("Verify With the Signer's &Key…"), this, [this] {
        const QString key = FileDialog::getOpenFileName(this, tr("The signer's public key, as the signer gave it"), {},
                                                        tr("Public keys (*.pem);;All files (*)"));
        if (!key.isEmpty())
            startVerification(key);
    });
    trust->setObjectName(QStringLiteral("verifyWithKey"));
    trust->setStatusTip(tr("Check the signature against a public key obtained from the signer, not the bundle's own"));
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    resize(1280, 760);
    startVerification(trustedKey);
}

void AuditorWindow::startVerification(const QString& trustedKey)
{
    m_verifying = true;
    auto* waiting = new QLabel(tr("Verifying %1…").arg(QDir::toNativeSeparators(m_dir)), this);
    waiting->setAlignment(Qt::AlignCenter);
    setCentralWidget(waiting); // deletes the views of an earlier verification, and their models

    // Hashing a large bundle takes seconds: on a worker, the window stays responsive. Closing the window
    // first drops the result (the connection goes with it); the thread ends and deletes itself.
    auto result = std::make_shared<EvidenceVerification>();
    QThread* thread = QThread::create([dir = m_dir, trustedKey, result] {
        SigningKey key;
        QString error;
        if (trustedKey.isEmpty()) {
            *result = EvidenceVerifier::verify(dir);
        } else if (SigningKey::readPublicKey(trustedKey, key, error)) {
            *result = EvidenceVerifier::verify(dir, &key, trustedKey);
        } else {
            *result = EvidenceVerifier::verify(dir);
            result->problems.prepend({QString(), 0, error});
        }
    });
    connect(
        thread, &QThread::finished, this,
        [this, result] {
            m_verification = std::move(*result);
            m_verifying = false;
            showBundle();
        },
        Qt::QueuedConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void AuditorWindow::showBundle()
{
    const QString& dir = m_dir;
    QFile manifest(QDir(dir).filePath(EvidenceFile::Manifest));
    if (manifest.open(QIODevice::ReadOnly))
        m_manifestSha256 =
            QString::fromLatin1(QCryptographicHash::hash(manifest.readAll(), QCryptographicHash::Sha256).toHex());
    const EvidenceManifest& m = m_verification.bundle.manifest;
    setWindowTitle(
        tr("Evidence %1 — Rollcall (read-only)").arg(m.campaign.isEmpty() ? QDir(dir).dirName() : m.campaign));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(bannerText(), central);
    m_banner->setObjectName(QStringLiteral("verificationBanner"));
    m_banner->setAccessibleName(tr("Verification result"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->setStyleSheet(isVerified()
                                ? QStringLiteral("QLabel { background: #2e7d32; color: white; font-weight: bold; }")
                                : QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; }"));
    layout->addWidget(m_banner);

    auto* facts = new QLabel(central);
    facts->setObjectName(QStringLiteral("bundleFacts"));
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_verification.bundle.manifestRead)
        facts->setText(tr("Campaign <b>%1</b> (%2) · owner %3 · due %4 · %5 accounts · %6 attestations · written %7 "
                          "by Rollcall %8<br>Signer %9 — %10")
                           .arg(m.campaign.toHtmlEscaped(),
                                m.interim ? tr("INTERIM: open when written") : tr("closed %1").arg(m.closedAt),
                                m.owner.toHtmlEscaped(), m.due)
                           .arg(m.populationTotal)
                           .arg(m.attestations)
                           .arg(m.createdAt, m.rollcallVersion, m_verification.bundle.signerFingerprint,
                                m_verification.trusted ? tr("trusted key")
                                                       : tr("the bundle's own key: compare this fingerprint with the "
                                                            "one the signer gave you")));
    else
        facts->setText(tr("The manifest could not be read: %1").arg(QDir::toNativeSeparators(dir)));
    layout->addWidget(facts);

    m_tabs = new QTabWidget(central);
    m_tabs->setAccessibleName(tr("Evidence views"));
    m_tabs->addTab(createDecisionsTab(), tr("&Decisions"));
    m_tabs->addTab(createTieOutTab(), tr("&Tie-out"));
    m_charts = new EvidenceChartsWidget(m, m_tabs);
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_tabs->addTab(createSampleTab(), tr("&Sample"));
    m_tabs->addTab(createVerificationTab(), tr("&Verification"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

QString AuditorWindow::bannerText() const
{
    const EvidenceVerification& v = m_verification;
    if (m_verifying)
        return tr("Verifying…");
    if (v.ok())
        return tr("Verified: every file matches SHA256SUMS and the signed manifest, the signature holds, the decision "
                  "chain is intact and the population ties out.");
    QString text = tr("NOT verified: %1").arg(v.problems.first().text());
    if (v.problems.size() > 1)
        text += tr(" (and %n more problem(s), see Verification)", nullptr, int(v.problems.size() - 1));
    return text;
}

QWidget* AuditorWindow::createDecisionsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const QList<Attestation>& all = m_verification.bundle.decisions;
    QStringList kinds, tools, reviewers;
    for (const Attestation& a : all) {
        kinds.append(a.decision);
        tools.append(a.tool);
        reviewers.append(a.reviewer);
    }
    auto* bar = new QHBoxLayout;
    m_decisionBox = filterBox(tr("Decision filter"), tr("Any decision"), kinds, page);
    m_toolBox = filterBox(tr("Tool filter"), tr("Any tool"), tools, page);
    m_reviewerBox = filterBox(tr("Reviewer filter"), tr("Any reviewer"), reviewers, page);
    m_textEdit = new QLineEdit(page);
    m_textEdit->setPlaceholderText(tr("Account, reviewer, reason or hash contains…"));
    m_textEdit->setAccessibleName(tr("Text filter"));
    m_textEdit->setClearButtonEnabled(true);
    bar->addWidget(m_decisionBox);
    bar->addWidget(m_toolBox);
    bar->addWidget(m_reviewerBox);
    bar->addWidget(m_textEdit, 1);
    layout->addLayout(bar);

    m_decisions = new EvidenceDecisionModel(page);
    m_decisions->setAttestations(all);
    m_filter = new EvidenceDecisionFilter(page);
    m_filter->setSourceModel(m_decisions);
    auto* view = new QTableView(page);
    view->setObjectName(QStringLiteral("decisionsView"));
    setUpTable(view, tr("Decisions of the bundle"));
    view->setModel(m_filter);
    view->setSortingEnabled(true);
    view->sortByColumn(EvidenceDecisionModel::Seq, Qt::AscendingOrder);
    view->setColumnWidth(EvidenceDecisionModel::Seq, 50);
    view->setColumnWidth(EvidenceDecisionModel::At, 165);
    view->setColumnWidth(EvidenceDecisionModel::Tool, 85);
    view->setColumnWidth(EvidenceDecisionModel::Account, 300);
    view->setColumnWidth(EvidenceDecisionModel::Decision, 100);
    view->setColumnWidth(EvidenceDecisionModel::Reviewer, 210);
    view->setColumnWidth(EvidenceDecisionModel::Details, 320);
    layout->addWidget(view, 1);
    for (QComboBox* box : {m_decisionBox, m_toolBox, m_reviewerBox})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditorWindow::applyFilters);
    connect(m_textEdit, &QLineEdit::textChanged, this, &AuditorWindow::applyFilters);
    return page;
}

void AuditorWindow::applyFilters()
{
    m_filter->setDecision(m_decisionBox->currentData().toString());
    m_filter->setTool(m_toolBox->currentData().toString());
    m_filter->setReviewer(m_reviewerBox->currentData().toString());
    m_filter->setText(m_textEdit->text());
}

QWidget* AuditorWindow::createTieOutTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(tr("Accounts under review per tool and class: as the signed manifest records them at the "
                               "freeze, and as counted in accounts.csv."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    const EvidenceBundle& b = m_verification.bundle;
    const int toolColumn = b.accountHeader.indexOf(QStringLiteral("tool"));
    const int classColumn = b.accountHeader.indexOf(QStringLiteral("class"));
    QMap<QString, qint64> counted;
    if (toolColumn >= 0 && classColumn >= 0) {
        for (const QStringList& row : b.accounts)
            ++counted[row.value(toolColumn) + QLatin1Char('\n') + row.value(classColumn)];
    }
    const QMap<QString, qint64> recorded = b.manifest.populationMap();
    QStringList keys = recorded.keys() + counted.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    m_tieOut = new QStandardItemModel(0, 5, page);
    m_tieOut->setHorizontalHeaderLabels(
        {tr("Tool"), tr("Class"), tr("manifest.json"), tr("accounts.csv"), tr("Ties out")});
    qint64 totalRecorded = 0, totalCounted = 0;
    auto addRow = [this](const QString& tool, const QString& cls, qint64 want, qint64 have) {
        QList<QStandardItem*> row;
        for (const QString& text :
             {tool, cls, QString::number(want), QString::number(have), want == have ? tr("yes") : tr("NO")}) {
            auto* item = new QStandardItem(text);
            item->setEditable(false);
            if (want != have)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            row.append(item);
        }
        m_tieOut->appendRow(row);
    };
    for (const QString& key : std::as_const(keys)) {
        const QStringList parts = key.split(QLatin1Char('\n'));
        addRow(parts.value(0), parts.value(1), recorded.value(key), counted.value(key));
        totalRecorded += recorded.value(key);
        totalCounted += counted.value(key);
    }
    addRow(tr("Total"), QString(), totalRecorded, totalCounted);
    auto* view = new QTableView(page);
    view->setObjectName(QStringLiteral("tieOutView"));
    setUpTable(view, tr("Population tie-out"));
    view->setModel(m_tieOut);
    view->setColumnWidth(0, 160);
    view->setColumnWidth(1, 140);
    view->setColumnWidth(2, 120);
    view->setColumnWidth(3, 120);
    layout->addWidget(view, 1);
    return page;
}

QWidget* AuditorWindow::createSampleTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QHBoxLayout;
    m_seedEdit = new QLineEdit(page);
    m_seedEdit->setObjectName(QStringLiteral("sampleSeed"));
    m_seedEdit->setAccessibleName(tr("Sample seed"));
    m_seedEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seedEdit));
    // A fresh seed each time the window opens; it is recorded with the sample, so anyone can draw it again.
    m_seedEdit->setText(QString::number(QRandomGenerator::system()->generate64() % 1000000000000ULL));
    m_sizeBox = new QSpinBox(page);
    m_sizeBox->setObjectName(QStringLiteral("sampleSize"));
    m_sizeBox->setAccessibleName(tr("Sample size"));
    m_sizeBox->setRange(1, 100000);
    m_sizeBox->setValue(25);
    auto* draw = new QPushButton(tr("&Draw"), page);
    draw->setObjectName(QStringLiteral("drawSample"));
    auto* csv = new QPushButton(tr("Export &CSV…"), page);
    auto* pdf = new QPushButton(tr("Export &PDF…"), page);
    auto* seedLabel = new QLabel(tr("S&eed:"), page);
    seedLabel->setBuddy(m_seedEdit);
    auto* sizeLabel = new QLabel(tr("Si&ze:"), page);
    sizeLabel->setBuddy(m_sizeBox);
    form->addWidget(seedLabel);
    form->addWidget(m_seedEdit);
    form->addWidget(sizeLabel);
    form->addWidget(m_sizeBox);
    form->addWidget(draw);
    form->addStretch(1);
    form->addWidget(csv);
    form->addWidget(pdf);
    layout->addLayout(form);
    m_sampleNote = new QLabel(tr("Draw N decisions at random; the same seed always draws the same ones."), page);
    m_sampleNote->setWordWrap(true);
    layout->addWidget(m_sampleNote);
    m_sampleModel = new EvidenceDecisionModel(page);
    auto* view = new QTableView(page);
    view->setObjectName(QStringLiteral("sampleView"));
    setUpTable(view, tr("Sampled decisions"));
    view->setModel(m_sampleModel);
    view->setColumnWidth(EvidenceDecisionModel::Seq, 50);
    view->setColumnWidth(EvidenceDecisionModel::At, 150);
    view->setColumnWidth(EvidenceDecisionModel::Account, 240);
    view->setColumnWidth(EvidenceDecisionModel::Reviewer, 210);
    view->setColumnWidth(EvidenceDecisionModel::Details, 280);
    layout->addWidget(view, 1);
    connect(draw, &QPushButton::clicked, this, &AuditorWindow::drawFromControls);
    connect(csv, &QPushButton::clicked, this, &AuditorWindow::exportCsvDialog);
    connect(pdf, &QPushButton::clicked, this, &AuditorWindow::exportPdfDialog);
    return page;
}

QWidget* AuditorWindow::createVerificationTab()
{
    QStringList lines;
    for (const EvidenceProblem& p : m_verification.problems)
        lines.append(tr("FAILED  %1").arg(p.text()));
    for (const QString& check : m_verification.passed)
        lines.append(tr("ok  %1").arg(check));
    auto* view = new QListView(this);
    auto* model = new QStringListModel(lines, view);
    view->setObjectName(QStringLiteral("verificationView"));
    view->setAccessibleName(tr("Verification checks"));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setModel(model);
    return view;
}

void AuditorWindow::drawSample(quint64 seed, int size)
{
    if (m_verifying)
        return;
    m_sample = AuditSample::draw(m_verification.bundle.decisions, seed, size);
    m_sampleModel->setAttestations(m_sample.drawn);
    m_seedEdit->setText(QString::number(seed));
    m_sizeBox->setValue(size);
    m_sampleNote->setText(tr("Seed %1: %2 of %3 decision attestation(s), in the order drawn.")
                              .arg(seed)
                              .arg(m_sample.drawn.size())
                              .arg(m_sample.population));
}

void AuditorWindow::drawFromControls()
{
    bool ok = false;
    const quint64 seed = m_seedEdit->text().toULongLong(&ok);
    if (!ok) {
        MessageBox::warning(this, tr("Audit sample"), tr("The seed must be a whole number."));
        return;
    }
    drawSample(seed, m_sizeBox->value());
}

bool AuditorWindow::exportSampleCsv(const QString& path, QString& error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sample.toCsv()) < 0 || !file.commit()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool AuditorWindow::exportSamplePdf(const QString& path, QString& error) const
{
    const QByteArray pdf =
        EvidenceReports::sample(m_sample, m_verification.bundle.manifest, m_manifestSha256, Clock::nowUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) < 0 || !file.commit()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AuditorWindow::exportCsvDialog()
{
    if (m_sample.drawn.isEmpty())
        drawFromControls();
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export the sample as CSV"),
                                    QStringLiteral("sample-seed-%1.csv").arg(m_sample.seed), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportSampleCsv(path, error))
        MessageBox::warning(this, tr("Export the sample"), error);
}

void AuditorWindow::exportPdfDialog()
{
    if (m_sample.drawn.isEmpty())
        drawFromControls();
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export the sample as PDF"),
                                    QStringLiteral("sample-seed-%1.pdf").arg(m_sample.seed), tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportSamplePdf(path, error))
        MessageBox::warning(this, tr("Export the sample"), error);
}

} // namespace Rollcall
