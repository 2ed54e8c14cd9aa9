// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Rollcall {

namespace {
const qreal TitleHeight = 18;
const qreal BarHeight = 14;
const qreal BarGap = 5;
} // namespace

qreal barChartHeight(int bars)
{
    return TitleHeight + qMax(1, bars) * (BarHeight + BarGap) + 4;
}

void paintBarChart(QPainter& painter, const QRectF& rect, const QString& title, const QList<BarValue>& bars, qreal unit,
                   const QString& emptyText)
{
    painter.save();
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    titleFont.setPixelSize(qMax(1, qRound(10 * unit)));
    QFont labelFont = titleFont;
    labelFont.setBold(false);
    labelFont.setPixelSize(qMax(1, qRound(8.5 * unit)));
    painter.setFont(titleFont);
    painter.setPen(QColor(0x21, 0x21, 0x21));
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), TitleHeight * unit),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    qreal labelWidth = 0;
    qint64 max = 0;
    for (const BarValue& b : bars) {
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(b.label));
        max = qMax(max, b.value);
    }
    labelWidth = qMin(labelWidth + 8 * unit, rect.width() * 0.4);
    const qreal valueWidth = metrics.horizontalAdvance(QString::number(max)) + 8 * unit;
    const qreal barSpace = qMax<qreal>(1, rect.width() - labelWidth - valueWidth);
    qreal y = rect.top() + TitleHeight * unit;
    if (bars.isEmpty()) {
        painter.setPen(QColor(0x75, 0x75, 0x75));
        painter.drawText(QRectF(rect.left(), y, rect.width(), BarHeight * unit), Qt::AlignLeft | Qt::AlignVCenter,
                         emptyText.isEmpty() ? QStringLiteral("Nothing to show.") : emptyText);
    }
    for (const BarValue& b : bars) {
        const QRectF label(rect.left(), y, labelWidth - 6 * unit, BarHeight * unit);
        painter.setPen(QColor(0x21, 0x21, 0x21));
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(b.label, Qt::ElideRight, label.width()));
        const qreal w = max > 0 ? barSpace * qreal(b.value) / qreal(max) : 0;
        painter.fillRect(QRectF(rect.left() + labelWidth, y + 1 * unit, w, (BarHeight - 2) * unit),
                         b.color.isValid() ? b.color : QColor(0x1f, 0x78, 0xb4));
        painter.drawText(QRectF(rect.left() + labelWidth + w + 4 * unit, y, valueWidth, BarHeight * unit),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(b.value));
        y += (BarHeight + BarGap) * unit;
    }
    painter.restore();
}

QColor decisionColor(const QString& decision)
{
    if (decision == QLatin1String("remove"))
        return QColor(0xc6, 0x28, 0x28);
    if (decision == QLatin1String("expire"))
        return QColor(0xef, 0x8a, 0x17);
    if (decision == QLatin1String("certify"))
        return QColor(0x1f, 0x78, 0xb4);
    if (decision == QLatin1String("reconcile"))
        return QColor(0x4c, 0x8c, 0x4a);
    if (decision == QLatin1String("needs-info"))
        return QColor(0xc9, 0xa2, 0x27);
    if (decision == QLatin1String("reassign") || decision == QLatin1String("undo"))
        return QColor(0x7b, 0x52, 0xab);
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace Rollcall
