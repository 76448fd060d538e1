#pragma once

// What the tests of live server plans share: Documents opened on the suite's PostgreSQL as one
// of its roles, and the sample plan published there.
#include "servertest.h"

#include "storage/document.h"

#include <QTemporaryDir>

#include <memory>

namespace ServerTest {

using namespace Valuemap;

inline constexpr int Patience = 15000; // ms a live change may take under sanitizers on a busy machine

inline std::unique_ptr<Document> openAs(const QString &role, const QString &plan, bool live = true)
{
    QString error;
    auto doc = Document::openServer(conn(role), plan, &error, live);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

inline StoryId firstStory(const Document &doc)
{
    for (const ActivityId a : doc.activities()) {
        for (const StepId s : doc.steps(a)) {
            if (!doc.stories(s).isEmpty())
                return doc.stories(s).constFirst();
        }
    }
    return {};
}

inline QString serverTitle(const QString &plan, StoryId story)
{
    auto doc = openAs(u"alice"_s, plan, false);
    return doc ? doc->story(story).title : QString();
}

// Publishes the sample plan as `name`: alice owns it, bob edits, viewer views.
inline void publishSample(const QTemporaryDir &dir, const QString &name)
{
    const QString path = Test::makeSamplePlan(dir, name + u".valuemap"_s);
    const Run published = valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s,
                                     conn(u"alice"_s), u"--name"_s, name });
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    for (const auto &[role, level] : { std::pair { u"bob"_s, u"editor"_s },
                                       std::pair { u"viewer"_s, u"viewer"_s } }) {
        const Run added = valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s),
                                     u"--plan"_s, name, u"--add"_s, role, level });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
}

} // namespace ServerTest
