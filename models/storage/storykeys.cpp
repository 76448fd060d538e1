#include "storage/storykeys.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Valuemap {

bool isValidKeyPrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.size() > 6)
        return false;
    return std::all_of(prefix.begin(), prefix.end(),
                       [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QString defaultKeyPrefix(const QString &productName)
{
    // The same separators as the SQL of migration 3: keep the two in step.
    static const QString separators = u" -_./&+,:\t"_s;
    QString prefix;
    QChar previous = u' ';
    for (const QChar c : productName) {
        const QChar upper = (c >= u'a' && c <= u'z') ? QChar(c.unicode() - 32) : c;
        if (separators.contains(previous) && upper >= u'A' && upper <= u'Z' && prefix.size() < 6)
            prefix += upper;
        previous = c;
    }
    return prefix.isEmpty() ? u"S"_s : prefix;
}

QString storyKeyText(const QString &prefix, qint64 number)
{
    return prefix + u'-' + QString::number(number); // not arg(): once for every card of a plan
}

std::optional<StoryKey> parseStoryKey(QStringView text)
{
    static const QRegularExpression pattern(u"^\\s*(?:([A-Za-z]{1,6})-?|#)?([0-9]{1,9})\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 number = m.captured(2).toLongLong();
    if (number < 1)
        return std::nullopt;
    return StoryKey { m.captured(1).toUpper(), number };
}

int numberStoryInserts(ChangeSet &inserts, QSet<qint64> taken, qint64 *next)
{
    // Numbers the rows bring are kept where they are free: first see them all.
    for (const RowOp &op : std::as_const(inserts)) {
        const qint64 number = op.row.value(StoryCol::KeyNumber).toLongLong();
        if (op.kind == RowOp::Insert && op.table == Table::Story && number < MaxStoryKeyNumber)
            *next = std::max(*next, number + 1);
    }
    int renumbered = 0;
    for (RowOp &op : inserts) {
        if (op.kind != RowOp::Insert || op.table != Table::Story)
            continue;
        const qint64 number = op.row.value(StoryCol::KeyNumber).toLongLong();
        if (number >= 1 && number <= MaxStoryKeyNumber && !taken.contains(number)) {
            taken.insert(number);
            continue;
        }
        while (taken.contains(*next))
            ++*next;
        op.row[StoryCol::KeyNumber] = QVariant::fromValue<qint64>(*next);
        taken.insert((*next)++);
        ++renumbered;
    }
    return renumbered;
}

void numberNewPlan(Row &product, ChangeSet &rows)
{
    qint64 next = std::max<qint64>(1, product.value(ProductCol::NextKey).toLongLong());
    numberStoryInserts(rows, {}, &next);
    product[ProductCol::NextKey] = QVariant::fromValue<qint64>(next);
    const QString prefix = product.value(ProductCol::KeyPrefix).toString();
    if (!isValidKeyPrefix(prefix))
        product[ProductCol::KeyPrefix] = defaultKeyPrefix(product.value(ProductCol::Name).toString());
}

} // namespace Valuemap
