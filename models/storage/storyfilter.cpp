#include "storage/storyfilter.h"

#include "storage/document.h"

namespace Valuemap {

bool StoryFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && tag.isEmpty() && !status && !persona && !goal && !release;
}

bool StoryFilter::matches(const Document &document, StoryId story) const
{
    const PlanStore &store = document.store();
    const Row *row = store.row(Table::Story, story.value);
    if (!row)
        return false;
    if (status && row->at(StoryCol::Status).toInt() != int(*status))
        return false;
    if (persona && row->at(StoryCol::PersonaId).toLongLong() != persona->value)
        return false;
    if (release && row->at(StoryCol::ReleaseId).toLongLong() != release->value)
        return false;
    if (goal && !document.storyGoals(story).contains(*goal))
        return false;
    const QStringList tags = (tag.isEmpty() && text.trimmed().isEmpty()) ? QStringList() : document.storyTags(story);
    if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    for (int column : { StoryCol::Title, StoryCol::Description, StoryCol::AcceptanceCriteria }) {
        if (row->at(column).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    for (const QString &t : tags) {
        if (t.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    // The story key: "BT-42" (or the start of one, "BT-4"), or "#42".
    if (needle.contains(u'-') && document.storyKey(story).startsWith(needle, Qt::CaseInsensitive))
        return true;
    return needle.startsWith(u'#') && document.storyByKey(needle) == story;
}

} // namespace Valuemap
