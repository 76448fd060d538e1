#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace Valuemap {
class Document;
}

namespace Valuemap::Test {

// A long, flat map for the map's navigation tests: 12 activities of 5 steps ("Step 1.1" …), two
// releases ("First slice", "Second slice"), three stories of each in every cell.
void fillWidePlan(Document &doc);

// Every step of the map in backbone order, and every story on it (step by step, in order).
QList<StepId> allSteps(const Document &doc);
QList<StoryId> allStories(const Document &doc);

// A generated plan of `stories` stories for the format tests: every table has rows, and texts
// hold quotes, commas, semicolons, line breaks and non-Latin letters. Returns its path.
QString makeGeneratedPlan(const QTemporaryDir &dir, int stories,
    const QString &name = QStringLiteral("generated.valuemap"));

} // namespace Valuemap::Test
