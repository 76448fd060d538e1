#pragma once

#include "domain/entities.h"
#include "io/plandata.h"

#include <QHash>

namespace Valuemap {

// Builds a new plan row by row for the importers of other tools' formats: ids count from 1,
// ranks follow the order of creation, names are found again case-insensitively.
class PlanBuilder final
{
public:
    PlanBuilder();

    qint64 activity(const QString &title, const QString &color = {}, bool alwaysNew = false);
    qint64 step(qint64 activity, const QString &title, bool alwaysNew = false);
    qint64 release(const QString &name); // empty name: 0, the unplanned lane
    qint64 persona(const QString &name, const QString &color = {});
    qint64 tag(const QString &name, const QString &color = {});
    qint64 goal(const QString &name);
    // A story at the end of its step; the row holds every column but the id, step and rank.
    qint64 story(qint64 step, qint64 release, Row fields);
    void linkTag(qint64 story, qint64 tag);
    void linkGoal(qint64 story, qint64 goal);

    Row storyRow() const; // an empty story row to fill in
    void setProductName(const QString &name) { m_data.productName = name; }
    // Where the rows added from now on come from ("Line 4", a card), for messages.
    void setOrigin(const QString &origin) { m_origin = origin; }
    void note(const QString &text) { m_data.notes.append(text); }
    PlanData take();

private:
    qint64 add(Table table, Row row, qint64 parent);
    qint64 find(Table table, int column, const QString &name, qint64 parent = 0) const;

    PlanData m_data;
    std::array<qint64, TableCount> m_nextId {};
    QHash<QPair<int, qint64>, qint64> m_counts; // (table, parent) → rows so far
    QHash<QString, qint64> m_names; // "table/parent/lowercase name" → id
    QString m_now;
    QString m_origin;
};

} // namespace Valuemap
