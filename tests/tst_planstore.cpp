// The in-memory plan keeps its indexes (stories by step, by release …) up to date row by row;
// after any sequence of edits every index must list exactly what one built afresh lists.
#include "storage/planstore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

Row story(qint64 id, qint64 step, QVariant release, qint64 rank)
{
    Row row(tableSpec(Table::Story).columns.size());
    row[StoryCol::Id] = id;
    row[StoryCol::StepId] = step;
    row[StoryCol::ReleaseId] = release;
    row[StoryCol::Rank] = rank;
    row[StoryCol::Title] = u"Story %1"_s.arg(id);
    return row;
}

// Every group of the columns the views read, as the store answers it.
QMap<QString, QList<qint64>> groups(const PlanStore &store)
{
    QMap<QString, QList<qint64>> all;
    all[u"all"_s] = store.group(Table::Story, -1, 0);
    for (qint64 key = 0; key <= 6; ++key) {
        all[u"step %1"_s.arg(key)] = store.children(Table::Story, key);
        all[u"release %1"_s.arg(key)] = store.group(Table::Story, StoryCol::ReleaseId, key);
        all[u"persona %1"_s.arg(key)] = store.group(Table::Story, StoryCol::PersonaId, key);
    }
    return all;
}

PlanStore rebuilt(const PlanStore &store)
{
    PlanStore fresh;
    for (qint64 id : store.group(Table::Story, -1, 0))
        fresh.load(Table::Story, *store.row(Table::Story, id));
    return fresh;
}

} // namespace

class TestPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void indexesFollowEveryEditAsIfBuiltAfresh()
    {
        QRandomGenerator rng(9);
        PlanStore store;
        qint64 nextId = 1;
        for (; nextId <= 60; ++nextId)
            store.load(Table::Story, story(nextId, rng.bounded(1, 6), nextId % 3 ? QVariant(qint64(rng.bounded(1, 5))) : QVariant(), rng.bounded(10)));
        groups(store); // builds the indexes, which the edits below must keep right
        for (int step = 0; step < 2000; ++step) {
            const QList<qint64> ids = store.group(Table::Story, -1, 0);
            const qint64 id = ids.at(rng.bounded(int(ids.size())));
            switch (rng.bounded(6)) {
            case 0:
                store.apply(RowOp::insert(Table::Story, story(nextId++, rng.bounded(1, 6), qint64(rng.bounded(0, 5)), rng.bounded(10))));
                break;
            case 1:
                if (ids.size() > 10)
                    store.apply(RowOp::remove(Table::Story, *store.row(Table::Story, id)));
                break;
            case 2:
                store.apply(RowOp::update(Table::Story, id, StoryCol::Rank, store.value(Table::Story, id, StoryCol::Rank), qint64(rng.bounded(10))));
                break;
            case 3:
                store.apply(RowOp::update(Table::Story, id, StoryCol::StepId, store.value(Table::Story, id, StoryCol::StepId), qint64(rng.bounded(1, 6))));
                break;
            case 4:
                store.apply(RowOp::update(Table::Story, id, StoryCol::ReleaseId, store.value(Table::Story, id, StoryCol::ReleaseId),
                                          rng.bounded(3) ? QVariant(qint64(rng.bounded(1, 5))) : QVariant()));
                break;
            case 5:
                store.apply(RowOp::update(Table::Story, id, StoryCol::PersonaId, store.value(Table::Story, id, StoryCol::PersonaId), qint64(rng.bounded(0, 3))));
                break;
            }
            if (step % 97 == 0)
                QCOMPARE(groups(store), groups(rebuilt(store)));
        }
        QCOMPARE(groups(store), groups(rebuilt(store)));
        QVERIFY(store.children(Table::Story, 3).size() > 1);
    }

    // What a group lists, worked out row by row from its documented order: the rows whose
    // column holds the key (a missing value counts as 0), by rank with a missing rank first,
    // then by id; a table without a rank column by id alone.
    void groupsListTheirRowsByRankThenId()
    {
        QRandomGenerator rng(17);
        PlanStore store;
        QList<Row> rows;
        for (qint64 id = 400; id >= 1; --id) { // loaded in reverse, so load order is no help
            const QVariant release = id % 5 ? QVariant(qint64(rng.bounded(1, 4))) : QVariant();
            Row row = story(id, rng.bounded(1, 8), release, rng.bounded(6));
            if (id % 7 == 0)
                row[StoryCol::Rank] = QVariant(); // unranked: before every ranked story
            rows.append(row);
            store.load(Table::Story, row);
        }
        const auto expected = [&](int column, qint64 key) {
            QList<Row> in;
            for (const Row &row : std::as_const(rows)) {
                if ((column < 0 ? 0 : row.at(column).toLongLong()) == key)
                    in.append(row);
            }
            std::sort(in.begin(), in.end(), [](const Row &a, const Row &b) {
                const QVariant &x = a.at(StoryCol::Rank), &y = b.at(StoryCol::Rank);
                if (x.isNull() != y.isNull())
                    return x.isNull();
                if (!x.isNull() && x.toLongLong() != y.toLongLong())
                    return x.toLongLong() < y.toLongLong();
                return a.at(StoryCol::Id).toLongLong() < b.at(StoryCol::Id).toLongLong();
            });
            QList<qint64> ids;
            for (const Row &row : std::as_const(in))
                ids.append(row.at(StoryCol::Id).toLongLong());
            return ids;
        };
        QCOMPARE(store.group(Table::Story, -1, 0), expected(-1, 0));
        QCOMPARE(store.group(Table::Story, -1, 0).size(), 400);
        for (qint64 key = 0; key <= 8; ++key) {
            QCOMPARE(store.children(Table::Story, key), expected(StoryCol::StepId, key));
            QCOMPARE(store.group(Table::Story, StoryCol::ReleaseId, key), expected(StoryCol::ReleaseId, key));
        }
        QVERIFY(!store.group(Table::Story, StoryCol::ReleaseId, 0).isEmpty()); // the unplanned
        QVERIFY(store.group(Table::Story, StoryCol::StepId, 99).isEmpty());

        PlanStore links; // a table without a rank: by id
        for (qint64 id : { 9, 3, 14, 1, 7 }) {
            Row row(tableSpec(Table::StoryTag).columns.size());
            row[StoryTagCol::Id] = id;
            row[StoryTagCol::StoryId] = id % 2;
            row[StoryTagCol::TagId] = 1;
            links.load(Table::StoryTag, row);
        }
        QCOMPARE(links.group(Table::StoryTag, StoryTagCol::StoryId, 1), (QList<qint64>{ 1, 3, 7, 9 }));
        QCOMPARE(links.group(Table::StoryTag, StoryTagCol::StoryId, 0), (QList<qint64>{ 14 }));
    }
};

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
