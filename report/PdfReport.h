// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace Rollcall {

// A paginated A4 report drawn with QPainter on a QPdfWriter: headings, paragraphs, key-value lists,
// tables that repeat their header on each page, and room for charts. Coordinates are in points.
//
// Reproducible: Qt 6.4 stamps the PDF with the current time (/CreationDate) and a random document id
// (/ID); finish() replaces both, byte for byte in place so the cross-reference offsets stay right, with
// `created` and an id derived from the document's own bytes. Same content and time, same bytes — across
// processes only with a deterministic QHash seed (QHashSeed::setDeterministicGlobalSeed() before any
// QHash exists, as rollcall-cli does): Qt writes the embedded fonts in QHash order.
//
// Its own words ("Page 2") are English, as the documents it draws: see EvidenceReports.cpp.
class PdfReport
{
public:
    PdfReport(const QString& title, const QDateTime& createdUtc);
    ~PdfReport();
    Q_DISABLE_COPY_MOVE(PdfReport)

    void setFooter(const QString& left) { m_footer = left; }
    void newPage();
    void title(const QString& text, const QString& subtitle = {});
    void heading(const QString& text);
    void paragraph(const QString& text, qreal size = 10, const QColor& color = Qt::black);
    // A banner: text on a coloured band.
    void banner(const QString& text, const QColor& background);
    void keyValues(const QList<QPair<QString, QString>>& rows);
    // `widths` are fractions of the text width (they should add up to 1); long cells wrap.
    void table(const QStringList& header, const QList<qreal>& widths, const QList<QStringList>& rows, qreal size = 8.5);
    // A rectangle of `height` points across the text width, on a new page if it does not fit.
    QRectF reserve(qreal height);
    void space(qreal points) { m_y += points; }
    QPainter& painter() { return m_painter; }
    qreal textWidth() const { return m_width; }

    // Ends the document and returns its bytes.
    QByteArray finish();
    // Replaces Qt's creation date and random /ID in a PDF it wrote (see above).
    static QByteArray makeReproducible(QByteArray pdf, const QDateTime& createdUtc);

private:
    QFont font(qreal size, bool bold = false) const;
    qreal px(qreal points) const { return points * m_scale; }
    void ensure(qreal height);
    void drawFooter();
    qreal rowHeight(const QStringList& cells, const QList<qreal>& widths, const QFont& f);
    void drawRow(const QStringList& cells, const QList<qreal>& widths, const QFont& f, qreal height,
                 const QColor& background);

    QDateTime m_created;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    qreal m_scale = 1;  // device pixels per point
    qreal m_width = 0;  // text width, points
    qreal m_height = 0; // text height, points
    qreal m_y = 0;      // cursor from the top of the text area, points
    int m_page = 1;
    QString m_footer;
    bool m_finished = false;
};

} // namespace Rollcall
