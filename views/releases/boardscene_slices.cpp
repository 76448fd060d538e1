// ReleaseBoardScene: what a slice's header says (name, status, dates, outcome, goals, totals,
// the working-product check), for the board and presentation mode. The board itself:
// boardscene.cpp.
#include "releases/boardscene.h"

#include "domain/dates.h"
#include "itemmodels/releasesmodel.h"
#include "releases/boarditems.h"
#include "storage/document.h"
#include "storage/slicecheck.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QHash<qint64, QDate> ReleaseBoardScene::deliveryDates(const Document &document)
{
    QHash<qint64, QDate> deliveredOn;
    for (IncrementId inc : document.increments()) {
        const Increment increment = document.increment(inc);
        if (increment.releaseId.isValid()
            && increment.date > deliveredOn.value(increment.releaseId.value))
            deliveredOn.insert(increment.releaseId.value, increment.date);
    }
    return deliveredOn;
}

LaneInfo ReleaseBoardScene::describeSlice(const Document &document, ReleaseId r,
                                          const QList<ActivityId> &backbone,
                                          const QHash<qint64, QDate> &deliveredOn)
{
    const SliceCheck check = checkSlice(document, r);
    LaneInfo info;
    info.release = r;
    QStringList totals { tr("%n story(s)", "", check.stories),
        tr("%1 pts").arg(number(check.estimate)), tr("value %1").arg(check.businessValue),
        tr("%1 done").arg(check.doneStories) };
    if (check.unestimatedStories > 0)
        totals.append(tr("%n unestimated", "", check.unestimatedStories));
    for (QString &t : totals)
        t.replace(u' ', QChar(0x00A0)); // wrap between the figures, never inside one
    info.totals = totals.join(u"  ·  "_s);
    if (r.isValid()) {
        const Release release = document.release(r);
        info.name = release.name.isEmpty() ? tr("(unnamed release)") : release.name;
        info.releaseStatus = release.status;
        info.status = ReleasesModel::statusName(release.status);
        if (release.status == ReleaseStatus::Delivered && deliveredOn.contains(r.value))
            info.status = tr("Delivered %1")
                              .arg(shortDate(deliveredOn.value(r.value)));
        if (release.targetDate.isValid())
            info.dates = tr("target %1")
                             .arg(shortDate(release.targetDate));
        info.outcome = release.outcome;
        // What the pipeline delivered, oldest first: "Delivered v1.4.0 · a1b2c3d".
        QStringList shipped;
        QStringList details;
        for (IncrementId inc : document.increments()) {
            const Increment increment = document.increment(inc);
            if (increment.releaseId != r || pipelineSummary(increment).isEmpty())
                continue;
            shipped.append(pipelineSummary(increment));
            details.append(tr("Delivered %1: %2").arg(shortDate(increment.date), pipelineDetails(increment)));
        }
        if (!shipped.isEmpty())
            info.pipeline = tr("Shipped %1").arg(shipped.join(u"; "_s));
        info.pipelineDetails = details.join(u'\n');
        QStringList goals;
        for (GoalId g : document.releaseGoals(r))
            goals.append(document.goal(g).name);
        if (!goals.isEmpty())
            info.goals = tr("Goals: %1").arg(goals.join(u", "_s));
        if (check.capacity)
            info.capacity = check.overCapacity
                ? tr("Over capacity: %1 of %2 pts")
                      .arg(number(check.estimate), number(*check.capacity))
                : tr("Capacity %1 pts").arg(number(*check.capacity));
        info.overCapacity = check.overCapacity;
        info.problems = sliceWarnings(document, check);
        if (check.overCapacity && !info.problems.isEmpty())
            info.problems.removeLast(); // the capacity line says it already
        info.notWorkingProduct = !check.isWorkingProduct();
        for (ActivityId a : check.missingActivities) {
            info.missingColumns.append(int(backbone.indexOf(a)));
            info.missingActivities.append(document.activity(a).title);
        }
        for (ActivityId a : check.inheritedActivities)
            info.inheritedColumns.append(int(backbone.indexOf(a)));
        info.inheritedText = tr("Nothing new here: builds on an earlier delivery");
        info.collapsible = release.status == ReleaseStatus::Delivered;
    } else {
        info.name = tr("Unplanned");
        info.status = tr("Stories in no release: drag them onto a slice");
    }
    return info;
}

} // namespace Valuemap
