// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include <QCryptographicHash>
#include <QPageLayout>
#include <QPageSize>
#include <QTextOption>

namespace Rollcall {

namespace {
const int Resolution = 300;
const qreal FooterHeight = 22;
const QColor Ink(0x21, 0x21, 0x21);
const QColor Muted(0x61, 0x61, 0x61);
const QColor Rule(0xbd, 0xbd, 0xbd);
const QColor HeaderBand(0xe8, 0xea, 0xed);
const QColor StripeBand(0xf6, 0xf7, 0xf8);

// Wrapped at word boundaries where there are any, anywhere in a long hash or address.
QTextOption cellOption()
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}
} // namespace

PdfReport::PdfReport(const QString& title, const QDateTime& createdUtc)
    : m_created(createdUtc.toUTC())
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Rollcall %1").arg(QStringLiteral(ROLLCALL_VERSION)));
    m_writer->setResolution(Resolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                        QPageLayout::Millimeter));
    m_painter.begin(m_writer.get());
    m_scale = qreal(Resolution) / 72.0;
    m_width = m_writer->width() / m_scale;
    m_height = m_writer->height() / m_scale - FooterHeight;
}

PdfReport::~PdfReport()
{
    if (!m_finished)
        m_painter.end();
}

QFont PdfReport::font(qreal size, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

void PdfReport::drawFooter()
{
    m_painter.save();
    m_painter.setFont(font(7.5));
    m_painter.setPen(Muted);
    const QRectF band(0, px(m_height + 6), px(m_width), px(FooterHeight - 6));
    m_painter.setPen(QPen(Rule, px(0.5)));
    m_painter.drawLine(band.topLeft(), band.topRight());
    m_painter.setPen(Muted);
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    // English in every locale, as the whole document: see EvidenceReports.cpp.
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Page %1").arg(m_page));
    m_painter.restore();
}

void PdfReport::newPage()
{
    drawFooter();
    m_writer->newPage();
    ++m_page;
    m_y = 0;
}

void PdfReport::ensure(qreal height)
{
    if (m_y > 0 && m_y + height > m_height)
        newPage();
}

QRectF PdfReport::reserve(qreal height)
{
    ensure(height);
    const QRectF r(0, px(m_y), px(m_width), px(height));
    m_y += height;
    return r;
}

void PdfReport::title(const QString& text, const QString& subtitle)
{
    m_painter.setFont(font(22, true));
    m_painter.setPen(Ink);
    const QRectF r(0, px(m_y), px(m_width), px(34));
    m_painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += 36;
    if (!subtitle.isEmpty())
        paragraph(subtitle, 12, Muted);
    m_y += 6;
}

void PdfReport::heading(const QString& text)
{
    ensure(60);
    if (m_y > 0)
        m_y += 10;
    m_painter.setFont(font(14, true));
    m_painter.setPen(Ink);
    m_painter.drawText(QRectF(0, px(m_y), px(m_width), px(20)), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += 22;
    m_painter.setPen(QPen(Rule, px(0.7)));
    m_painter.drawLine(QPointF(0, px(m_y)), QPointF(px(m_width), px(m_y)));
    m_y += 8;
}

void PdfReport::paragraph(const QString& text, qreal size, const QColor& color)
{
    const QFont f = font(size);
    m_painter.setFont(f);
    const QRectF bounds =
        m_painter.boundingRect(QRectF(0, 0, px(m_width), px(10000)), Qt::TextWordWrap | Qt::AlignLeft, text);
    const qreal h = bounds.height() / m_scale;
    ensure(h);
    m_painter.setFont(f);
    m_painter.setPen(color);
    m_painter.drawText(QRectF(0, px(m_y), px(m_width), px(h + 1)), Qt::TextWordWrap | Qt::AlignLeft, text);
    m_y += h + size * 0.5;
}

void PdfReport::banner(const QString& text, const QColor& background)
{
    const QFont f = font(11, true);
    m_painter.setFont(f);
    const QRectF bounds =
        m_painter.boundingRect(QRectF(0, 0, px(m_width - 16), px(1000)), Qt::TextWordWrap | Qt::AlignLeft, text);
    const qreal h = bounds.height() / m_scale + 12;
    ensure(h);
    m_painter.fillRect(QRectF(0, px(m_y), px(m_width), px(h)), background);
    m_painter.setPen(Qt::white);
    m_painter.drawText(QRectF(px(8), px(m_y + 6), px(m_width - 16), px(h - 12)), Qt::TextWordWrap | Qt::AlignLeft,
                       text);
    m_y += h + 8;
}

void PdfReport::keyValues(const QList<QPair<QString, QString>>& rows)
{
    const QList<qreal> widths = {0.28, 0.72};
    const QFont keyFont = font(9.5, true);
    const QFont valueFont = font(9.5);
    for (const auto& [key, value] : rows) {
        const qreal h = rowHeight({QString(), value}, widths, valueFont);
        ensure(h);
        m_painter.setFont(keyFont);
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(0, px(m_y + 2), px(m_width * widths.at(0) - 6), px(h)), key, cellOption());
        m_painter.setFont(valueFont);
        m_painter.setPen(Ink);
        m_painter.drawText(QRectF(px(m_width * widths.at(0)), px(m_y + 2), px(m_width * widths.at(1)), px(h)), value,
                           cellOption());
        m_y += h;
    }
    m_y += 6;
}

qreal PdfReport::rowHeight(const QStringList& cells, const QList<qreal>& widths, const QFont& f)
{
    m_painter.setFont(f);
    qreal h = 0;
    for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
        const QRectF r =
            m_painter.boundingRect(QRectF(0, 0, px(m_width * widths.at(c) - 6), px(10000)), cells.at(c), cellOption());
        h = qMax(h, r.height() / m_scale);
    }
    return h + 4;
}

