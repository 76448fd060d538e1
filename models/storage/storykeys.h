#pragma once

#include "storage/changeset.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Valuemap {

// Story keys (BT-42): a plan's prefix and a story's number. The number is given once and never
// again, also after the story is deleted; the prefix is the plan's, set in its header.

// The largest story number: nine digits, still something a person types.
inline constexpr qint64 MaxStoryKeyNumber = 999999999;

// 1 to 6 letters A–Z.
bool isValidKeyPrefix(const QString &prefix);
// The initials of the product name: the first ASCII letter of each word, uppercase, at most 6;
// "S" when there is none. Schema migration 3 makes the same prefix in SQL for older plans.
QString defaultKeyPrefix(const QString &productName);
// "BT-42".
QString storyKeyText(const QString &prefix, qint64 number);

struct StoryKey
{
    QString prefix; // uppercase; empty when the text held only a number
    qint64 number = 0;
};
// Reads "BT-42", "bt-42", "BT42" or "#42" / "42" (surrounding space ignored); nullopt when the
// text is no key.
std::optional<StoryKey> parseStoryKey(QStringView text);

// Gives a number to every story insert whose number is missing (0), taken or already given in
// the list, counting from *next; *next then is above every number of the list. `taken`: the
// numbers the plan already holds. Returns how many stories got a new number.
int numberStoryInserts(ChangeSet &inserts, QSet<qint64> taken, qint64 *next);

// For a new plan: numbers the stories that bring none (keeping those they bring), sets the
// product's next number above them all and its prefix, if unset, from its name.
void numberNewPlan(Row &product, ChangeSet &rows);

} // namespace Valuemap
