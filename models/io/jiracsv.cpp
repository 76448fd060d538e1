#include "io/jiracsv.h"

#include "io/csv.h"
#include "storage/document.h"

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// Jira labels cannot hold spaces.
QString label(const QString &tag)
{
    return tag.simplified().replace(u' ', u'_');
}

} // namespace

QByteArray JiraCsv::write(const Document &document, EpicsFrom epics)
{
    struct Epic
    {
        QString name;
        QString description;
        QList<StoryId> stories;
    };
    QList<Epic> list;
    for (ActivityId a : document.activities()) {
        const Activity activity = document.activity(a);
        if (epics == EpicsFrom::Activities)
            list.append({ activity.title, activity.description, {} });
        for (StepId s : document.steps(a)) {
            if (epics == EpicsFrom::Steps)
                list.append({ activity.title + u": "_s + document.step(s).title,
                    document.step(s).description, {} });
            list.last().stories += document.stories(s);
        }
    }
    int maxLabels = 1;
    for (const Epic &epic : std::as_const(list)) {
        for (StoryId id : epic.stories)
            maxLabels = std::max(maxLabels, int(document.storyTags(id).size()));
    }
    QStringList header { u"Issue ID"_s, u"Issue Type"_s, u"Summary"_s, u"Description"_s,
        u"Epic Name"_s, u"Parent"_s, u"Story Points"_s, u"Fix Version"_s, u"Issue key"_s };
    for (int i = 0; i < maxLabels; ++i)
        header.append(u"Labels"_s);
    // Jira links a child to its parent only when the parent's row comes first: every epic,
    // then every story (Atlassian's "CSV import parent-child mapping").
    QList<QStringList> records { header };
    QList<QStringList> storyRecords;
    int nextId = 1;
    const int epicCount = int(list.size());
    int storyId = epicCount + 1;
    for (int e = 0; e < epicCount; ++e) {
        const Epic &epic = list[e];
        const QString epicId = QString::number(nextId++);
        // Text cells neutralised against formula injection (OWASP); ids and points are ours.
        QStringList row { epicId, u"Epic"_s, Csv::textCell(epic.name),
            Csv::textCell(epic.description), Csv::textCell(epic.name), QString(), QString(),
            QString(), QString() };
        for (int i = 0; i < maxLabels; ++i)
            row.append(QString());
        records.append(row);
        for (StoryId id : epic.stories) {
            const Story story = document.story(id);
            QString description = story.description;
            if (!story.acceptanceCriteria.isEmpty()) {
                if (!description.isEmpty())
                    description += u"\n\n"_s;
                description += u"*Acceptance criteria*\n"_s + story.acceptanceCriteria;
            }
            QStringList r { QString::number(storyId++), u"Story"_s, Csv::textCell(story.title),
                Csv::textCell(description), QString(), epicId,
                story.estimate ? QString::number(*story.estimate, 'g', 15) : QString(),
                Csv::textCell(story.releaseId.isValid() ? document.release(story.releaseId).name
                                                        : QString()),
                story.key };
            const QStringList tags = document.storyTags(id);
            for (int i = 0; i < maxLabels; ++i)
                r.append(i < tags.size() ? Csv::textCell(label(tags[i])) : QString());
            storyRecords.append(r);
        }
    }
    records += storyRecords;
    return Csv::write(records, u',');
}

} // namespace Valuemap
