// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/EvidenceWriter.h"

#include <QByteArray>

namespace Rollcall {

struct AuditSample;

// The PDF documents of evidence: the bundle's summary.pdf and an auditor's sample.
namespace EvidenceReports {

// summary.pdf: cover (interim or final, signer, chain), scope and snapshots, population tie-out, charts,
// the decisions, the exceptions (certifications and expiries with their dates) and the removals and
// expiries to carry out per tool.
QByteArray summary(const EvidenceContent& content);
// The producer that writes summary.pdf into a bundle.
EvidenceWriter::Producer summaryProducer();
// Every producer of a bundle beyond the writer's own files, as `rollcall-cli evidence` and the window
// write it: summary.pdf and remediation/ (the actions the decisions call for, from `store`).
void addBundleProducers(EvidenceWriter& writer, Store& store);

// An audit sample: which bundle (campaign, manifest SHA-256, signer), the seed and size, and the drawn
// decisions.
QByteArray sample(const AuditSample& sample, const EvidenceManifest& manifest, const QString& manifestSha256,
                  const QDateTime& createdUtc);

} // namespace EvidenceReports

} // namespace Rollcall
