// Document: story keys (BT-42).
#include "storage/document.h"

#include "storage/storykeys.h"

using namespace Qt::StringLiterals;

namespace Valuemap {

QString Document::keyPrefix() const
{
    const QString prefix = m_store.value(Table::Product, 1, ProductCol::KeyPrefix).toString();
    return prefix.isEmpty() ? defaultKeyPrefix(product().name) : prefix;
}

QString Document::storyKey(StoryId id) const
{
    const qint64 number = m_store.value(Table::Story, id.value, StoryCol::KeyNumber).toLongLong();
    return number > 0 ? storyKeyText(keyPrefix(), number) : QString();
}

StoryId Document::storyByKey(QStringView key) const
{
    const auto parsed = parseStoryKey(key);
    if (!parsed || (!parsed->prefix.isEmpty() && parsed->prefix != keyPrefix()))
        return {};
    const QList<qint64> ids = m_store.group(Table::Story, StoryCol::KeyNumber, parsed->number);
    return ids.isEmpty() ? StoryId() : StoryId(ids.first());
}

qint64 Document::nextStoryKeyNumber() const
{
    // The product row counts; the stories' own numbers are a guard against a plan edited
    // elsewhere whose counter fell behind.
    qint64 next = std::max<qint64>(1, m_store.value(Table::Product, 1, ProductCol::NextKey).toLongLong());
    for (qint64 id : m_store.group(Table::Story, -1, 0))
        next = std::max(next, m_store.value(Table::Story, id, StoryCol::KeyNumber).toLongLong() + 1);
    return next;
}

void Document::appendStoryKey(ChangeSet &ops) const
{
    const qint64 number = nextStoryKeyNumber();
    ops.first().row[StoryCol::KeyNumber] = QVariant::fromValue<qint64>(number);
    appendUpdate(ops, Table::Product, 1, ProductCol::NextKey, QVariant::fromValue<qint64>(number + 1));
    // Keys must not change when the product is renamed: the prefix is fixed with the first one.
    if (m_store.value(Table::Product, 1, ProductCol::KeyPrefix).toString().isEmpty())
        appendUpdate(ops, Table::Product, 1, ProductCol::KeyPrefix, keyPrefix());
}

} // namespace Valuemap