void PdfReport::drawRow(const QStringList& cells, const QList<qreal>& widths, const QFont& f, qreal height,
                        const QColor& background)
{
    if (background.isValid())
        m_painter.fillRect(QRectF(0, px(m_y), px(m_width), px(height)), background);
    m_painter.setFont(f);
    m_painter.setPen(Ink);
    qreal x = 0;
    for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
        m_painter.drawText(QRectF(px(x + 3), px(m_y + 2), px(m_width * widths.at(c) - 6), px(height)), cells.at(c),
                           cellOption());
        x += m_width * widths.at(c);
    }
    m_y += height;
}

void PdfReport::table(const QStringList& header, const QList<qreal>& widths, const QList<QStringList>& rows, qreal size)
{
    const QFont headerFont = font(size, true);
    const QFont cellFont = font(size);
    const qreal headerHeight = rowHeight(header, widths, headerFont);
    auto drawHeader = [&] { drawRow(header, widths, headerFont, headerHeight, HeaderBand); };
    ensure(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), widths, cellFont)));
    drawHeader();
    int n = 0;
    for (const QStringList& row : rows) {
        const qreal h = rowHeight(row, widths, cellFont);
        if (m_y + h > m_height) {
            newPage();
            drawHeader();
        }
        drawRow(row, widths, cellFont, h, (n++ % 2) ? StripeBand : QColor());
    }
    m_painter.setPen(QPen(Rule, px(0.5)));
    m_painter.drawLine(QPointF(0, px(m_y)), QPointF(px(m_width), px(m_y)));
    m_y += 8;
}

QByteArray PdfReport::finish()
{
    if (m_finished)
        return {};
    drawFooter();
    m_painter.end();
    m_finished = true;
    m_writer.reset();
    return makeReproducible(m_buffer.data(), m_created);
}

QByteArray PdfReport::makeReproducible(QByteArray pdf, const QDateTime& createdUtc)
{
    // /CreationDate (D:YYYYMMDDHHmmSS followed by Z or +HH'mm' / -HH'mm'): the same length again.
    const QByteArray dateKey = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(dateKey);
    if (at >= 0) {
        const qsizetype start = at + dateKey.size();
        const qsizetype end = pdf.indexOf(')', start);
        if (end > start + 14) {
            const qsizetype suffix = end - start - 14;
            QByteArray stamp = createdUtc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
            stamp += suffix == 7 ? QByteArray("+00'00'") : (QByteArray("Z") + QByteArray(suffix - 1, ' '));
            if (stamp.size() == end - start)
                pdf.replace(start, stamp.size(), stamp);
        }
    }
    // /ID [ <hex> <hex> ]: random per run; replaced by hex of the SHA-256 of the document with the ids blanked.
    QList<QPair<qsizetype, qsizetype>> ids;
    const qsizetype idAt = pdf.lastIndexOf("/ID [");
    if (idAt >= 0) {
        qsizetype pos = idAt;
        for (int k = 0; k < 2; ++k) {
            const qsizetype open = pdf.indexOf('<', pos);
            const qsizetype close = open >= 0 ? pdf.indexOf('>', open) : -1;
            if (open < 0 || close < 0)
                break;
            ids.append({open + 1, close - open - 1});
            pos = close + 1;
        }
    }
    for (const auto& [start, length] : ids)
        pdf.replace(start, length, QByteArray(length, '0'));
    const QByteArray digest = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
    for (const auto& [start, length] : ids) {
        QByteArray hex;
        while (hex.size() < length)
            hex += digest;
        pdf.replace(start, length, hex.left(length));
    }
    return pdf;
}

} // namespace Rollcall
