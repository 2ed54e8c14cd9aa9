// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence verification, as an auditor runs it on a bundle someone else wrote. The input is a
// bundle in one piece: its files one after another, each introduced by a line "--8<-- PATH"
// (tests/fuzz/seeds/evidence holds one made from the demo campaign by make-evidence-seed.sh).
// Any bundle either verifies or is refused with problems that say what is wrong; nothing crashes.
#include "FuzzSupport.h"
#include "evidence/EvidenceVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Rollcall;

namespace {
const QByteArray Marker = "--8<-- ";

// The files of an input, in order; false when it names a path that could leave the folder (the
// verifier's own path checks are fuzzed through SHA256SUMS and manifest.json, not through here).
bool split(const QByteArray& input, QList<QPair<QString, QByteArray>>& files)
{
    qsizetype at = input.startsWith(Marker) ? 0 : -1;
    while (at >= 0) {
        const qsizetype nameEnd = input.indexOf('\n', at);
        if (nameEnd < 0)
            return false;
        const QString name = QString::fromUtf8(input.mid(at + Marker.size(), nameEnd - at - Marker.size()));
        if (name.isEmpty() || name.contains(QLatin1String("..")) || name.startsWith(QLatin1Char('/')) ||
            name.contains(QLatin1Char('\\')) || name.count(QLatin1Char('/')) > 2)
            return false;
        const qsizetype next = input.indexOf("\n" + Marker, nameEnd);
        const qsizetype end = next < 0 ? input.size() : next;
        files.append({name, input.mid(nameEnd + 1, end - nameEnd - 1)});
        at = next < 0 ? -1 : next + 1;
    }
    return !files.isEmpty();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<QPair<QString, QByteArray>> files;
    if (!split(Fuzz::bytes(data, size), files))
        return 0;
    QTemporaryDir dir;
    for (const auto& [name, content] : std::as_const(files)) {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return 0; // a name the file system refuses
    }
    const EvidenceVerification v = EvidenceVerifier::verify(dir.path());
    for (const EvidenceProblem& p : v.problems) {
        if (p.message.isEmpty())
            Fuzz::violated("every problem says what is wrong", p.text());
    }
    if (v.ok() && v.passed.isEmpty())
        Fuzz::violated("a bundle that verifies says which checks held");
    return 0;
}
